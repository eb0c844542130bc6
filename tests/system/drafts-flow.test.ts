import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { markInterest } from "../../app/modules/interest/mark-interest.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { logInAs, postForm, postMultipart } from "../../app/test/http-session.ts";
import { readValidOcdsRecord } from "../../app/test/ocds-record.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

// Issue 13 point 5 without JavaScript, through the built server and a real SMTP server: the buyer
// builds a draft section by section and opens it for comment (the interested company is e-mailed); a
// company comments with a plain form post; the buyer sees who wrote it and responds; the comment is
// published with the response without its author (the page, the API, the feeds and the record are
// grepped for the commenter's name and address); the buyer closes the period and publishes a summary.

let smtp: TestSmtpServer;
let server: TestServer;
let planId = "";
let buyer = "";
let kirkas = "";
let catering = "";
let author = { name: "", email: "yrittaja@kirkas.example" };

const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  return { status: response.status, html: await response.text() };
};
const toOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text) ?? "";
async function mailTo(address: string, subject: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await vi.waitFor(
    () => {
      found = smtp.received.find(
        (mail) => toOf(mail) === address && (mail.subject ?? "").startsWith(subject),
      );
      expect(found).toBeDefined();
    },
    { timeout: 15_000, interval: 100 },
  );
  return found as ParsedMail;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
  const { db } = server.services.database;
  const [espoo] = await db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Luonnosten suunnitelma" },
  });
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, author.email));
  if (!user) throw new Error("no demo company account");
  author = { name: user.name, email: user.email };
  const memberships = await listMemberships(db, user.id);
  const viewer: Viewer = {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships,
    activeOrganisationId: memberships[0]?.organisationId ?? null,
  };
  await markInterest({ services: server.services, viewer, planId, note: "" });
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  kirkas = await logInAs(server.url, author.email);
  catering = await logInAs(server.url, "catering@lahiruoka.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
  await smtp?.close();
});

