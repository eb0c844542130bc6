import { createHash, randomBytes } from "node:crypto";

/** A new token: "hs_" and 32 random bytes (base64url). Only its hash is stored. */
export function newTokenSecret(): string {
  return `hs_${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
