import { and, asc, eq, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueDraft, dialogueDraftComment, dialogueDraftSection } from "../dialogue/draft-tables.ts";
import { dialogueStep } from "../dialogue/tables.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { publicPlansOnly } from "../plans/policy.ts";
import { plansPlan } from "../plans/tables.ts";

// Drafts for comment in the demo: on the cleaning company's first plan of interest, a draft of the
// tender documents open for comment, with one comment answered and published and one waiting for the
// buyer, so the plan page, the buyer's draft page and the company home each show something at once.

/** Writes the demo draft inside the seed's transaction; returns how many drafts. */
export async function seedDemoDrafts(
  tx: DbOrTx,
  { organisationIds, userIds }: { organisationIds: Map<string, string>; userIds: Map<string, string> },
): Promise<{ drafts: number }> {
  const kirkas = organisationIds.get("kirkas");
  if (!kirkas) return { drafts: 0 };
  const [plan] = await tx
    .select({ id: plansPlan.id })
    .from(plansPlan)
    .innerJoin(interestPlanCompany, eq(interestPlanCompany.planId, plansPlan.id))
    .where(
      and(eq(interestPlanCompany.organisationId, kirkas), like(plansPlan.mainCpv, "909%"), publicPlansOnly()),
    )
    .orderBy(asc(plansPlan.tenderYear), asc(sql`${plansPlan.title}->>'fi'`))
    .limit(1);
  if (!plan) return { drafts: 0 };
  const buyer = userIds.get("hankinnat@espoo.example") ?? null;
  const author = userIds.get("yrittaja@kirkas.example") ?? null;
  const day = 24 * 60 * 60 * 1000;
  const openedAt = new Date(Date.now() - 5 * day);
  const [draft] = await tx
    .insert(dialogueDraft)
    .values({
      planId: plan.id,
      title: {
        fi: "Tarjouspyynnön luonnos: koulujen siivous",
        sv: "Utkast till anbudsförfrågan: skolstädning",
      },
      intro: {
        fi: "Pyydämme kommentteja erityisesti laatuvaatimuksiin ja hinnoittelumalliin.",
        sv: "Vi ber om kommentarer särskilt på kvalitetskraven och prismodellen.",
      },
      closesAt: new Date(Date.now() + 14 * day),
      state: "open",
      openedAt,
      createdBy: buyer,
      createdAt: new Date(Date.now() - 6 * day),
    })
    .returning({ id: dialogueDraft.id });
  if (!draft) return { drafts: 0 };
  const sections = await tx
    .insert(dialogueDraftSection)
    .values([
      {
        draftId: draft.id,
        position: 1,
        heading: { fi: "Hankinnan kohde" },
        body: { fi: "Espoon koulujen ylläpitosiivous 2028–2031." },
      },
      {
        draftId: draft.id,
        position: 2,
        heading: { fi: "Laatuvaatimukset" },
        body: { fi: "Siivouksen laatu mitataan INSTA 800 -menetelmällä kuukausittain." },
      },
      {
        draftId: draft.id,
        position: 3,
        heading: { fi: "Hinnoittelu" },
        body: { fi: "Kiinteä kuukausihinta kohteittain." },
      },
    ])
    .returning({ id: dialogueDraftSection.id, position: dialogueDraftSection.position });
  const quality = sections.find((section) => section.position === 2)?.id;
  const pricing = sections.find((section) => section.position === 3)?.id;
  if (!quality || !pricing) return { drafts: 1 };
  await tx.insert(dialogueDraftComment).values([
    {
      draftId: draft.id,
      sectionId: quality,
      organisationId: kirkas,
      authorId: author,
      body: "Kuukausittainen INSTA 800 -mittaus on raskas pienelle yritykselle. Riittäisikö neljännesvuosittain?",
      createdAt: new Date(Date.now() - 4 * day),
      response: "Mittaamme neljännesvuosittain ja lisäksi aina reklamaation jälkeen.",
      respondedBy: buyer,
      respondedAt: new Date(Date.now() - 3 * day),
    },
    {
      draftId: draft.id,
      sectionId: pricing,
      organisationId: kirkas,
      authorId: author,
      body: "Voisiko hinnan sitoa siivousalan työehtosopimuksen korotuksiin?",
      createdAt: new Date(Date.now() - day),
    },
  ]);
  await tx.insert(dialogueStep).values([
    {
      planId: plan.id,
      kind: "draft.opened",
      audience: "market",
      subjectId: draft.id,
      actorId: buyer,
      createdAt: openedAt,
    },
    ...[4, 1].map((days) => ({
      planId: plan.id,
      kind: "draft.commented",
      audience: "company",
      subjectId: draft.id,
      organisationId: kirkas,
      actorId: author,
      createdAt: new Date(Date.now() - days * day),
    })),
    {
      planId: plan.id,
      kind: "draft.responded",
      audience: "public",
      subjectId: draft.id,
      actorId: buyer,
      createdAt: new Date(Date.now() - 3 * day),
    },
  ]);
  return { drafts: 1 };
}
