import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { maxAttachmentBytes } from "../../app/modules/plans/attachment-rules.ts";
import { plansAttachment } from "../../app/modules/plans/attachments-tables.ts";
import { plansVersion } from "../../app/modules/plans/tables.ts";
import { paddedPdf, sampleDocx, sampleOdt, samplePdf, sampleXlsx } from "../../app/test/attachment-files.ts";
import { logInAs, postForm, postMultipart } from "../../app/test/http-session.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Plan attachments over HTTP: uploads as a browser without JavaScript sends them, the workspace and
// public downloads, open data and OCDS.
let server: TestServer;
let buyer: string;
let leadership: string;
let porvooBuyer: string;
let company: string;
let draftPlan = "";
let publicPlan = "";

beforeAll(async () => {
  server = await startTestServer();
  const database = server.services.database;
  const [espoo] = await database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  draftPlan = await createFixturePlan(database, espoo?.id ?? "", {
    title: { fi: "Liiteluonnos" },
    visibility: "draft",
  });
  publicPlan = await createFixturePlan(database, espoo?.id ?? "", {
    title: { fi: "Julkinen liitesuunnitelma" },
  });
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  leadership = await logInAs(server.url, "johto@espoo.example");
  porvooBuyer = await logInAs(server.url, "upphandling@porvoo.example");
  company = await logInAs(server.url, "yrittaja@kirkas.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    redirect: "manual",
    headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) },
  });
const attachmentsOf = (planId: string) =>
  server.services.database.db
    .select()
    .from(plansAttachment)
    .where(eq(plansAttachment.planId, planId))
    .orderBy(asc(plansAttachment.createdAt));

/** Sends only the headers of a multipart post announcing `length` bytes, and returns the early answer. */
function headersOnlyPost(path: string, length: number, cookie: string) {
  return new Promise<{ status: number; location: string }>((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, {
      method: "POST",
      headers: {
        Origin: server.url,
        Cookie: cookie,
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(length),
      },
    });
    request.on("response", (response) => {
      resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? "" });
      request.destroy();
    });
    request.on("error", reject);
    request.flushHeaders();
  });
}

function upload(
  planId: string,
  name: string,
  bytes: Uint8Array,
  cookie: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("intent", "add");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  // The browser's Content-Type is deliberately wrong: only the bytes decide.
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }), name);
  return postMultipart(server.url, `/fi/workspace/plans/${planId}/attachments`, form, cookie);
}

describe("uploading attachments", () => {
  it("stores a real PDF, DOCX, XLSX and ODT with the type detected from the content", async () => {
    const files: [string, Uint8Array][] = [
      ["Markkinakartoitus.pdf", samplePdf()],
      ["Tarvekuvaus.docx", await sampleDocx()],
      ["Kustannusarvio.xlsx", await sampleXlsx()],
      ["Vuoropuhelun muistio.odt", await sampleOdt()],
    ];
    for (const [name, bytes] of files) {
      const response = await upload(draftPlan, name, bytes, buyer, { title: "", language: "fi" });
      expect(response.status, await response.clone().text()).toBe(302);
      expect(response.headers.get("location")).toBe(`/fi/workspace/plans/${draftPlan}/attachments?added=1`);
    }
    const stored = await attachmentsOf(draftPlan);
    expect(stored.map((row) => [row.fileName, row.mediaType, row.sizeBytes])).toEqual(
      files.map(([name, bytes], index) => [
        name,
        [
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.oasis.opendocument.text",
        ][index],
        bytes.byteLength,
      ]),
    );
    const page = await (await get(`/fi/workspace/plans/${draftPlan}/attachments?added=1`, buyer)).text();
    expect(page).toContain("Liite lisätty.");
    expect(page).toContain("Vuoropuhelun muistio.odt");
    expect(page).toContain("(ODT, ");
    const planPage = await (await get(`/fi/workspace/plans/${draftPlan}`, leadership)).text();
    expect(planPage).toContain("Kustannusarvio.xlsx");
  });

  it("refuses a text file renamed .pdf with a field error and stores nothing", async () => {
    const before = (await attachmentsOf(draftPlan)).length;
    const response = await upload(
      draftPlan,
      "lasku.pdf",
      new TextEncoder().encode("Tämä on tekstiä."),
      buyer,
      { title: "Väärennös" },
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('id="attachment-file-error"');
    expect(body).toContain("Tiedosto ei ole PDF-, DOCX-, XLSX- tai ODT-asiakirja.");
    expect(body).toContain('value="Väärennös"');
    expect((await attachmentsOf(draftPlan)).length).toBe(before);
  });

  it("refuses an 11 MB file with a translated error, and a much larger one without reading it", async () => {
    const before = (await attachmentsOf(draftPlan)).length;
    const eleven = await upload(draftPlan, "iso.pdf", paddedPdf(11 * 1024 * 1024), buyer);
    expect(eleven.status).toBe(400);
    expect(await eleven.text()).toContain("Tiedosto on liian suuri. Liite voi olla enintään 10 Mt.");
    // Far past the limit the answer comes from the headers alone, before the body is read.
    const huge = await headersOnlyPost(
      `/fi/workspace/plans/${draftPlan}/attachments`,
      3 * maxAttachmentBytes,
      buyer,
    );
    expect(huge.status).toBe(303);
    const location = huge.location;
    expect(location).toBe(`/fi/workspace/plans/${draftPlan}/attachments?error=tooLarge`);
    expect(await (await get(location, buyer)).text()).toContain("Tiedosto on liian suuri.");
    expect((await attachmentsOf(draftPlan)).length).toBe(before);
  });

  it("refuses another organisation's buyer, leadership and companies (403)", async () => {
    for (const cookie of [porvooBuyer, leadership, company]) {
      const response = await upload(draftPlan, "Luvaton.pdf", samplePdf("luvaton"), cookie);
      expect(response.status).toBe(403);
    }
    const anonymous = await upload(draftPlan, "Luvaton.pdf", samplePdf("luvaton"), "");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/\/fi\/login\?next=/);
    expect((await attachmentsOf(draftPlan)).some((row) => row.fileName === "Luvaton.pdf")).toBe(false);
  });
});

