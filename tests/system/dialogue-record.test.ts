import { and, eq, inArray } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getI18n } from "../../app/i18n/i18n.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { answerQuestion } from "../../app/modules/dialogue/answer-question.server.ts";
import { askQuestion } from "../../app/modules/dialogue/ask-question.server.ts";
import { bookMeetingSlot } from "../../app/modules/dialogue/book-meeting-slot.server.ts";
import { closeMeetingRound } from "../../app/modules/dialogue/close-meeting-round.server.ts";
import { createMeetingRound } from "../../app/modules/dialogue/create-meeting-round.server.ts";
import { dialogueMeetingSlot } from "../../app/modules/dialogue/meetings-tables.ts";
import { openMeetingRound } from "../../app/modules/dialogue/open-meeting-round.server.ts";
import { publishMeetingSummary } from "../../app/modules/dialogue/publish-meeting-summary.server.ts";
import { answerQuestionSchema, askQuestionSchema } from "../../app/modules/dialogue/questions-schemas.ts";
import { saveMeetingNotes } from "../../app/modules/dialogue/save-meeting-notes.server.ts";
import { dialogueStep } from "../../app/modules/dialogue/tables.ts";
import { markInterest } from "../../app/modules/interest/index.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 13 point 6's acceptance, through the built server: the public record's HTML and PDF files list
// every published step and nothing confidential. Confidential strings are planted everywhere the
// dialogue keeps them (the buyer's meeting notes, a question before its answer and the original
// wording of an answered one, the contact register's notes, participants and declared interests, a
// survey's free text, the companies' names); the public files are searched for each, the buyer's PDF
// must hold them (so the text extraction is known to work), and point 7's survey is answered over HTTP.

let server: TestServer;
let planId = "";
let buyerCookie = "";
let cateringCookie = "";

const secrets = {
  notes: "SALAINEN-MUISTIINPANO-1",
  question: "SALAINEN-KYSYMYS-2 ennen vastausta",
  original: "SALAINEN-ALKUPERAINEN-3 tuotenimi",
  material: "SALAINEN-AINEISTO-4",
  conflict: "SALAINEN-SIDONNAISUUS-5",
  participants: "SALAINEN-OSALLISTUJA-6",
  organisation: "SALAINEN-ORGANISAATIO-7",
  survey: "SALAINEN-KYSELYVASTAUS-8",
  company: "Siivouspalvelu Kirkas",
};

async function viewerOf(email: string): Promise<Viewer> {
  const { db } = server.services.database;
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, email));
  if (!user) throw new Error(`no demo account ${email}`);
  const memberships = await listMemberships(db, user.id);
  return {
    userId: user.id,
    name: user.name,
    email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships,
    activeOrganisationId: memberships[0]?.organisationId ?? null,
  };
}

async function pdfText(path: string, cookie?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  // The extractor may break a line anywhere; the search is for words, so white space is made one space.
  return { status: response.status, text: text.replace(/\s+/g, " ") };
}

beforeAll(async () => {
  server = await startTestServer();
  const { services } = server;
  const [espoo] = await services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(services.database, espoo?.id ?? "", {
    title: { fi: "Tasapuolisuusselvityksen suunnitelma" },
  });
  const buyer = await viewerOf("asiantuntija@espoo.example");
  const kirkas = await viewerOf("yrittaja@kirkas.example");
  const catering = await viewerOf("catering@lahiruoka.example");
  for (const viewer of [kirkas, catering]) await markInterest({ services, viewer, planId, note: "" });

  // Questions: one answered in neutral wording, one still waiting.
  const asked = await askQuestion({
    services,
    viewer: kirkas,
    planId,
    input: askQuestionSchema.parse({ question: `Kelpaako ${secrets.original}?` }),
  });
  if (!asked.ok) throw new Error("question refused");
  await answerQuestion({
    services,
    viewer: buyer,
    questionId: asked.questionId,
    input: answerQuestionSchema.parse({
      publishedQuestion: "Kelpaako vastaava tuote?",
      answer: "Kelpaa, kun laatuvaatimukset täyttyvät.",
    }),
  });
  await askQuestion({
    services,
    viewer: catering,
    planId,
    input: askQuestionSchema.parse({ question: secrets.question }),
  });

  // A meeting round: the cleaning company books and the buyer writes notes; closed and summarised.
  const start = new Date(Date.now() + 10 * 86_400_000);
  const created = await createMeetingRound({
    services,
    viewer: buyer,
    planId,
    input: {
      title: { fi: "Tasapuolisuuden tapaamiset" },
      agenda: { fi: "Esittely" },
      place: "Kaupungintalo",
      onlineUrl: null,
      slotMinutes: 30,
      bookingDeadline: new Date(start.getTime() - 86_400_000),
      starts: [start, new Date(start.getTime() + 3_600_000)],
    },
  });
  if (!created.ok) throw new Error("round refused");
  const roundId = created.roundId;
  await openMeetingRound({ services, viewer: buyer, roundId });
  const [slot] = await services.database.db
    .select({ id: dialogueMeetingSlot.id })
    .from(dialogueMeetingSlot)
    .where(eq(dialogueMeetingSlot.roundId, roundId));
  const booked = await bookMeetingSlot({ services, viewer: kirkas, slotId: slot?.id ?? "" });
  if (!booked.ok) throw new Error("booking refused");
  await saveMeetingNotes({ services, viewer: buyer, bookingId: booked.bookingId, body: secrets.notes });
  await closeMeetingRound({ services, viewer: buyer, roundId });
  await publishMeetingSummary({
    services,
    viewer: buyer,
    roundId,
    summary: { fi: "Kaikille kerrottu yhteenveto." },
  });

  buyerCookie = await logInAs(server.url, "asiantuntija@espoo.example");
  cateringCookie = await logInAs(server.url, "catering@lahiruoka.example");
}, 180_000);
afterAll(async () => {
  await server?.dispose();
});

