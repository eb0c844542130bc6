import type { DbOrTx } from "../../db/types.ts";
import { presentationSchema } from "../presentations/schemas.ts";
import {
  presentationsCpv,
  presentationsMessage,
  presentationsPresentation,
  presentationsRecipient,
} from "../presentations/tables.ts";
import { demoUsers } from "./demo-data.ts";

// Presentations from the demo companies, so Espoo's inbox and the companies' sent lists have something
// to show after `npm start`: one new, one reviewed with a reply, one also sent to Porvoo.
type DemoPresentation = {
  company: string;
  sender: string;
  recipients: string[];
  input: Record<string, unknown>;
  reply?: { from: string; body: string; answer?: { from: string; body: string } };
};

const presentations: DemoPresentation[] = [
  {
    company: "kirkas",
    sender: "yrittaja@kirkas.example",
    recipients: ["espoo", "porvoo"],
    input: {
      title: "Koulujen ja päiväkotien ylläpitosiivous Joutsenmerkityillä aineilla",
      offering:
        "Hoidamme koulujen ja päiväkotien päivittäisen ylläpitosiivouksen sekä loma-aikojen perussiivoukset. Siivous mitoitetaan tilojen todellisen käytön mukaan, ja käytämme vain Joutsenmerkittyjä aineita.\n\nTyöllistämme osatyökykyisiä ja raportoimme työllistämisehdon toteutumisen neljännesvuosittain.",
      needs:
        "Sopii kunnille, jotka kilpailuttavat koulujen ja päiväkotien siivouksen ja haluavat asettaa ympäristö- ja työllistämisehtoja. Pystymme tarjoamaan myös osa-alueittain.",
      language: "fi",
      cpv: ["90910000", "90919200"],
    },
  },
  {
    company: "kirkas",
    sender: "myynti@kirkas.example",
    recipients: ["espoo"],
    input: {
      title: "Ikkunanpesu julkisiin rakennuksiin",
      offering:
        "Ikkunanpesu kahdesti vuodessa kouluihin, kirjastoihin ja virastoihin, nostimella enintään neljänteen kerrokseen.",
      needs: "Kiinteistöjen ylläpito, joka ei kuulu ylläpitosiivouksen sopimukseen.",
      language: "fi",
      cpv: ["90911300"],
    },
    reply: {
      from: "hankinnat@espoo.example",
      body: "Kiitos esittelystä. Ikkunanpesu kilpailutetaan osana kiinteistöpalveluja vuonna 2027; pidämme teidät mielessä markkinavuoropuhelussa.",
      answer: {
        from: "myynti@kirkas.example",
        body: "Kiitos vastauksesta! Osallistumme mielellämme markkinavuoropuheluun.",
      },
    },
  },
  {
    company: "lahiruoka",
    sender: "catering@lahiruoka.example",
    recipients: ["espoo"],
    input: {
      title: "Local food for day-care centres",
      offering:
        "Home-style lunches and snacks cooked from Uusimaa produce, delivered warm to day-care centres. A vegetarian option every day; food waste is measured and reported.",
      needs: "Catering for day-care centres that want more local and seasonal food and less waste.",
      language: "en",
      cpv: ["55523100", "15000000"],
    },
  },
];

const userIdOf = (userIds: Map<string, string>, email: string) => userIds.get(email) ?? null;
const nameOf = (email: string) => demoUsers.find((user) => user.email === email)?.name ?? email;

/** Writes the demo presentations inside the seed's transaction; returns how many. */
export async function seedDemoPresentations(
  tx: DbOrTx,
  organisationIds: Map<string, string>,
  userIds: Map<string, string>,
): Promise<number> {
  let written = 0;
  for (const demo of presentations) {
    const companyId = organisationIds.get(demo.company);
    if (!companyId) continue;
    const input = presentationSchema.parse({
      ...demo.input,
      recipients: demo.recipients.map((key) => organisationIds.get(key) ?? ""),
    });
    const [row] = await tx
      .insert(presentationsPresentation)
      .values({
        companyId,
        title: input.title,
        offering: input.offering,
        needs: input.needs,
        language: input.language,
        createdBy: userIdOf(userIds, demo.sender),
      })
      .returning({ id: presentationsPresentation.id });
    if (!row) continue;
    await tx
      .insert(presentationsCpv)
      .values(input.cpv.map((cpvCode) => ({ presentationId: row.id, cpvCode })));
    const recipients = await tx
      .insert(presentationsRecipient)
      .values(
        input.recipients.map((organisationId) => ({
          presentationId: row.id,
          organisationId,
          state: demo.reply ? "reviewed" : "new",
        })),
      )
      .returning({ id: presentationsRecipient.id });
    const first = recipients[0];
    if (demo.reply && first) {
      const thread = [
        { side: "buyer", ...demo.reply },
        ...(demo.reply.answer ? [{ side: "company", ...demo.reply.answer }] : []),
      ];
      await tx.insert(presentationsMessage).values(
        thread.map((message, index) => ({
          recipientId: first.id,
          side: message.side,
          authorId: userIdOf(userIds, message.from),
          authorName: nameOf(message.from),
          body: message.body,
          // A few minutes apart, the answer after the reply.
          createdAt: new Date(Date.now() - (thread.length - index) * 5 * 60_000),
        })),
      );
    }
    written += 1;
  }
  return written;
}
