import type { CompanyWorld } from "../../test/company-fixtures.ts";
import { addRfiQuestion } from "./add-rfi-question.server.ts";
import { createRfi } from "./create-rfi.server.ts";
import { openRfi } from "./open-rfi.server.ts";
import { listRfiQuestions } from "./rfi-rows.server.ts";
import { rfiFormSchema, rfiQuestionFormSchema } from "./rfi-schemas.ts";

// Test helpers for the request-for-information tests: a request with one question of each kind.

export const day = 86_400_000;

/** Creates a request with a text, number, yes/no, single and multiple choice question; opens it. */
export async function createOpenRfi(
  world: CompanyWorld,
  { open = true, planId = world.plans.open, closesAt = new Date(Date.now() + 7 * day) } = {},
): Promise<{ rfiId: string; questions: Record<string, string> }> {
  const services = world.services;
  const viewer = world.viewers.buyer;
  const { rfiId } = await createRfi({
    services,
    viewer,
    planId,
    input: rfiFormSchema.parse({
      title: { fi: "Tietopyyntö siivouksesta", sv: "Begäran om information om städning" },
      intro: { fi: "Kertokaa kokemuksistanne." },
    }),
  });
  const add = async (form: Record<string, unknown>) => {
    const result = await addRfiQuestion({
      services,
      viewer,
      rfiId,
      input: rfiQuestionFormSchema.parse(form),
    });
    if (!result.ok) throw new Error(result.error);
  };
  await add({ kind: "long-text", text: { fi: "Miten hinnoittelisitte?" }, required: "on" });
  await add({ kind: "number", text: { fi: "Montako työntekijää teillä on?" } });
  await add({ kind: "yes-no", text: { fi: "Onko teillä ympäristösertifikaatti?" } });
  await add({
    kind: "single-choice",
    text: { fi: "Sopimuskausi?" },
    options: { fi: "Yksi vuosi\nKaksi vuotta", sv: "Ett år\nTvå år" },
  });
  await add({
    kind: "multiple-choice",
    text: { fi: "Palvelut?" },
    options: { fi: "Ylläpito\nIkkunat\nLattiat" },
  });
  const rows = await listRfiQuestions(world.database.db, rfiId);
  const questions = Object.fromEntries(rows.map((row) => [row.kind, row.id]));
  if (open) {
    const opened = await openRfi({ services, viewer, rfiId, closesAt });
    if (!opened.ok) throw new Error(opened.error);
  }
  return { rfiId, questions };
}

/** Posted form values as saveRfiResponse reads them. */
export function formValues(entries: [string, string][]): (field: string) => string[] {
  return (field) => entries.filter(([name]) => name === field).map(([, value]) => value);
}
