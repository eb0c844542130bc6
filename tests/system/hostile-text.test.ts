import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { loadPlanSnapshot } from "../../app/modules/plans/plan-record.server.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Text is checked at the edge (ADR 027): each kind of hostile character in a form or an API body is a
// 400 with a message on its field, never a database 500 and never silently removed, while Finnish and
// Swedish text, emoji and line breaks in long texts are stored exactly as written.

let server: TestServer;
let token = "";
let buyer = "";

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.services.database;
  const [espoo] = await db
    .select()
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  const [user] = await db
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  if (!espoo || !user) throw new Error("demo data missing");
  ({ token } = await createApiToken({
    services: server.services,
    viewer: {
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships: [
        { organisationId: espoo.id, name: espoo.name, kind: "municipality", role: "buyer-admin" },
      ],
      activeOrganisationId: espoo.id,
    },
    organisationId: espoo.id,
    name: "Hostile text",
  }));
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const planCount = async () =>
  Number((await server.services.database.db.select({ n: count() }).from(plansPlan))[0]?.n ?? 0);

async function api(method: string, path: string, body: string) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

const plan = {
  title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
  need: { fi: "Puhtaat oppimisympäristöt." },
  mainCpv: "90910000",
  noLotsReason: { fi: "Yksi sopimus on edullisin." },
};

// Written as JSON escapes, so the body itself carries the raw code units (a lone surrogate included).
const hostile: [string, string, string][] = [
  ["NUL", "\\u0000", "validation.controlCharacter"],
  ["U+0001", "\\u0001", "validation.controlCharacter"],
  ["a C1 control", "\\u0085", "validation.controlCharacter"],
  ["U+FFFE", "\\ufffe", "validation.controlCharacter"],
  ["U+FFFF", "\\uffff", "validation.controlCharacter"],
  ["a lone surrogate", "\\ud800", "validation.controlCharacter"],
  ["a right-to-left override", "\\u202e", "validation.bidiCharacter"],
  ["an isolate", "\\u2067", "validation.bidiCharacter"],
  ["a line break in a title", "\\n", "validation.lineBreak"],
];

describe("hostile text through the write API", () => {
  it.each(hostile)("refuses %s with a 400 on the field and saves nothing", async (_, jsonEscape, reason) => {
    const before = await planCount();
    const body = JSON.stringify(plan).replace("Koulujen siivouspalvelut", `Koulujen${jsonEscape}siivous`);
    const { status, json } = await api("POST", "/plans", body);
    expect(status, JSON.stringify(json)).toBe(400);
    expect(json.errors).toContainEqual({ name: "title.fi", reason });
    expect(await planCount()).toBe(before);
  });

  it("refuses NUL in a long text, a change reason and a cancel reason", async () => {
    const need = JSON.stringify(plan).replace("Puhtaat", "Puhtaat\\u0000");
    expect((await api("POST", "/plans", need)).json.errors).toContainEqual({
      name: "need.fi",
      reason: "validation.controlCharacter",
    });
    const created = await api("POST", "/plans", JSON.stringify({ ...plan, visibility: "public" }));
    expect(created.status).toBe(201);
    const id = (created.json.data as { id: string }).id;
    const patched = await api("PATCH", `/plans/${id}`, '{"tenderYear":2031,"changeReason":"Vuosi\\u0000"}');
    expect(patched.status).toBe(400);
    expect(patched.json.errors).toContainEqual({
      name: "changeReason",
      reason: "validation.controlCharacter",
    });
    const cancelled = await api(
      "POST",
      `/plans/${id}/transitions`,
      '{"to":"cancelled","reason":"Ei\\u0000 rahaa"}',
    );
    expect(cancelled.status).toBe(400);
  });

  it("stores Finnish and Swedish text, emoji and line breaks in long texts unchanged", async () => {
    const good = {
      ...plan,
      title: { fi: "Päiväkotien ateriat 🍲 – Åbo", sv: "Daghemmens måltider för Borgå 👩‍🍳" },
      need: { fi: "Ensimmäinen kappale: äöå.\n\nToinen kappale\tsarkaimella 🇫🇮." },
    };
    const created = await api("POST", "/plans", JSON.stringify(good));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const snapshot = await loadPlanSnapshot(
      server.services.database.db,
      (created.json.data as { id: string }).id,
    );
    expect(snapshot.title).toMatchObject(good.title);
    expect(snapshot.need).toMatchObject(good.need);
  });
});

describe("hostile text through the forms", () => {
  const form = {
    intent: "save",
    "title.fi": "Koulujen siivouspalvelut",
    "need.fi": "Puhtaat oppimisympäristöt.",
    mainCpv: "90910000",
    valueCategory: "goods-services",
    procedure: "open",
    "noLotsReason.fi": "Yksi kokonaisuus on toimivin.",
    confidence: "likely",
    visibility: "draft",
  };

  it("shows a translated message on the plan form's field and saves nothing", async () => {
    const before = await planCount();
    const lineBreak = await postForm(
      server.url,
      "/fi/workspace/plans/new",
      { ...form, "title.fi": "Koulujen\r\nsiivous" },
      buyer,
    );
    expect(lineBreak.status).toBe(400);
    expect(await lineBreak.text()).toContain("Kirjoita tämä yhdelle riville ilman rivinvaihtoja.");
    const nul = await postForm(
      server.url,
      "/sv/workspace/plans/new",
      { ...form, "need.fi": "Rent\u0000" },
      buyer,
    );
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain("Texten innehåller ett osynligt styrtecken");
    expect(await planCount()).toBe(before);
  });

  it("keeps a textarea's line breaks (sent as CRLF) and the letters as written", async () => {
    const saved = await postForm(
      server.url,
      "/fi/workspace/plans/new",
      {
        ...form,
        "title.fi": "Ääneen luettavat käyttöohjeet 📘",
        "need.fi": "Rivi yksi.\r\nRivi kaksi: åäö.",
      },
      buyer,
    );
    expect(saved.status).toBe(302);
    const id = (saved.headers.get("location") ?? "").split("/").pop()?.split("?")[0] ?? "";
    const snapshot = await loadPlanSnapshot(server.services.database.db, id);
    expect(snapshot.title).toMatchObject({ fi: "Ääneen luettavat käyttöohjeet 📘" });
    expect(snapshot.need).toMatchObject({ fi: "Rivi yksi.\nRivi kaksi: åäö." });
  });

  it("refuses a control character in a sign-up name and a bidi override in a watch name", async () => {
    const signUp = await postForm(server.url, "/fi/signup", {
      locale: "fi",
      name: "Maija\u0000 Meikäläinen",
      email: "maija.hostile@example.fi",
      password: "Pitka-ja-vaikea-salasana-2026",
      acceptPrivacy: "on",
    });
    expect(signUp.status).toBe(400);
    expect(await signUp.text()).toContain("näkymätön ohjausmerkki");
    const company = await logInAs(server.url, "yrittaja@kirkas.example");
    const watch = await postForm(
      server.url,
      "/fi/watches/new",
      { name: "Siivous\u202Eexe.pdf", event: "published", instant: "on" },
      company,
    );
    expect(watch.status).toBe(400);
    expect(await watch.text()).toContain("kääntää tekstin suunnan");
  });
});
