import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { logInAs, postForm, postMultipart } from "../../app/test/http-session.ts";
import { readValidOcdsRecord } from "../../app/test/ocds-record.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

// Issue 13 point 1 without JavaScript, through the built server and a real SMTP server: the buyer builds
// a questionnaire (add, move, remove after confirming) and opens it; the interested companies are
// invited by e-mail; two members of one company share its response (one marks a business secret and
// uploads a file), another company answers too; nobody but the buyer and the company reads a response
// — not the other company, the public pages, the API or the feeds; the buyer reads and exports them,
// closes the request and publishes "what we heard", and the respondents are told.

const secret = "LIIKESALAISUUS-KIRKAS-9931";
const formula = '=HYPERLINK("http://evil.example","x")';
let server: TestServer;
let smtp: TestSmtpServer;
let planId = "";
let buyer = "";
let kirkas = "";
let myynti = "";
let catering = "";

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${server.url}${path}`, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  return { status: response.status, html: await response.text(), response };
};
const toOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text) ?? "";
async function mailsTo(address: string, subject: string): Promise<ParsedMail[]> {
  await vi.waitFor(
    () =>
      expect(
        smtp.received.filter((m) => toOf(m) === address && (m.subject ?? "").includes(subject)).length,
        smtp.received.map((m) => `${toOf(m)}: ${m.subject}`).join("\n"),
      ).toBeGreaterThanOrEqual(1),
    { timeout: 20_000, interval: 100 },
  );
  return smtp.received.filter((m) => toOf(m) === address && (m.subject ?? "").includes(subject));
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Tietopyynnön suunnitelma" },
  });
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  kirkas = await logInAs(server.url, "yrittaja@kirkas.example");
  myynti = await logInAs(server.url, "myynti@kirkas.example");
  catering = await logInAs(server.url, "catering@lahiruoka.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
  await smtp?.close();
});

describe("a request for information without JavaScript", () => {
  it("goes from the buyer's draft to answered, exported, closed and summarised, leaking no response", async () => {
    const workspace = `/fi/workspace/plans/${planId}/rfi`;
    expect((await page(`/fi/workspace/plans/${planId}`, buyer)).html).toContain(`href="${workspace}"`);
    const untitled = await postForm(server.url, workspace, { "title.fi": "" }, buyer);
    expect(untitled.status).toBe(400);
    expect(await untitled.text()).toContain('id="rfi-title-fi-error"');
    const created = await postForm(
      server.url,
      workspace,
      { "title.fi": "Siivouksen tietopyyntö", "intro.fi": "Kertokaa hinnoittelusta." },
      buyer,
    );
    expect(created.status).toBe(302);
    const rfiPath = created.headers.get("location")?.split("?")[0] ?? "";
    const rfiId = rfiPath.split("/").at(-1) ?? "";
    const publicPath = `/fi/plans/${planId}/rfi/${rfiId}`;
    expect((await page(publicPath, kirkas)).status).toBe(404); // a draft is the buyer's own

    const retitled = await postForm(
      server.url,
      rfiPath,
      {
        intent: "texts",
        "title.fi": "Siivouksen tietopyyntö",
        "intro.fi": "Kertokaa hinnoittelusta ja laadusta.",
      },
      buyer,
    );
    expect(retitled.headers.get("location")).toBe(`${rfiPath}?done=texts`);
    expect((await page(rfiPath, buyer)).html).toContain("Kertokaa hinnoittelusta ja laadusta.");
    const noQuestions = await postForm(
      server.url,
      rfiPath,
      { intent: "open", closesAt: wallClock(7, "16:00") },
      buyer,
    );
    expect(noQuestions.status).toBe(409);
    expect(await noQuestions.text()).toContain("Lisää ainakin yksi kysymys ennen avaamista.");
    const oneOption = await postForm(
      server.url,
      rfiPath,
      { intent: "add-question", kind: "single-choice", "text.fi": "Sopimuskausi?", "options.fi": "Vuosi" },
      buyer,
    );
    expect(oneOption.status).toBe(400);
    expect(await oneOption.text()).toContain("Anna vähintään kaksi vaihtoehtoa, yksi riville.");
    const add = (fields: Record<string, string>) =>
      postForm(server.url, rfiPath, { intent: "add-question", ...fields }, buyer);
    expect(
      (await add({ kind: "long-text", "text.fi": "Miten hinnoittelisitte?", required: "on" })).status,
    ).toBe(302);
    expect(
      (await add({ kind: "single-choice", "text.fi": "Sopimuskausi?", "options.fi": "Vuosi\nKaksi" })).status,
    ).toBe(302);
    expect((await add({ kind: "file", "text.fi": "Liittäkää esite." })).status).toBe(302);
    expect((await add({ kind: "yes-no", "text.fi": "Poistettava kysymys?" })).status).toBe(302);
    const ids = () =>
      page(rfiPath, buyer).then(({ html }) =>
        [...html.matchAll(/id="question-([0-9a-f-]{36})"/g)].map((m) => m[1] ?? ""),
      );
    const [first, second, third, fourth] = await ids();
    expect(
      (
        await postForm(
          server.url,
          rfiPath,
          { intent: "move", questionId: second ?? "", direction: "up" },
          buyer,
        )
      ).status,
    ).toBe(302);
    expect(await ids()).toEqual([second, first, third, fourth]);
    const confirm = await page(`${rfiPath}?remove=${fourth}`, buyer);
    expect(confirm.html).toContain('id="rfi-confirm-remove"');
    expect(confirm.html).toContain("Poistetaanko tämä kysymys?");
    expect(
      (await postForm(server.url, rfiPath, { intent: "remove", questionId: fourth ?? "" }, buyer)).status,
    ).toBe(302);
    expect(await ids()).toEqual([second, first, third]);

    for (const company of [kirkas, catering])
      expect(
        (await postForm(server.url, `/fi/plans/${planId}/interest`, { intent: "interested" }, company))
          .status,
      ).toBe(302);
    const opened = await postForm(
      server.url,
      rfiPath,
      { intent: "open", closesAt: wallClock(7, "16:00") },
      buyer,
    );
    expect(opened.status).toBe(302);
    // A watcher of the plan is told by the watch ("market dialogue opened"), not twice.
    await mailsTo("yrittaja@kirkas.example", "Markkinavuoropuhelu avattu");
    const [invitation] = await mailsTo("myynti@kirkas.example", "Tietopyyntö: Siivouksen tietopyyntö");
    expect(invitation?.text).toContain(`${server.url}/fi/plans/${planId}/rfi/${rfiId}`);
    await mailsTo("catering@lahiruoka.example", "Request for information");
    expect((await page(`/fi/plans/${planId}`)).html).toContain(`href="${publicPath}"`);
    expect((await page(publicPath)).html).toContain("Kirjaudu sisään yrityksen edustajana vastataksesi.");
    const home = await page("/fi/company", myynti);
    expect(home.html).toContain(`href="${publicPath}"`);
    expect(home.html).toContain("Ei vielä vastattu");

    const longText = `answer-${first}`;
    const answer = (cookie: string, fields: [string, string][], file?: Uint8Array) => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      if (file) form.append(`answer-${third}`, new Blob([file as Uint8Array<ArrayBuffer>]), "esite.pdf");
      return postMultipart(server.url, publicPath, form, cookie);
    };
    const missing = await answer(kirkas, [[`answer-${second}`, "1"]]);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Tähän kysymykseen on vastattava.");
    const saved = await answer(
      kirkas,
      [
        [longText, secret],
        [`secret-${first}`, "on"],
        [`answer-${second}`, "1"],
      ],
      samplePdf(),
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${publicPath}?done=saved`);
    const shared = await page(publicPath, myynti);
    expect(shared.html).toContain(secret);
    expect(shared.html).toContain("Viimeksi tallentanut Yrjö Yrittäjä");
    expect(
      (
        await answer(myynti, [
          [longText, `${secret} (tarkennettu)`],
          [`secret-${first}`, "on"],
          [`answer-${second}`, "1"],
        ])
      ).status,
    ).toBe(302);
    expect((await page(publicPath, kirkas)).html).toContain("Viimeksi tallentanut Maija Myyjä");
    expect((await page("/fi/company", kirkas)).html).toContain("Vastattu ");
    const fileLink =
      /href="(\/fi\/plans\/[^"]+\/files\/[^"]+)"/.exec((await page(publicPath, kirkas)).html)?.[1] ?? "";
    expect(fileLink).not.toBe("");
    expect((await page(fileLink, kirkas)).status).toBe(200);
    expect((await page(fileLink, buyer)).status).toBe(200);
    expect((await page(fileLink, catering)).status).toBe(404);
    expect((await page(fileLink)).status).not.toBe(200);

    const other = await page(publicPath, catering);
    expect(other.html).not.toContain(secret);
    expect(other.html).not.toContain("Yrjö");
    expect((await answer(catering, [[longText, formula]])).status).toBe(302);

    // Nothing public carries a response: the plan page, the request page, the API and every feed.
    for (const path of [
      `/fi/plans/${planId}`,
      publicPath,
      `/fi/plans/${planId}/dialogue`,
      `/fi/plans/${planId}/dialogue.html`,
      `/api/v1/plans/${planId}`,
      `/api/v1/plans/${planId}/rfis`,
      "/api/v1/plans.atom",
      "/api/v1/plans.csv",
      "/api/v1/plans.ics",
      "/api/v1/ocds/releases",
    ]) {
      const read = await page(path);
      expect(read.status, path).toBe(200);
      expect(read.html, path).not.toContain(secret);
      expect(read.html, path).not.toContain("HYPERLINK");
    }
    const api = (await (await fetch(`${server.url}/api/v1/plans/${planId}/rfis`)).json()) as {
      data: { id: string; responseCount: number; questions: unknown[] }[];
    };
    expect(api.data).toMatchObject([{ id: rfiId, responseCount: 2 }]);
    expect(api.data[0]?.questions).toHaveLength(3);
    expect((await page(`/fi/plans/${planId}`)).html).toContain("2 vastausta");

    const buyerView = await page(rfiPath, buyer);
    expect(buyerView.html).toContain(secret);
    expect(buyerView.html).toContain("[Liikesalaisuus]");
    expect(buyerView.html).toContain("Lähiruoka Catering Oy");
    const exported = await fetch(`${server.url}${rfiPath}/responses.xlsx`, { headers: { Cookie: buyer } });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.arrayBuffer());
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(cells.some((cell) => cell.includes(secret))).toBe(true);
    expect(cells).toContain(`'${formula}`);
    expect(cells.some((cell) => cell.startsWith("="))).toBe(false);
    expect(
      (
        await fetch(`${server.url}${rfiPath}/responses.xlsx`, {
          headers: { Cookie: kirkas },
          redirect: "manual",
        })
      ).status,
    ).toBe(404);

    expect((await postForm(server.url, rfiPath, { intent: "close" }, buyer)).status).toBe(302);
    const late = await answer(kirkas, [[longText, "Myöhässä"]]);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Vastausaika on päättynyt");
    const ownAfter = await page(publicPath, myynti);
    expect(ownAfter.html).toContain(secret);
    expect(ownAfter.html).not.toContain('id="rfi-save"');
    const summary = "Yritykset toivoivat kahden vuoden sopimusta.";
    expect(
      (await postForm(server.url, rfiPath, { intent: "summary", "summary.fi": summary }, buyer)).status,
    ).toBe(302);
    for (const address of ["yrittaja@kirkas.example", "myynti@kirkas.example"])
      await mailsTo(address, "Yhteenveto julkaistu");
    await mailsTo("catering@lahiruoka.example", "Summary published");
    const after = await page(publicPath);
    expect(after.html).toContain(summary);
    expect(after.html).not.toContain(secret);
    expect(smtp.received.some((mail) => (mail.text ?? "").includes(secret))).toBe(false);

    // Open data: the request is an engagement milestone of the plan's OCDS release, met once closed,
    // and "what we heard" a planning document linking its page; valid, and no response in it.
    const ocds = await readValidOcdsRecord(server, planId);
    expect(ocds.release.planning.milestones).toContainEqual(
      expect.objectContaining({
        id: `rfi-${rfiId}`,
        type: "engagement",
        code: "requestForInformation",
        status: "met",
      }),
    );
    expect(ocds.release.planning.documents).toContainEqual(
      expect.objectContaining({
        id: `rfi-summary-${rfiId}`,
        documentType: "marketStudies",
        description: summary,
      }),
    );
    expect(ocds.text).not.toContain(secret);
  });
});
