import type { fi } from "./fi.ts";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The Finnish catalogue is the master: Swedish and English must have exactly its keys (typecheck + test). */
export type Catalogue = Widen<typeof fi>;
