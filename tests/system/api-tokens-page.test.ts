import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiToken } from "../../app/modules/open-data/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The organisation's API token page over HTTP, as a browser without JavaScript uses it: only the
// buyer-admin (and the platform administrator) manage tokens; a new token is shown once; revoking asks first.
let server: TestServer;
let espoo: string;
let kirkas: string;
let buyerAdmin: string;

beforeAll(async () => {
  server = await startTestServer();
  const organisations = await server.services.database.db.select().from(organisationsOrganisation);
  espoo = organisations.find((row) => row.slug === "espoo")?.id ?? "";
  kirkas = organisations.find((row) => row.slug === "kirkas")?.id ?? "";
  buyerAdmin = await logInAs(server.url, "hankinnat@espoo.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, cookie?: string) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
const page = () => `/fi/organisations/${espoo}/api-tokens`;
const patchWith = (token: string, planId: string) =>
  fetch(`${server.url}/api/v1/plans/${planId}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tenderYear: 2031 }),
  });

describe("API token page", () => {
  it("is linked from the organisation page for its buyer-admin only", async () => {
    expect(await (await get(`/fi/organisations/${espoo}`, buyerAdmin)).text()).toContain(`href="${page()}"`);
    const buyer = await logInAs(server.url, "asiantuntija@espoo.example");
    expect(await (await get(`/fi/organisations/${espoo}`, buyer)).text()).not.toContain("/api-tokens");
    expect(await (await get(`/fi/organisations/${espoo}`)).text()).not.toContain("/api-tokens");
  });

  it("lists the demo token and creates a new one that is shown once and stored as a hash", async () => {
    const list = await get(page(), buyerAdmin);
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("no-store");
    const listed = await list.text();
    expect(listed).toContain("Demo: Espoon hankintajärjestelmä");
    expect(listed).toContain("Helmi Hankkija");

    const empty = await postForm(server.url, page(), { intent: "create", name: " " }, buyerAdmin);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Tämä tieto puuttuu.");

    const created = await postForm(server.url, page(), { intent: "create", name: "Kirjanpito" }, buyerAdmin);
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("Kopioi avain nyt");
    const token = /<code id="api-token-value">(hs_[\w-]{43})<\/code>/.exec(html)?.[1] ?? "";
    expect(token).not.toBe("");
    const [row] = await server.services.database.db
      .select()
      .from(apiToken)
      .where(eq(apiToken.name, "Kirjanpito"));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);

    const planId = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
    expect((await patchWith(token, planId)).status).toBe(200);
    const again = await (await get(page(), buyerAdmin)).text();
    expect(again).toContain("Kirjanpito");
    expect(again).not.toContain(token);

    // Revoking asks first (a page state that works without JavaScript), then the token stops working.
    const confirm = await (await get(`${page()}?revoke=${row?.id}`, buyerAdmin)).text();
    expect(confirm).toContain("Poistetaanko avain käytöstä?");
    expect(confirm).toContain('id="api-token-revoke-submit"');
    const revoked = await postForm(
      server.url,
      page(),
      { intent: "revoke", tokenId: row?.id ?? "" },
      buyerAdmin,
    );
    expect(revoked.status).toBe(302);
    expect(revoked.headers.get("location")).toBe(`${page()}?revoked=1`);
    expect((await patchWith(token, planId)).status).toBe(401);
    const after = await (await get(`${page()}?revoked=1`, buyerAdmin)).text();
    expect(after).toContain("Avain on poistettu käytöstä.");
    expect(after).toContain("Poistettu käytöstä");
  });

  it("refuses tokens of another organisation and nonsense ids as not found", async () => {
    const porvoo = (await server.services.database.db.select().from(organisationsOrganisation)).find(
      (row) => row.slug === "porvoo",
    );
    const sara = await logInAs(server.url, "upphandling@porvoo.example");
    const other = await postForm(
      server.url,
      `/fi/organisations/${porvoo?.id}/api-tokens`,
      { name: "Borgå" },
      sara,
    );
    expect(other.status).toBe(200);
    const [porvooToken] = await server.services.database.db
      .select()
      .from(apiToken)
      .where(eq(apiToken.name, "Borgå"));
    const foreign = await postForm(
      server.url,
      page(),
      { intent: "revoke", tokenId: porvooToken?.id ?? "" },
      buyerAdmin,
    );
    expect(foreign.status).toBe(404);
    const [still] = await server.services.database.db
      .select()
      .from(apiToken)
      .where(eq(apiToken.name, "Borgå"));
    expect(still?.revokedAt).toBeNull();
    expect((await postForm(server.url, page(), { intent: "revoke", tokenId: "x" }, buyerAdmin)).status).toBe(
      400,
    );
  });

  it("is refused to buyers, leadership and companies (403), and to anonymous visitors (log-in)", async () => {
    for (const email of ["asiantuntija@espoo.example", "johto@espoo.example", "yrittaja@kirkas.example"]) {
      const cookie = await logInAs(server.url, email);
      expect((await get(page(), cookie)).status, email).toBe(403);
      const post = await postForm(server.url, page(), { intent: "create", name: "Luvaton" }, cookie);
      expect(post.status, email).toBe(403);
    }
    const anonymous = await get(page());
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/\/fi\/login\?next=/);
    const rows = await server.services.database.db
      .select()
      .from(apiToken)
      .where(eq(apiToken.name, "Luvaton"));
    expect(rows).toEqual([]);
  });

  it("exists only for organisations that have plans (403 for a company, even to the platform admin)", async () => {
    const platformAdmin = await logInAs(server.url, "admin@hankintasilta.example");
    expect((await get(`/fi/organisations/${kirkas}/api-tokens`, platformAdmin)).status).toBe(403);
    expect((await get(page(), platformAdmin)).status).toBe(200);
  });
});
