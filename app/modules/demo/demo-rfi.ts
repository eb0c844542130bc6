import type { DbOrTx } from "../../db/types.ts";
import { dialogueRfi, dialogueRfiQuestion } from "../dialogue/rfi-tables.ts";

// Requests for information as the demo writes them (demo-dialogue-steps.ts): one open, one closed with
// "what we heard", each with the same two questions.

const day = 24 * 60 * 60 * 1000;

/** A demo request for information with its intro, as the buyer would have written it. */
export async function insertDemoRfi(
  tx: DbOrTx,
  values: {
    planId: string;
    title: { fi: string; sv: string };
    state: "open" | "closed";
    opensAt: Date;
    closesAt: Date;
    buyer: string | null;
    summary?: { fi: string; sv: string };
    summaryPublishedAt?: Date;
  },
): Promise<string> {
  const [rfi] = await tx
    .insert(dialogueRfi)
    .values({
      planId: values.planId,
      title: values.title,
      intro: {
        fi: "Vastaukset auttavat meitä rajaamaan hankinnan. Vastaukset eivät ole julkisia; julkaisemme yhteenvedon.",
        sv: "Svaren hjälper oss att avgränsa upphandlingen. Svaren är inte offentliga; vi publicerar en sammanfattning.",
      },
      state: values.state,
      opensAt: values.opensAt,
      closesAt: values.closesAt,
      summary: values.summary ?? null,
      summaryPublishedAt: values.summaryPublishedAt ?? null,
      createdBy: values.buyer,
      createdAt: new Date(values.opensAt.getTime() - day),
    })
    .returning({ id: dialogueRfi.id });
  if (!rfi) throw new Error("demo request not written");
  return rfi.id;
}

/** The demo request's two questions (long text, yes/no); returns their ids in order. */
export async function insertDemoRfiQuestions(tx: DbOrTx, rfiId: string): Promise<string[]> {
  const rows = await tx
    .insert(dialogueRfiQuestion)
    .values([
      {
        rfiId,
        position: 1,
        kind: "long-text",
        text: { fi: "Miten hinnoittelisitte palvelun?", sv: "Hur skulle ni prissätta tjänsten?" },
        required: true,
      },
      {
        rfiId,
        position: 2,
        kind: "yes-no",
        text: {
          fi: "Voisitteko tarjota vain yhteen osaan?",
          sv: "Kunde ni lämna anbud på endast en del?",
        },
        required: false,
      },
    ])
    .returning({ id: dialogueRfiQuestion.id });
  return rows.map((row) => row.id);
}
