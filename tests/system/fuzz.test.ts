import type { RouteConfigEntry } from "@react-router/dev/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoApiToken } from "../../app/modules/demo/demo-data.ts";
import { openApiDocument } from "../../app/modules/open-data/openapi.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import routes from "../../app/routes.ts";
import { logInAs } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Hostile input must never stop the platform: thousands of generated requests over every page route
// (from app/routes.ts) and every /api/v1 path and method (from the OpenAPI document), with hostile
// path parameters, query strings and bodies, as a visitor and as signed-in people. Any 5xx fails the
// test, and all of them are reported at once. The generator is seeded, so every run sends the same set.

let server: TestServer;
const cookies: (string | undefined)[] = [undefined];
const ids = { espoo: "", kirkas: "", plan: "" };

beforeAll(async () => {
  server = await startTestServer();
  const organisations = await server.services.database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const bySlug = new Map(organisations.map((row) => [row.slug, row.id]));
  ids.espoo = bySlug.get("espoo") ?? "";
  ids.kirkas = [...bySlug.entries()].find(([slug]) => slug.includes("kirkas"))?.[1] ?? "";
  ids.plan = await createFixturePlan(server.services.database, ids.espoo);
  for (const email of ["hankinnat@espoo.example", "yrittaja@kirkas.example", "admin@hankintasilta.example"])
    cookies.push(await logInAs(server.url, email));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

/** mulberry32: a small seeded generator, so the set of requests is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

/** Hostile values as they appear in a URL (already percent-encoded where that matters). */
const hostile = [
  "%00",
  "a%00b",
  "%27",
  "%25",
  "%",
  "_",
  "%0A",
  "%0D%0AX-Injected:%201",
  "%09",
  "%20",
  "x".repeat(5000),
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "6f1c2b7e-8d4a-4c3b-9e2f-0a1b2c3d4e5f",
  "..",
  "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
  "%C0%AF",
  "%ED%A0%80",
  "%EF%BF%BF",
  "%E2%80%AE",
  "%F0%9F%92%A9",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "-1",
  "0",
  "99999999999999999999999",
  "1e309",
  "NaN",
  "%5B%5D",
  "null",
  "'%20OR%201=1--",
  "%5C",
  "%FF",
  "%2F%2Fevil.example",
  "%01%02%1B",
];

/** `count` hostile values, the ones that found bugs before (NUL, non-UUIDs) always among them. */
function sample(random: ReturnType<typeof seeded>, count: number): string[] {
  const always = ["%00", "not-a-uuid", "6f1c2b7e-8d4a-4c3b-9e2f-0a1b2c3d4e5f"].slice(0, count);
  const rest = hostile.filter((value) => !always.includes(value));
  const picked = new Set<string>();
  while (picked.size < count - always.length) picked.add(random.pick(rest));
  return [...always, ...picked];
}

/** Every page path in app/routes.ts, e.g. ":lang/plans/:id". */
function routePaths(entries: RouteConfigEntry[], prefix = ""): string[] {
  return entries.flatMap((entry) => {
    const path = entry.index ? prefix : [prefix, entry.path ?? ""].filter(Boolean).join("/");
    return [
      ...(entry.path !== undefined || entry.index ? [path] : []),
      ...routePaths(entry.children ?? [], path),
    ];
  });
}

/** The query parameters the pages and the API read. */
const queryNames = [
  "q",
  "page",
  "sort",
  "next",
  "organisation",
  "region",
  "municipality",
  "cpv",
  "valueBand",
  "year",
  "quarter",
  "status",
  "sustainability",
  "lots",
  "dialogueOpen",
  "partnerRequests",
  "cursor",
  "limit",
  "since",
  "token",
  "error",
  "link",
  "reset",
  "verified",
  "intent",
  "plan",
  "state",
  "direction",
  "keywords",
  "imported",
];

/** Form field names the actions read. */
const fieldNames = [
  "intent",
  "email",
  "password",
  "name",
  "locale",
  "acceptPrivacy",
  "q",
  "keywords",
  "body",
  "note",
  "to",
  "role",
  "organisationId",
  "tokenId",
  "token",
  "title.fi",
  "need.fi",
  "mainCpv",
  "planId",
  "recipientId",
  "state",
  "decision",
  "confirm",
  "confirmEmail",
  "visibility",
  "kind",
  "yTunnus",
  "municipalityCode",
];

type Probe = { method: string; path: string; headers?: Record<string, string>; body?: BodyInit };

const validSegment = (name: string) =>
  name === "lang"
    ? "fi"
    : name === "id" || name === "file"
      ? ids.plan
      : "00000000-0000-4000-8000-000000000000";

function fill(path: string, values: Record<string, string>) {
  return `/${path
    .split("/")
    .map((segment) =>
      segment === "*" ? "nothing-here" : segment.startsWith(":") ? values[segment.slice(1)] : segment,
    )
    .join("/")}`;
}

function generateProbes(): Probe[] {
  const random = seeded(20_261_211);
  const probes: Probe[] = [];
  const pages = routePaths(routes as RouteConfigEntry[]);
  const hostileQuery = () =>
    Array.from(
      { length: 1 + Math.floor(random.next() * 3) },
      () => `${random.pick(queryNames)}=${random.pick(hostile)}`,
    ).join("&");
  for (const page of pages) {
    const params = page
      .split("/")
      .filter((s) => s.startsWith(":"))
      .map((s) => s.slice(1));
    const valid = Object.fromEntries(params.map((name) => [name, validSegment(name)]));
    const ordinary = fill(page, valid);
    // Each parameter with hostile values (the others valid), some also as single-fetch data or a post.
    // One layout checks the locale for every page, so a few values per page do for it.
    for (const name of params)
      for (const value of sample(random, name === "lang" ? 3 : 14)) {
        const path = fill(page, { ...valid, [name]: value });
        probes.push({ method: "GET", path });
        if (random.next() < 0.2) probes.push({ method: "GET", path: `${path}.data` });
        if (random.next() < 0.15) probes.push({ method: "POST", path, ...form(random) });
      }
    // Hostile query strings for the known parameters.
    for (let i = 0; i < 6; i++) probes.push({ method: "GET", path: `${ordinary}?${hostileQuery()}` });
    for (const value of sample(random, 4))
      probes.push({ method: "GET", path: `${ordinary}?${random.pick(["q", "next", "page"])}=${value}` });
    // Bodies that are not forms, broken forms and hostile forms.
    for (const body of bodies(random)) probes.push({ method: "POST", path: ordinary, ...body });
  }
  for (const path of ["/fi/plans", "/fi/login", "/fi/companies"])
    for (const value of hostile) probes.push({ method: "GET", path: `${path}?q=${value}&next=${value}` });
  for (const value of hostile)
    probes.push({
      method: "POST",
      path: `/fi/login?next=${value}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "intent=password&email=x%40example.fi&password=wrong-password-1",
    });
  probes.push(...apiProbes(random));
  return probes;
}

/** A form post with hostile field values (urlencoded). */
function form(random: ReturnType<typeof seeded>): Omit<Probe, "method" | "path"> {
  const fields = Array.from(
    { length: 1 + Math.floor(random.next() * 5) },
    () => `${random.pick(fieldNames)}=${random.pick(hostile)}`,
  );
  return { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: fields.join("&") };
}

function bodies(random: ReturnType<typeof seeded>): Omit<Probe, "method" | "path">[] {
  return [
    { headers: { "Content-Type": "text/plain" }, body: "intent=delete&email=a@b.c" },
    { headers: { "Content-Type": "application/json" }, body: '{"intent":"delete","email":"a@b.c"}' },
    { headers: { "Content-Type": "multipart/form-data; boundary=xx" }, body: "--xx\r\nbroken" },
    { headers: { "Content-Type": "multipart/form-data" }, body: "intent=x" },
    { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "%%%=%%%&%00=%00&a=%ED%A0%80" },
    {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x3d, 0xc0]),
    },
    { headers: { "Content-Type": "application/xml" }, body: "<a/>" },
    { body: undefined },
    form(random),
    form(random),
  ];
}

/** Every /api/v1 path and method of the OpenAPI document, with hostile path and query parameters and bodies. */
function apiProbes(random: ReturnType<typeof seeded>): Probe[] {
  const probes: Probe[] = [];
  const paths = openApiDocument("http://localhost").paths as Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[] }>
  >;
  const auth = { Authorization: `Bearer ${demoApiToken.token}` };
  for (const [template, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      const names = (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
      const path = (value: string) => `/api/v1${template.replace(/\{[^}]+\}/g, value)}`;
      const valid = path(ids.plan);
      if (template.includes("{"))
        for (const value of hostile)
          probes.push({
            method: upper,
            path: path(value),
            headers: auth,
            ...(upper === "GET" ? {} : jsonBody(random)),
          });
      if (names.length > 0)
        for (const value of sample(random, 10))
          probes.push({ method: upper, path: `${valid}?${random.pick(names)}=${value}`, headers: auth });
      if (upper !== "GET")
        for (let i = 0; i < 12; i++)
          probes.push({ method: upper, path: valid, headers: auth, ...jsonBody(random) });
    }
  return probes;
}

function jsonBody(random: ReturnType<typeof seeded>): Omit<Probe, "method" | "path"> {
  const bodiesToSend = [
    '{"title":{"fi":"\\u0000"}}',
    '{"title":{"fi":"a\\ud800b"},"need":{"fi":"x"},"mainCpv":"90910000"}',
    "{",
    "[]",
    "null",
    '"x"',
    '{"estimatedValueEur":1e309,"tenderYear":-1}',
    '{"to":"\\u0000"}',
    `{"changeReason":"${"x".repeat(100_000)}"}`,
    '{"__proto__":{"polluted":true}}',
  ];
  const type = random.pick([
    "application/json",
    "application/merge-patch+json",
    "text/plain",
    "application/x-www-form-urlencoded",
  ]);
  return { headers: { "Content-Type": type }, body: random.pick(bodiesToSend) };
}

describe("hostile requests (seeded fuzz)", () => {
  it("answer every generated request without a 5xx", async () => {
    const probes = generateProbes();
    expect(probes.length).toBeGreaterThanOrEqual(2000);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let nextIndex = 0;
    // A few requests at a time, as the signed-in people and the visitor in turn.
    const worker = async () => {
      while (nextIndex < probes.length) {
        const index = nextIndex++;
        const probe = probes[index] as Probe;
        // Logging out would end the session the later requests use.
        const cookie = probe.path.includes("/logout") ? undefined : cookies[index % cookies.length];
        const response = await fetch(`${server.url}${probe.path}`, {
          method: probe.method,
          redirect: "manual",
          headers: { Origin: server.url, ...(cookie ? { Cookie: cookie } : {}), ...probe.headers },
          body: probe.body,
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500)
          failures.push(
            `${response.status} ${probe.method} ${probe.path.slice(0, 200)}${cookie ? " (signed in)" : ""} ${probe.headers?.["Content-Type"] ?? ""} ${text.slice(0, 80)}`,
          );
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures, `answers by status: ${JSON.stringify([...statuses])}`).toEqual([]);
  }, 600_000);
});
