import type { Db, Tx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue, type PlanForDialogue } from "../plans/index.server.ts";
import { canManageDialogue } from "./policy.ts";
import { findRfi, lockRfi, type RfiRow } from "./rfi-rows.server.ts";

/**
 * Runs one of the buyer's request commands: refuses anyone but the plan's buyers as if the request were
 * not there, then in one transaction reads the plan (share-locked) and the request (locked for update,
 * so responses being saved finish first and later ones wait) and does `work`.
 */
export async function inBuyerRfiTransaction<T>(
  db: Db,
  viewer: Viewer | null,
  rfiId: string,
  work: (tx: Tx, context: { rfi: RfiRow; plan: PlanForDialogue; viewer: Viewer }) => Promise<T>,
): Promise<T> {
  const rfi = await findRfi(db, rfiId);
  const plan = rfi ? await findPlanForDialogue(db, rfi.planId) : null;
  if (!rfi || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, rfi.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockRfi(tx, rfiId, "update");
    if (!locked) throw new AppError("conflict");
    return work(tx, { rfi: locked, plan: current, viewer });
  });
}

export type RfiChangeResult =
  | { ok: true }
  | {
      ok: false;
      error: "planNotPublic" | "wrongState" | "noQuestions" | "closesInPast" | "tooManyQuestions";
    };
