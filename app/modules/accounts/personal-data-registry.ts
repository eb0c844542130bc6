import type { DbOrTx, Tx } from "../../db/types.ts";

/** The person whose data is exported or erased: their id and what identifies them in other tables. */
export type DataSubject = { userId: string; email: string; name: string };

/**
 * One module's part of a person's data (GDPR art. 15, 17 and 20). `exportFor` gives named sections of
 * the export (each key one section, e.g. `{ watches, notifications }`); `eraseFor` removes or anonymises
 * every copy of the person's name, e-mail address and phone number the module holds. Both run in the
 * caller's transaction; `eraseFor` runs before the account row is deleted, so rows that reference the
 * person by id can still be found.
 */
export type PersonalDataPart = {
  module: string;
  exportFor(tx: DbOrTx, subject: DataSubject): Promise<Record<string, unknown>>;
  eraseFor(tx: DbOrTx, subject: DataSubject): Promise<void>;
  /**
   * What erasing the person would leave unmanaged (names shown to them, e.g. organisations where they
   * are the only administrator); the account stays while any part names something. Runs first, in the
   * erasing transaction, and locks what it counts so that concurrent erasures cannot all pass (ADR 022).
   */
  refuseErasure?(tx: Tx, subject: DataSubject): Promise<string[]>;
};

const parts = new Map<string, PersonalDataPart>();

/**
 * Each module that holds personal data adds its part once, from its own `personal-data.server.ts`;
 * `app/modules/personal-data.server.ts` imports them all, so `accounts` never imports a module above it.
 * @example
 * registerPersonalData({ module: "watches", exportFor: (tx, s) => watchDataOfPerson(tx, s.userId),
 *   eraseFor: async () => {} });
 */
export function registerPersonalData(part: PersonalDataPart): void {
  parts.set(part.module, part);
}

/**
 * The registered parts, in registration order. Throws when none is registered: exporting or erasing
 * with the modules' parts missing would silently leave data behind.
 */
export function personalDataParts(): PersonalDataPart[] {
  if (parts.size === 0)
    throw new Error("No personal-data parts registered: import app/modules/personal-data.server.ts first");
  return [...parts.values()];
}

/** The modules that registered a part, for the test that every module with personal data did. */
export function registeredPersonalDataModules(): string[] {
  return [...parts.keys()];
}
