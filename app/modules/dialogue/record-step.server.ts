import type { Tx } from "../../db/types.ts";
import { markPlanDialogueChanged } from "../plans/index.server.ts";
import type { DialogueAudience, DialogueStepKind } from "./steps.ts";
import { dialogueStep } from "./tables.ts";

export type DialogueStepInput = {
  planId: string;
  kind: DialogueStepKind;
  audience: DialogueAudience;
  subjectId?: string | null;
  organisationId?: string | null;
  summary?: Record<string, unknown>;
  actorId?: string | null;
};

/**
 * Adds a step to the plan's level-playing-field record, inside the command's own transaction: the
 * record and what it records commit together or not at all. A step everyone can see ("public", or
 * "market": the public record lists it too) also marks the plan's dialogue changed: the plan's OCDS
 * release of now (answers, milestones, summaries) is handed out again by the release feed, and the
 * public generation moves on, so no cached public answer outlives it.
 */
export async function recordDialogueStep(tx: Tx, step: DialogueStepInput): Promise<void> {
  await tx.insert(dialogueStep).values({
    planId: step.planId,
    kind: step.kind,
    audience: step.audience,
    subjectId: step.subjectId ?? null,
    organisationId: step.organisationId ?? null,
    summary: step.summary ?? {},
    actorId: step.actorId ?? null,
  });
  if (step.audience === "public" || step.audience === "market")
    await markPlanDialogueChanged(tx, step.planId);
}