describe("downloading attachments", () => {
  it("hides a draft's attachment publicly and serves it to its organisation's workspace", async () => {
    const [first] = await attachmentsOf(draftPlan);
    if (!first) throw new Error("no attachment");
    for (const cookie of [undefined, buyer, porvooBuyer]) {
      expect((await get(`/fi/plans/${draftPlan}/attachments/${first.id}`, cookie)).status).toBe(404);
      expect((await get(`/api/v1/plans/${draftPlan}/attachments/${first.id}`, cookie)).status).toBe(404);
    }
    const workspacePath = `/fi/workspace/plans/${draftPlan}/attachments/${first.id}`;
    for (const cookie of [buyer, leadership]) {
      const response = await get(workspacePath, cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(samplePdf()))).toBe(true);
    }
    expect((await get(workspacePath, porvooBuyer)).status).toBe(403);
    expect((await get(workspacePath)).status).toBe(302);
  });

  it("serves a public plan's attachment to anyone with the right headers, in the page, JSON and OCDS", async () => {
    const bytes = await sampleDocx();
    const added = await upload(publicPlan, "Äänestys ja tarve.docx", bytes, buyer, {
      title: "Tarvekuvaus",
      description: "Koulujen tarpeet.",
      language: "sv",
    });
    expect(added.status).toBe(302);
    const [attachment] = await attachmentsOf(publicPlan);
    if (!attachment) throw new Error("no attachment");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(attachment.sha256).toBe(sha256);
    for (const path of [
      `/fi/plans/${publicPlan}/attachments/${attachment.id}`,
      `/api/v1/plans/${publicPlan}/attachments/${attachment.id}`,
    ]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="Aanestys ja tarve.docx"; filename*=UTF-8''%C3%84%C3%A4nestys%20ja%20tarve.docx`,
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("etag")).toBe(`"${sha256}"`);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
      expect((await get(path, undefined, { "If-None-Match": `"${sha256}"` })).status).toBe(304);
    }
    const page = await (await get(`/sv/plans/${publicPlan}`)).text();
    expect(page).toContain(`href="/sv/plans/${publicPlan}/attachments/${attachment.id}"`);
    expect(page).toContain("Tarvekuvaus");
    expect(page).toContain("(DOCX, ");
    const json = await (await get(`/api/v1/plans/${publicPlan}`)).json();
    expect(json.data.attachments).toEqual([
      expect.objectContaining({
        url: `${server.url}/api/v1/plans/${publicPlan}/attachments/${attachment.id}`,
        name: "Äänestys ja tarve.docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size: bytes.byteLength,
        language: "sv",
      }),
    ]);
    const ocds = await (await get(`/api/v1/ocds/records/ocds-hanksi-${publicPlan}`)).json();
    expect(createOcdsValidators().recordPackageErrors(ocds)).toBe("");
    expect(ocds.records[0].compiledRelease.planning.documents).toEqual([
      expect.objectContaining({ id: attachment.id, title: "Tarvekuvaus", language: "sv" }),
    ]);
  });
});

describe("removing attachments", () => {
  it("asks for confirmation, removes, audits and versions the public plan", async () => {
    const [attachment] = await attachmentsOf(publicPlan);
    if (!attachment) throw new Error("no attachment");
    const path = `/fi/workspace/plans/${publicPlan}/attachments/${attachment.id}/remove`;
    const confirm = await get(path, buyer);
    expect(confirm.status).toBe(200);
    const confirmPage = await confirm.text();
    expect(confirmPage).toContain("Poistetaanko liite?");
    expect(confirmPage).toContain("Liite Tarvekuvaus poistetaan suunnitelmasta pysyvästi.");
    for (const cookie of [porvooBuyer, leadership]) {
      expect((await get(path, cookie)).status).toBe(403);
      expect((await postForm(server.url, path, {}, cookie)).status).toBe(403);
    }
    const removed = await postForm(server.url, path, {}, buyer);
    expect(removed.status).toBe(302);
    expect(removed.headers.get("location")).toBe(`/fi/workspace/plans/${publicPlan}/attachments?removed=1`);
    expect(await attachmentsOf(publicPlan)).toEqual([]);
    expect((await get(`/fi/plans/${publicPlan}/attachments/${attachment.id}`)).status).toBe(404);
    const entries = await server.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, attachment.id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      "plans.attachment-add",
      "plans.attachment-remove",
    ]);
    const versions = await server.services.database.db
      .select()
      .from(plansVersion)
      .where(eq(plansVersion.planId, publicPlan));
    expect(versions.filter((version) => "attachments" in version.changes)).toHaveLength(2);
    expect(await (await get(`/fi/plans/${publicPlan}`)).text()).toContain(
      "Muuttui<!-- -->: <!-- -->Liitteet",
    );
  });
});
