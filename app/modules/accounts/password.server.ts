import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// OWASP's argon2id baseline: 19 MiB of memory, 2 iterations, 1 lane. @node-rs/argon2 uses argon2id by default.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

export const minimumPasswordScore = 3;

/**
 * Estimates how hard a password is to guess (zxcvbn, 0–4) taking the person's own name and e-mail into
 * account; 3 or more is accepted.
 */
export function isPasswordStrongEnough(password: string, userInputs: string[] = []): boolean {
  return zxcvbn.check(password, userInputs).score >= minimumPasswordScore;
}
