import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { apiToken } from "../../app/modules/open-data/tables.ts";
import { organisationsMember, organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// ADR 024: a token expires (a year by default, renewable), works only while its owner may edit the
// organisation's plans (or after an administrator takes it over), and the page shows its expiry and
// last use. Time passing and people leaving are set in the database, as the clock and the member pages
// would leave them.
let server: TestServer;
let espoo: string;
let helmi: string;
let helmiId: string;
let planId: string;

const day = 24 * 60 * 60 * 1000;
const db = () => server.services.database.db;
const page = (lang = "fi") => `/${lang}/organisations/${espoo}/api-tokens`;
const get = (path: string, cookie: string) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers: { Cookie: cookie } });
let tenderYear = 2030;
/** A real change each time (a new tender year), so each accepted write is audited. */
const patchWith = (token: string) =>
  fetch(`${server.url}/api/v1/plans/${planId}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tenderYear: ++tenderYear }),
  });
const tokenRow = async (id: string) => (await db().select().from(apiToken).where(eq(apiToken.id, id)))[0];

/** A buyer-admin of Espoo besides the demo ones, who can leave or be deleted without harm to others. */
async function newEspooAdmin(name: string): Promise<Viewer> {
  const userId = randomUUID();
  await db()
    .insert(accountsUser)
    .values({ id: userId, name, email: `${userId}@espoo.example`, emailVerified: true });
  await db()
    .insert(organisationsMember)
    .values({ id: randomUUID(), organizationId: espoo, userId, role: "buyer-admin" });
  return {
    userId,
    name,
    email: `${userId}@espoo.example`,
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      { organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer-admin" },
    ],
    activeOrganisationId: espoo,
  };
}

async function expectProblem(response: Response, type: string) {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toContain("Bearer");
  const body = (await response.json()) as { type: string; title: string; detail?: string };
  expect(body.type).toMatch(new RegExp(`/en/api#problem-${type}$`));
  return body;
}

beforeAll(async () => {
  server = await startTestServer();
  const organisations = await db().select().from(organisationsOrganisation);
  espoo = organisations.find((row) => row.slug === "espoo")?.id ?? "";
  const [user] = await db()
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  helmiId = user?.id ?? "";
  helmi = await logInAs(server.url, "hankinnat@espoo.example");
  planId = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

describe("API token expiry", () => {
  it("is a year by default or the time chosen, shown with the new token and in the list", async () => {
    const created = await postForm(
      server.url,
      page(),
      { intent: "create", name: "Kuukausi", validDays: "30" },
      helmi,
    );
    expect(created.status).toBe(200);
    const html = await created.text();
    const [row] = await db().select().from(apiToken).where(eq(apiToken.name, "Kuukausi"));
    const expires = row?.expiresAt.getTime() ?? 0;
    expect(Math.abs(expires - (Date.now() + 30 * day))).toBeLessThan(60_000);
    expect(html).toMatch(/<p id="api-token-expires">Avain on voimassa [^<]+ asti\.<\/p>/);

    await postForm(server.url, page(), { intent: "create", name: "Oletus" }, helmi);
    const [standard] = await db().select().from(apiToken).where(eq(apiToken.name, "Oletus"));
    expect(Math.abs((standard?.expiresAt.getTime() ?? 0) - (Date.now() + 365 * day))).toBeLessThan(60_000);

    const wrong = await postForm(
      server.url,
      page(),
      { intent: "create", name: "Ikuinen", validDays: "9999" },
      helmi,
    );
    expect(wrong.status).toBe(400);
    expect(await db().select().from(apiToken).where(eq(apiToken.name, "Ikuinen"))).toEqual([]);

    // The demo token expires too, a year after seeding.
    const [demo] = await db()
      .select()
      .from(apiToken)
      .where(eq(apiToken.name, "Demo: Espoon hankintajärjestelmä"));
    expect((demo?.expiresAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(360 * day);
  });

  it("lists expiry, creator and last use in Finnish, Swedish and English", async () => {
    const headings = {
      fi: ["Luonut", "Voimassa", "Käytetty viimeksi", "Voimassaoloaika"],
      sv: ["Skapad av", "Giltig", "Senast använd", "Giltighetstid"],
      en: ["Created by", "Valid", "Last used", "Valid for"],
    };
    for (const [lang, words] of Object.entries(headings)) {
      const html = await (await get(page(lang), helmi)).text();
      for (const word of words.slice(0, 3))
        expect(html, `${lang} ${word}`).toContain(`<th scope="col">${word}</th>`);
      expect(html, lang).toContain(`<label for="api-token-validity">${words[3]}</label>`);
    }
    const en = await (await get(page("en"), helmi)).text();
    expect(en).toMatch(/<td>until [^<]+\d{4}[^<]*<\/td>/);
  });

  it("answers 401 token-expired past the expiry; renewing (audited) makes the same token work", async () => {
    const { id, token } = await createApiToken({
      services: server.services,
      viewer: await newEspooAdmin("Eero Erääntyvä"),
      organisationId: espoo,
      name: "Vanheneva",
    });
    expect((await patchWith(token)).status).toBe(200);
    await db()
      .update(apiToken)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiToken.id, id));
    const problem = await expectProblem(await patchWith(token), "token-expired");
    expect(problem.title).toBe("The API token has expired");
    expect(await (await get(page(), helmi)).text()).toMatch(/Vanheneva.*?Vanhentunut/s);

    const renew = await get(`${page()}?renew=${id}`, helmi);
    expect(await renew.text()).toContain("Uusitaanko avaimen voimassaolo?");
    const renewed = await postForm(
      server.url,
      page(),
      { intent: "renew", tokenId: id, validDays: "90" },
      helmi,
    );
    expect(renewed.status).toBe(302);
    expect(renewed.headers.get("location")).toBe(`${page()}?renewed=1`);
    expect(Math.abs(((await tokenRow(id))?.expiresAt.getTime() ?? 0) - (Date.now() + 90 * day))).toBeLessThan(
      60_000,
    );
    expect((await patchWith(token)).status).toBe(200);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "open-data.renew-api-token"), eq(auditLog.entityId, id)));
    expect(audit?.actorId).toBe(helmiId);
    expect(audit?.summary).toMatchObject({ name: "Vanheneva" });
  });

  it("stops a token whose owner left; taking it over (audited) makes it work as the new owner", async () => {
    const leaver = await newEspooAdmin("Lauri Lähtijä");
    const { id, token } = await createApiToken({
      services: server.services,
      viewer: leaver,
      organisationId: espoo,
      name: "Lähtijän avain",
    });
    expect((await patchWith(token)).status).toBe(200);
    await db().delete(organisationsMember).where(eq(organisationsMember.userId, leaver.userId));
    const problem = await expectProblem(await patchWith(token), "token-owner-without-role");
    expect(problem.detail).toContain("take the token over");
    const listed = await (await get(page(), helmi)).text();
    expect(listed).toMatch(
      /Lähtijän avain.*?Lauri Lähtijä.*?Ei toimi: omistajalla ei ole enää hankintaroolia/s,
    );

    const confirm = await (await get(`${page()}?reown=${id}`, helmi)).text();
    expect(confirm).toContain("Otetaanko avain nimiisi?");
    const reowned = await postForm(server.url, page(), { intent: "reown", tokenId: id }, helmi);
    expect(reowned.status).toBe(302);
    expect(reowned.headers.get("location")).toBe(`${page()}?reowned=1`);
    expect((await patchWith(token)).status).toBe(200);
    const [write] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, planId))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(write?.actorId).toBe(helmiId);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "open-data.reown-api-token"), eq(auditLog.entityId, id)));
    expect(audit?.actorId).toBe(helmiId);
    expect(audit?.summary).toMatchObject({ previousOwnerId: leaver.userId });
    const after = await (await get(`${page()}?reowned=1`, helmi)).text();
    expect(after).toContain("Avain toimii nyt sinun nimissäsi.");
    expect(after).toMatch(/Lauri Lähtijä<br\/>Toimii nyt käyttäjän Helmi Hankkija nimissä/);
  });

  it("stops a token when its owner becomes leadership or the account is deleted", async () => {
    const demoted = await newEspooAdmin("Dora Johtoon");
    const first = await createApiToken({
      services: server.services,
      viewer: demoted,
      organisationId: espoo,
      name: "A",
    });
    await db()
      .update(organisationsMember)
      .set({ role: "leadership" })
      .where(eq(organisationsMember.userId, demoted.userId));
    await expectProblem(await patchWith(first.token), "token-owner-without-role");

    const deleted = await newEspooAdmin("Pekka Poistuva");
    const second = await createApiToken({
      services: server.services,
      viewer: deleted,
      organisationId: espoo,
      name: "B",
    });
    expect((await patchWith(second.token)).status).toBe(200);
    await db().delete(accountsUser).where(eq(accountsUser.id, deleted.userId));
    await expectProblem(await patchWith(second.token), "token-owner-without-role");
  });
});