describe("drafts for comment without JavaScript", () => {
  it("go from a buyer's draft to anonymous published comments and a summary", async () => {
    const workspace = `/fi/workspace/plans/${planId}/drafts`;
    expect((await page(`/fi/workspace/plans/${planId}`, buyer)).html).toContain(`href="${workspace}"`);
    const closesAt = `${new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)}T16:00`;
    const form = {
      "title.fi": "Siivouksen tarjouspyynnön luonnos",
      "intro.fi": "Kommentoikaa vaatimuksia.",
      closesAt,
    };
    const bad = await postForm(server.url, workspace, { ...form, closesAt: "2030-02-30T10:00" }, buyer);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="draft-closesAt-error"');
    const created = await postForm(server.url, workspace, form, buyer);
    expect(created.status).toBe(302);
    const draftPath = created.headers.get("location")?.split("?")[0] ?? "";
    const draftId = draftPath.split("/").at(-1) ?? "";
    const publicPath = `/fi/plans/${planId}/drafts/${draftId}`;
    expect((await page(publicPath, kirkas)).status).toBe(404); // not opened yet: the buyer's own

    const section = (heading: string, body: string) => ({
      intent: "add-section",
      "heading.fi": heading,
      "body.fi": body,
    });
    const untitled = await postForm(server.url, draftPath, section("", "teksti"), buyer);
    expect(untitled.status).toBe(400);
    expect(await untitled.text()).toContain('id="new-heading-fi-error"');
    expect(
      (await postForm(server.url, draftPath, section("Laatuvaatimukset", "Vaatimus 1."), buyer)).status,
    ).toBe(302);
    const added = await postForm(server.url, draftPath, section("Hinnoittelu", "Kiinteä hinta."), buyer);
    const pricing = /#section-([0-9a-f-]{36})/.exec(added.headers.get("location") ?? "")?.[1] ?? "";
    expect(
      (
        await postForm(
          server.url,
          draftPath,
          { intent: "move-section", sectionId: pricing, direction: "up" },
          buyer,
        )
      ).status,
    ).toBe(302);
    const built = (await page(draftPath, buyer)).html;
    expect(built.indexOf("Hinnoittelu")).toBeLessThan(built.indexOf("Laatuvaatimukset"));

    // The draft as a PDF, posted as a plain multipart form: the buyer's until the draft opens.
    const upload = (name: string, bytes: Uint8Array) => {
      const body = new FormData();
      body.set("intent", "document");
      body.set("file", new File([new Uint8Array(bytes)], name));
      return postMultipart(server.url, `${draftPath}/document`, body, buyer);
    };
    const notPdf = await upload("luonnos.pdf", new TextEncoder().encode("ei pdf"));
    expect(notPdf.headers.get("location")).toContain("documentError=fileType");
    const uploaded = await upload("luonnos.pdf", samplePdf("Siivouksen luonnos"));
    expect(uploaded.headers.get("location")).toContain("done=documentAttached");
    const documentPath = `${publicPath}/document.pdf`;
    expect((await page(documentPath, buyer)).status).toBe(200);
    expect((await page(documentPath)).status).toBe(404);

    const unconfirmed = await postForm(server.url, draftPath, { intent: "open" }, buyer);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Vahvista valitsemalla valintaruutu.");
    expect((await postForm(server.url, draftPath, { intent: "open", confirm: "on" }, buyer)).status).toBe(
      302,
    );
    const opened = await mailTo(author.email, "Luonnos kommentoitavana");
    expect(opened.text).toContain(publicPath);

    expect((await page(`/fi/plans/${planId}`)).html).toContain(`href="${publicPath}"`);
    expect((await page(documentPath)).html).toContain("%PDF");
    expect((await page(publicPath)).html).toContain(`href="${documentPath}"`);
    const anonymous = await page(publicPath);
    expect(anonymous.status).toBe(200);
    expect(anonymous.html).toContain("Kirjaudu yrityksen edustajana kommentoidaksesi.");
    expect((await page(publicPath, buyer)).html).toContain(
      "Luonnoksia voivat kommentoida yritysten edustajat.",
    );

    const comment = "Laatuvaatimus 1 sulkee pienet yritykset pois.";
    const short = await postForm(
      server.url,
      publicPath,
      { intent: "comment", sectionId: pricing, body: "x" },
      kirkas,
    );
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Kirjoita vähintään 5 merkin kommentti.");
    const sent = await postForm(
      server.url,
      publicPath,
      { intent: "comment", sectionId: pricing, body: comment },
      kirkas,
    );
    expect(sent.status).toBe(302);
    expect((await page(publicPath, kirkas)).html).toContain(comment);
    expect((await page(publicPath, catering)).html).not.toContain(comment);
    expect((await page(publicPath)).html).not.toContain(comment);

    const buyerView = (await page(draftPath, buyer)).html;
    expect(buyerView).toContain(author.name);
    expect(buyerView).toContain(author.email);
    const commentId = /id="comment-([0-9a-f-]{36})"/.exec(buyerView)?.[1] ?? "";
    const response = "Väljennämme vaatimusta pienille yrityksille.";
    expect(
      (await postForm(server.url, draftPath, { intent: "respond", commentId, response }, buyer)).status,
    ).toBe(302);
    await mailTo(author.email, "Vastaus kommenttiinne");

    // Published to everyone, without who wrote it: the page, the API, the feeds and the record.
    const outputs = [
      publicPath,
      `/sv/plans/${planId}/drafts/${draftId}`,
      `/fi/plans/${planId}`,
      `/fi/plans/${planId}/dialogue`,
      `/fi/plans/${planId}/dialogue.html`,
      `/api/v1/plans/${planId}/drafts`,
      `/api/v1/plans/${planId}`,
      "/api/v1/plans.atom",
      "/api/v1/plans.ics",
      `/api/v1/ocds/releases`,
    ];
    const published = await page(publicPath);
    expect(published.html).toContain(comment);
    expect(published.html).toContain(response);
    expect((await page(`/api/v1/plans/${planId}/drafts`)).html).toContain(response);
    for (const path of outputs) {
      const { status, html } = await page(path);
      expect(status, path).toBe(200);
      for (const secret of [author.name, author.email, "Kirkas"])
        expect(html, `${path}: ${secret}`).not.toContain(secret);
    }

    const unconfirmedClose = await postForm(server.url, draftPath, { intent: "close" }, buyer);
    expect(unconfirmedClose.status).toBe(400);
    expect((await postForm(server.url, draftPath, { intent: "close", confirm: "on" }, buyer)).status).toBe(
      302,
    );
    const late = await postForm(
      server.url,
      publicPath,
      { intent: "comment", sectionId: pricing, body: "Myöhässä oleva kommentti" },
      kirkas,
    );
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Kommentointiaika on päättynyt");

    const summary = "Yritykset toivoivat kevyempiä laatuvaatimuksia.";
    expect(
      (await postForm(server.url, draftPath, { intent: "summary", "summary.fi": summary }, buyer)).status,
    ).toBe(302);
    await mailTo(author.email, "Yhteenveto kommenteista julkaistu");
    const closed = await page(publicPath);
    expect(closed.html).toContain(summary);
    expect(closed.html).not.toContain(author.name);

    // Open data: the comment period is an engagement milestone of the plan's OCDS release, met once
    // closed, and the summary a planning document linking the draft; valid, and nobody named.
    const ocds = await readValidOcdsRecord(server, planId);
    expect(ocds.release.planning.milestones).toContainEqual(
      expect.objectContaining({
        id: `draft-${draftId}`,
        type: "engagement",
        code: "draftForComment",
        status: "met",
      }),
    );
    expect(ocds.release.planning.documents).toContainEqual(
      expect.objectContaining({ id: `draft-summary-${draftId}`, description: summary }),
    );
    expect(ocds.text).not.toContain(author.name);
  });
});
