import { type SQL, sql } from "drizzle-orm";
import { plansVersion } from "./tables.ts";

// Which of a plan's versions are public. A version is written on every change to a plan that is or was
// public, including the change that makes it internal (its snapshot, changes and reason are then the
// organisation's own); only versions whose snapshot is public may be shown outside the organisation.
// The public plan page's version list and the OCDS release history both use this rule.

/** Whether a version's snapshot was public when it was written. */
export function isPublicVersion(version: { snapshot: Record<string, unknown> }): boolean {
  return version.snapshot.visibility === "public";
}

/** The SQL form of `isPublicVersion`, for queries over `plans_version` (or an alias of it). */
export function publicVersionsOnly(version: { snapshot: typeof plansVersion.snapshot } = plansVersion): SQL {
  return sql`${version.snapshot}->>'visibility' = 'public'`;
}
