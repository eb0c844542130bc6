import { createContext, useContext } from "react";

/** The per-request CSP nonce, set by entry.server; empty in the browser, where it is no longer needed. */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
