import { and, asc, eq, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueQuestion } from "../dialogue/questions-tables.ts";
import { dialogueStep } from "../dialogue/tables.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { publicPlansOnly } from "../plans/policy.ts";
import { plansPlan } from "../plans/tables.ts";

// Market dialogue in the demo: on the cleaning company's first plan of interest, a question answered and
// published, and one waiting for the buyer, so the plan page, the buyers' questions page and the
// company's own list each show something at once.

/** Writes the demo questions inside the seed's transaction; returns how many. */
export async function seedDemoDialogue(
  tx: DbOrTx,
  { organisationIds, userIds }: { organisationIds: Map<string, string>; userIds: Map<string, string> },
): Promise<{ questions: number }> {
  const kirkas = organisationIds.get("kirkas");
  if (!kirkas) return { questions: 0 };
  const [plan] = await tx
    .select({ id: plansPlan.id })
    .from(plansPlan)
    .innerJoin(interestPlanCompany, eq(interestPlanCompany.planId, plansPlan.id))
    .where(
      and(eq(interestPlanCompany.organisationId, kirkas), like(plansPlan.mainCpv, "909%"), publicPlansOnly()),
    )
    .orderBy(asc(plansPlan.tenderYear), asc(sql`${plansPlan.title}->>'fi'`))
    .limit(1);
  if (!plan) return { questions: 0 };
  const askedBy = userIds.get("yrittaja@kirkas.example") ?? null;
  const answeredBy = userIds.get("hankinnat@espoo.example") ?? null;
  const day = 24 * 60 * 60 * 1000;
  const rows = await tx
    .insert(dialogueQuestion)
    .values([
      {
        planId: plan.id,
        organisationId: kirkas,
        askedBy,
        question:
          "Kuuluuko ikkunanpesu sopimukseen, vai hankitaanko se erikseen? Pesemme myös korkeat ikkunat nostimella.",
        showCompany: false,
        state: "published",
        publishedQuestion: "Kuuluuko ikkunanpesu sopimukseen, vai hankitaanko se erikseen?",
        answer:
          "Ikkunanpesu kuuluu sopimukseen kerran vuodessa. Korkeiden ikkunoiden pesu on optio, jonka hinta pyydetään erikseen.",
        answeredBy,
        createdAt: new Date(Date.now() - 9 * day),
        publishedAt: new Date(Date.now() - 7 * day),
      },
      {
        planId: plan.id,
        organisationId: kirkas,
        askedBy,
        question: "Voiko tarjouksen tehdä vain osasta kouluja, esimerkiksi yhden suuralueen kohteista?",
        showCompany: true,
        createdAt: new Date(Date.now() - day),
      },
    ])
    .returning({
      id: dialogueQuestion.id,
      state: dialogueQuestion.state,
      createdAt: dialogueQuestion.createdAt,
    });
  await tx.insert(dialogueStep).values(
    rows.flatMap((row) => [
      {
        planId: plan.id,
        kind: "question.asked",
        audience: "company",
        subjectId: row.id,
        organisationId: kirkas,
        actorId: askedBy,
        createdAt: row.createdAt,
      },
      ...(row.state === "published"
        ? [
            {
              planId: plan.id,
              kind: "question.answered",
              audience: "public",
              subjectId: row.id,
              actorId: answeredBy,
              createdAt: new Date(Date.now() - 7 * day),
            },
          ]
        : []),
    ]),
  );
  return { questions: rows.length };
}
