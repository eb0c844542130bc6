import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialogueQuestion } from "../../app/modules/dialogue/questions-tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 13 point 4 as a browser without JavaScript uses it: a company asks on the plan page, the buyer
// answers on the plan's questions page in the workspace, and the pair is public on the plan page. Until
// then nobody but the two sees the question.

let server: TestServer;
const ids = { plan: "", otherPlan: "" };
const secret = "Hintamme on 9 900 euroa kuukaudessa";

beforeAll(async () => {
  server = await startTestServer();
  const { database } = server.services;
  const [espoo] = await database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  ids.plan = await createFixturePlan(database, espoo?.id ?? "", {
    title: { fi: "Koulujen ikkunanpesu 2031" },
  });
  ids.otherPlan = await createFixturePlan(database, espoo?.id ?? "", { title: { fi: "Toinen suunnitelma" } });
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const page = async (path: string, cookie = "") => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  return { status: response.status, html: await response.text() };
};

type Release = { ocid: string; id: string; tender?: unknown };

/** Follows the OCDS release feed's next links from `path` to its end. */
async function releasesFrom(path: string): Promise<Release[]> {
  const releases: Release[] = [];
  let next: string | undefined = `${server.url}${path}`;
  while (next) {
    const body = (await (await fetch(next)).json()) as { releases: Release[]; links?: { next?: string } };
    releases.push(...body.releases);
    next = body.links?.next;
  }
  return releases;
}

/** The release feed's last page as a harvester keeps it, and the release ids it has seen. */
async function lastReleasePage(): Promise<{ path: string; releaseIds: Map<string, string> }> {
  let path = "/api/v1/ocds/releases?limit=100";
  const releaseIds = new Map<string, string>();
  for (;;) {
    const body = (await (await fetch(`${server.url}${path}`)).json()) as {
      releases: Release[];
      links?: { next?: string };
    };
    for (const release of body.releases) releaseIds.set(release.ocid, release.id);
    if (!body.links?.next) return { path, releaseIds };
    const next = new URL(body.links.next);
    path = next.pathname + next.search;
  }
}

describe("questions and answers without JavaScript", () => {
  it("goes from a company's question to a public answer", async () => {
    const company = await logInAs(server.url, "yrittaja@kirkas.example");
    expect((await page(`/fi/plans/${ids.plan}`, company)).html).toContain('id="questions-ask-link"');
    const tooShort = await postForm(
      server.url,
      `/fi/plans/${ids.plan}/questions/new`,
      { question: "?" },
      company,
    );
    expect(tooShort.status).toBe(400);
    expect(await tooShort.text()).toContain("Kirjoita kysymys (vähintään 10 merkkiä).");
    const asked = await postForm(
      server.url,
      `/fi/plans/${ids.plan}/questions/new`,
      { question: `Pestäänkö myös sisäikkunat? ${secret}.` },
      company,
    );
    expect(asked.status).toBe(302);
    expect(asked.headers.get("location")).toBe(`/fi/plans/${ids.plan}?question=sent#questions`);
    const own = await page(`/fi/plans/${ids.plan}?question=sent`, company);
    expect(own.html).toContain("Kysymyksenne on lähetetty hankintayksikölle.");
    expect(own.html).toContain("Odottaa vastausta");
    // Nobody else sees it before the answer.
    expect((await page(`/fi/plans/${ids.plan}`)).html).not.toContain(secret);
    const catering = await logInAs(server.url, "catering@lahiruoka.example");
    expect((await page(`/fi/plans/${ids.plan}`, catering)).html).not.toContain(secret);

    // Where an OCDS harvester stands before the answer: the release feed's last page.
    const feedBefore = await lastReleasePage();

    const buyer = await logInAs(server.url, "asiantuntija@espoo.example");
    const plan = await page(`/fi/plans/${ids.plan}`, buyer);
    expect(plan.html).toContain("1 kysymys odottaa vastausta");
    const questions = await page(`/fi/workspace/plans/${ids.plan}/questions`, buyer);
    expect(questions.html).toContain(secret);
    const [question] = await server.services.database.db
      .select({ id: dialogueQuestion.id })
      .from(dialogueQuestion)
      .where(eq(dialogueQuestion.planId, ids.plan));
    // A question is answered on its own plan's page only.
    const elsewhere = await postForm(
      server.url,
      `/fi/workspace/plans/${ids.otherPlan}/questions`,
      { intent: "answer", questionId: question?.id ?? "", answer: "Kyllä." },
      buyer,
    );
    expect(elsewhere.status).toBe(404);
    const answered = await postForm(
      server.url,
      `/fi/workspace/plans/${ids.plan}/questions`,
      {
        intent: "answer",
        questionId: question?.id ?? "",
        publishedQuestion: "Pestäänkö myös sisäikkunat?",
        answer: "Kyllä, kerran vuodessa.",
      },
      buyer,
    );
    expect(answered.status).toBe(302);
    expect(answered.headers.get("location")).toBe(`/fi/workspace/plans/${ids.plan}/questions?answered=1`);

    for (const [who, cookie] of [
      ["visitor", ""],
      ["other company", catering],
    ] as const) {
      const seen = await page(`/sv/plans/${ids.plan}`, cookie);
      expect(seen.html, who).toContain("Pestäänkö myös sisäikkunat?");
      expect(seen.html, who).toContain("Kyllä, kerran vuodessa.");
      expect(seen.html, who).toContain("Den som frågade ville inte visa sitt namn.");
      expect(seen.html, who).not.toContain(secret);
      expect(seen.html, who).not.toContain("Siivouspalvelu Kirkas");
    }
    // The same pair in the API, and nothing of a plan that is not public.
    const api = await (await fetch(`${server.url}/api/v1/plans/${ids.plan}/questions`)).json();
    expect(api.data).toEqual([
      expect.objectContaining({
        question: "Pestäänkö myös sisäikkunat?",
        answer: "Kyllä, kerran vuodessa.",
        company: null,
      }),
    ]);
    expect(JSON.stringify(api)).not.toContain(secret);
    // And in the plan's OCDS record, as an enquiry of the tender (the Enquiries extension), still valid.
    const ocid = `${server.services.ocdsOcidPrefix}-${ids.plan}`;
    const record = await (await fetch(`${server.url}/api/v1/ocds/records/${ocid}`)).json();
    expect(record.records[0].compiledRelease.tender).toMatchObject({
      hasEnquiries: true,
      enquiries: [{ description: "Pestäänkö myös sisäikkunat?", answer: "Kyllä, kerran vuodessa." }],
    });
    expect(createOcdsValidators().recordPackageErrors(record)).toBe("");
    expect(JSON.stringify(record)).not.toContain(secret);
    // The harvester that kept its place gets the plan again, as a new release that carries the answer.
    const after = await releasesFrom(feedBefore.path);
    const release = after.find((candidate) => candidate.ocid === ocid);
    expect(release?.id).not.toBe(feedBefore.releaseIds.get(ocid));
    expect(release?.tender).toMatchObject({ enquiries: [{ answer: "Kyllä, kerran vuodessa." }] });
    expect(JSON.stringify(after)).not.toContain(secret);

    // The level-playing-field record: the public version (page and download) lists the published step
    // and nothing confidential; the buyer's version has every step and the company.
    for (const path of [`/fi/plans/${ids.plan}/dialogue`, `/fi/plans/${ids.plan}/dialogue.html`]) {
      const open = await page(path);
      expect(open.status, path).toBe(200);
      expect(open.html, path).toContain("Kysymys ja vastaus julkaistiin");
      for (const hidden of [secret, "Siivouspalvelu Kirkas", "Yritys kysyi", "Pestäänkö"])
        expect(open.html, `${path} shows ${hidden}`).not.toContain(hidden);
    }
    const download = await fetch(`${server.url}/fi/plans/${ids.plan}/dialogue.html`);
    expect(download.headers.get("content-disposition")).toMatch(
      /^attachment; filename="markkinavuoropuhelu-/,
    );
    const full = await page(`/fi/workspace/plans/${ids.plan}/dialogue.html`, buyer);
    expect(full.html).toContain("Yritys kysyi");
    expect(full.html).toContain("Siivouspalvelu Kirkas Oy");
    expect((await page(`/fi/workspace/plans/${ids.plan}/dialogue`, catering)).status).toBe(403);
  });
});
