import type { Tx } from "../../db/types.ts";
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
 * record and what it records commit together or not at all.
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
}
