import { toHelsinkiDateTimeInput } from "../../lib/helsinki-time.ts";
import type { CompanyWorld } from "../../test/company-fixtures.ts";
import { addDraftSection } from "./draft-add-section.server.ts";
import { createDraft } from "./draft-create.server.ts";
import { openDraftForComment } from "./draft-open.server.ts";
import { draftFormSchema, draftSectionSchema } from "./draft-schemas.ts";

// Test helpers for the draft tests: a draft with sections on a plan, opened for comment if asked.

/** Creates a draft with `sections` sections through the real commands; returns its id and the sections'. */
export async function createTestDraft(
  world: CompanyWorld,
  { sections = 2, open = true, planId = world.plans.open, days = 14 } = {},
): Promise<{ draftId: string; sectionIds: string[] }> {
  const created = await createDraft({
    services: world.services,
    viewer: world.viewers.buyer,
    planId,
    input: draftFormSchema.parse({
      title: { fi: "Tarjouspyynnön luonnos: siivous" },
      intro: { fi: "Kommentoikaa erityisesti laatuvaatimuksia." },
      closesAt: toHelsinkiDateTimeInput(new Date(Date.now() + days * 86_400_000)),
    }),
  });
  if (!created.ok) throw new Error(`draft refused: ${JSON.stringify(created.errors)}`);
  const sectionIds: string[] = [];
  for (let index = 1; index <= sections; index += 1) {
    const added = await addDraftSection({
      services: world.services,
      viewer: world.viewers.buyer,
      draftId: created.draftId,
      input: draftSectionSchema.parse({
        heading: { fi: `Osio ${index}` },
        body: { fi: `Osion ${index} teksti.` },
      }),
    });
    if (!added.ok) throw new Error(`section refused: ${added.error}`);
    sectionIds.push(added.sectionId);
  }
  if (open) {
    const opened = await openDraftForComment({
      services: world.services,
      viewer: world.viewers.buyer,
      draftId: created.draftId,
    });
    if (!opened.ok) throw new Error(`draft not opened: ${opened.error}`);
  }
  return { draftId: created.draftId, sectionIds };
}