describe("API token last use", () => {
  it("is shown on the page and written at most once a minute", async () => {
    const { id, token } = await createApiToken({
      services: server.services,
      viewer: await newEspooAdmin("Kaisa Käyttäjä"),
      organisationId: espoo,
      name: "Käytetty",
    });
    const row = () => new RegExp(`<tr id="api-token-${id}">.*?</tr>`, "s");
    expect((await (await get(page(), helmi)).text()).match(row())?.[0]).toContain("<td>Ei vielä</td>");
    expect((await patchWith(token)).status).toBe(200);
    const first = (await tokenRow(id))?.lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    expect((await (await get(page(), helmi)).text()).match(row())?.[0]).not.toContain("Ei vielä");

    expect((await patchWith(token)).status).toBe(200);
    expect((await tokenRow(id))?.lastUsedAt).toEqual(first);

    const earlier = new Date(Date.now() - 2 * 60_000);
    await db().update(apiToken).set({ lastUsedAt: earlier }).where(eq(apiToken.id, id));
    expect((await patchWith(token)).status).toBe(200);
    expect((await tokenRow(id))?.lastUsedAt?.getTime()).toBeGreaterThan(earlier.getTime());
  });
});

describe("API documentation", () => {
  it("tells about expiry and the owner's role on /:lang/api and in OpenAPI", async () => {
    const fi = await (await fetch(`${server.url}/fi/api`)).text();
    expect(fi).toContain('id="problem-token-expired"');
    expect(fi).toContain('id="problem-token-owner-without-role"');
    expect(fi).toContain("oletuksena vuoden");
    const en = await (await fetch(`${server.url}/en/api`)).text();
    expect(en).toContain("a year by default");
    const openapi = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
      components: { securitySchemes: { apiToken: { description: string } } };
    };
    expect(openapi.paths["/plans/{id}"]?.patch?.responses["401"]?.description).toContain("token-expired");
    expect(openapi.components.securitySchemes.apiToken.description).toContain("expires");
  });
});