describe("the level-playing-field record's files", () => {
  it("take a contact and a survey answer without JavaScript", async () => {
    const contacts = `/fi/workspace/plans/${planId}/contacts`;
    const empty = await postForm(server.url, contacts, { kind: "meeting", occurredAt: "" }, buyerCookie);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Anna päivä ja aika.");
    const saved = await postForm(
      server.url,
      contacts,
      {
        kind: "visit",
        occurredAt: "2026-11-20T13:30",
        organisationName: secrets.organisation,
        ourParticipants: secrets.participants,
        theirParticipants: "Toimitusjohtaja",
        sharedMaterial: secrets.material,
        conflictOfInterest: secrets.conflict,
        publicSummary: "Tehdasvierailu – 漢字 عربي Ωμέγα 🧹 äöå €",
      },
      buyerCookie,
    );
    expect(saved.status).toBe(302);

    const workspace = await (
      await fetch(`${server.url}/fi/workspace/plans/${planId}/dialogue`, { headers: { Cookie: buyerCookie } })
    ).text();
    // The visit gave material to one organisation only, and it was met outside the open round.
    expect(workspace).toContain("Aineistoa annettiin vain osalle markkinaa");
    expect(workspace).toContain(`Organisaatio ${secrets.organisation} tavattiin kahden kesken`);

    const [invitation] = await server.services.database.db
      .select({ subjectId: dialogueStep.subjectId })
      .from(dialogueStep)
      .where(and(eq(dialogueStep.planId, planId), eq(dialogueStep.kind, "survey.sent")));
    const survey = `/fi/plans/${planId}/survey/${invitation?.subjectId}`;
    const form = await fetch(`${server.url}${survey}`, { headers: { Cookie: cateringCookie } });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('id="survey-barrier-timetable"');
    const nothing = await postForm(server.url, survey, {}, cateringCookie);
    expect(nothing.status).toBe(400);
    const answered = await postForm(
      server.url,
      survey,
      { "barrier-too-big": "on", "barrier-timetable": "on", freeText: secrets.survey },
      cateringCookie,
    );
    expect(answered.headers.get("location")).toMatch(/\?answered=1$/);
    const again = await postForm(server.url, survey, { "barrier-other": "on" }, cateringCookie);
    expect(again.headers.get("location")).not.toMatch(/answered=1/);
    expect(
      await (await fetch(`${server.url}${survey}`, { headers: { Cookie: cateringCookie } })).text(),
    ).toContain("Yrityksenne on jo vastannut tähän kyselyyn.");
  });

  it("list every published step and nothing confidential in the public HTML and PDF", async () => {
    const { t } = getI18n("fi");
    const published = await server.services.database.db
      .select({ kind: dialogueStep.kind })
      .from(dialogueStep)
      .where(and(eq(dialogueStep.planId, planId), inArray(dialogueStep.audience, ["public", "market"])));
    // Question answered; round opened, closed, summarised; survey sent.
    expect(published.length).toBe(5);
    const html = await (await fetch(`${server.url}/fi/plans/${planId}/dialogue.html`)).text();
    const pdf = await pdfText(`/fi/plans/${planId}/dialogue.pdf`);
    expect(pdf.status).toBe(200);
    for (const document of [html, pdf.text]) {
      for (const secret of Object.values(secrets)) expect(document).not.toContain(secret);
      for (const kind of new Set(published.map((step) => step.kind))) {
        const label = t(`dialogue.steps.${kind}`);
        const expected = published.filter((step) => step.kind === kind).length;
        expect(document.split(label).length - 1, kind).toBe(expected);
      }
      expect(document).toContain("Tehdasvierailu");
      expect(document).toContain("äöå €");
    }
    // The buyer's PDF holds what the public one must not: the extraction finds what is there.
    const own = await pdfText(`/fi/workspace/plans/${planId}/dialogue.pdf`, buyerCookie);
    for (const secret of [
      secrets.material,
      secrets.conflict,
      secrets.participants,
      secrets.survey,
      secrets.company,
    ])
      expect(own.text).toContain(secret);
    expect(own.text).not.toContain(secrets.notes);
  });
});
