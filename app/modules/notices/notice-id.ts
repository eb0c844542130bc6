import { v5 } from "uuid";
import type { NoticeType } from "./notice-source.ts";

// The eForms notice identifier (BT-701) of a plan's notice: a name-based UUID (version 5) of the plan
// and the notice type, so every download of the same notice carries the same identifier, and the
// identifier the buyer records after Hilma published it can be matched to the plan without storing it.

/** Hankintasilta's namespace for notice identifiers (a random UUID chosen once; never change it). */
const namespace = "5d3c1f62-8f0e-4c55-9a3e-0b1f6f2d7a41";

/**
 * The notice identifier of a plan's notice of one type.
 * @example noticeIdFor("0b6f…", "E1") // "72262fbe-4e14-5a74-a9d3-e5f2d49a4a7d"
 */
export function noticeIdFor(planId: string, type: NoticeType): string {
  return v5(`${planId.toLowerCase()}/${type}`, namespace);
}
