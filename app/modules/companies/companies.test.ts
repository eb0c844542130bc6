import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { planFieldErrors } from "../plans/schemas.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { companyFormToInput, profileToFormValues, readCompanyForm } from "./company-form.ts";
import { getCompanyProfile, listDirectory } from "./company-queries.server.ts";
import { parseDirectoryFilters } from "./directory-filters.ts";
import { canSeeCompanyContacts } from "./policy.ts";
import { saveCompanyProfile } from "./save-company-profile.server.ts";
import { companyProfileSchema } from "./schemas.ts";
import { companiesContact } from "./tables.ts";

let database: TestDatabase;
const kirkas = randomUUID();
const ruoka = randomUUID();
const hidden = randomUUID();
const espoo = randomUUID();
const member = (organisationId: string, kind: "company" | "municipality", role: string): Viewer => ({
  userId: `user-${organisationId}-${role}`,
  name: "Testi",
  email: "testi@example.fi",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId, name: "X", kind, role: role as never }],
  activeOrganisationId: organisationId,
});

const form = (fields: Record<string, string | string[]>) =>
  readCompanyForm(
    Object.entries(fields).flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.map((item) => [key, item] as [string, string])
        : [[key, value] as [string, string]],
    ),
  );
const save = async (organisationId: string, fields: Record<string, string | string[]>) => {
  const parsed = companyProfileSchema.safeParse(companyFormToInput(form(fields)));
  if (!parsed.success) return { ok: false as const, errors: planFieldErrors(parsed.error) };
  return saveCompanyProfile({
    services: { database },
    viewer: member(organisationId, "company", "company-admin"),
    organisationId,
    input: parsed.data,
  });
};
const cleaning = {
  sizeClass: "small",
  "description.fi": "Koulujen ja päiväkotien ylläpitosiivous Espoossa ja Vantaalla.",
  "description.sv": "Städning av skolor och daghem.",
  offering: "90910000-9, 90919200",
  regions: ["01"],
  certificates: ["iso-14001", "nordic-swan"],
  serviceLanguages: ["fi", "sv"],
  website: "https://kirkas.example",
  "references.0.customer": "Vantaan kaupunki",
  "references.0.year": "2024",
  "references.0.description": "Kahdeksan koulun siivous.",
  "contacts.0.name": "Yrjö Yrittäjä",
  "contacts.0.email": "Yrjo@Kirkas.example",
  "contacts.0.phone": "+358 40 123 4567",
  isListed: "on",
};

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: kirkas, name: "Siivouspalvelu Kirkas Oy", slug: "kirkas", kind: "company", yTunnus: "3141591-1" },
    { id: ruoka, name: "Lähiruoka Catering Oy", slug: "lahiruoka", kind: "company", yTunnus: "1618033-3" },
    { id: hidden, name: "Piilo Oy", slug: "piilo", kind: "company", yTunnus: "2718281-8" },
    { id: espoo, name: "Espoon kaupunki", slug: "espoo", kind: "municipality", yTunnus: "0101263-6" },
  ]);
  expect(await save(kirkas, cleaning)).toEqual({ ok: true });
  expect(
    await save(ruoka, {
      sizeClass: "micro",
      "description.fi": "Lähiruokaa päiväkodeille ja kouluille.",
      offering: "55520000",
      municipalities: ["049"],
      serviceLanguages: ["fi", "en"],
      isListed: "on",
    }),
  ).toEqual({ ok: true });
  expect(
    await save(hidden, {
      sizeClass: "medium",
      "description.fi": "Siivousta koko Suomessa.",
      offering: "90910000",
      servesAllFinland: "on",
      serviceLanguages: ["fi"],
    }),
  ).toEqual({ ok: true });
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

describe("company profile", () => {
  it("saves every part of the profile and reads it back in the locale, audited without personal data", async () => {
    const profile = await getCompanyProfile({ db: database.db, organisationId: kirkas, locale: "sv" });
    expect(profile?.offering.map((item) => item.code)).toEqual(["90910000", "90919200"]);
    expect(profile?.regions).toEqual([{ code: "01", name: "Nyland" }]);
    expect(profile?.certificates.map((item) => item.code)).toEqual(["iso-14001", "nordic-swan"]);
    expect(profile?.references).toEqual([
      { customer: "Vantaan kaupunki", description: "Kahdeksan koulun siivous.", year: 2024 },
    ]);
    expect(profile?.contacts[0]).toMatchObject({ name: "Yrjö Yrittäjä", email: "yrjo@kirkas.example" });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, kirkas));
    expect(entry?.action).toBe("companies.profile.save");
    expect(JSON.stringify(entry?.summary)).not.toContain("Yrjö");
    // The edit form shows the saved values again.
    expect(profileToFormValues(profile)).toMatchObject({
      offering: ["90910000", "90919200"],
      regions: ["01"],
    });
  });

  it("refuses bad input field by field and saves nothing", async () => {
    const before = await database.db
      .select()
      .from(companiesContact)
      .where(eq(companiesContact.organisationId, kirkas));
    const result = await save(kirkas, {
      ...cleaning,
      sizeClass: "huge",
      "description.fi": "",
      offering: "9091",
      regions: [],
      website: "javascript:alert(1)",
      "contacts.0.email": "ei-osoite",
      certificates: ["other"],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        sizeClass: "companies.errors.sizeClass",
        "description.fi": "validation.required",
        "offering.0": "plans.errors.cpv",
        website: "companies.errors.website",
        "contacts.0.email": "validation.emailInvalid",
      },
    });
    // Rules across fields are checked once every field is valid.
    expect(await save(kirkas, { ...cleaning, regions: [], certificates: ["other"] })).toEqual({
      ok: false,
      errors: {
        serviceArea: "companies.errors.serviceArea",
        otherCertificate: "companies.errors.otherCertificate",
      },
    });
    const unknownCode = await save(kirkas, { ...cleaning, offering: "99999999" });
    expect(unknownCode).toEqual({ ok: false, errors: { "offering.0": "plans.errors.cpvUnknown" } });
    const after = await database.db
      .select()
      .from(companiesContact)
      .where(eq(companiesContact.organisationId, kirkas));
    expect(after).toEqual(before);
  });

  it("lets only the company's own members edit, and shows contacts only to buyers and members", async () => {
    const parsed = companyProfileSchema.parse(companyFormToInput(form(cleaning)));
    for (const viewer of [
      member(ruoka, "company", "company-admin"),
      member(espoo, "municipality", "buyer-admin"),
      null,
    ])
      await expect(
        saveCompanyProfile({ services: { database }, viewer, organisationId: kirkas, input: parsed }),
      ).rejects.toThrow();
    expect(canSeeCompanyContacts(member(espoo, "municipality", "buyer"), kirkas)).toBe(true);
    expect(canSeeCompanyContacts(member(espoo, "municipality", "leadership"), kirkas)).toBe(true);
    expect(canSeeCompanyContacts(member(kirkas, "company", "company-member"), kirkas)).toBe(true);
    expect(canSeeCompanyContacts(member(ruoka, "company", "company-admin"), kirkas)).toBe(false);
    expect(canSeeCompanyContacts(null, kirkas)).toBe(false);
  });
});

describe("company directory", () => {
  const names = async (query: string) =>
    (
      await listDirectory({ db: database.db, filters: parseDirectoryFilters(new URLSearchParams(query)) })
    ).rows.map((row) => row.name);

  it("lists listed companies only, by name", async () => {
    expect(await names("")).toEqual(["Lähiruoka Catering Oy", "Siivouspalvelu Kirkas Oy"]);
  });

  it("filters by CPV with descendants, region, municipality, size, certificate and keywords", async () => {
    expect(await names("cpv=90900000")).toEqual(["Siivouspalvelu Kirkas Oy"]);
    expect(await names("cpv=90000000-7")).toEqual(["Siivouspalvelu Kirkas Oy"]);
    expect(await names("cpv=55500000")).toEqual(["Lähiruoka Catering Oy"]);
    expect(await names("region=01")).toEqual(["Lähiruoka Catering Oy", "Siivouspalvelu Kirkas Oy"]);
    expect(await names("region=02")).toEqual([]);
    expect(await names("municipality=092")).toEqual(["Siivouspalvelu Kirkas Oy"]);
    expect(await names("size=micro")).toEqual(["Lähiruoka Catering Oy"]);
    expect(await names("certificate=nordic-swan&certificate=fairtrade")).toEqual([
      "Siivouspalvelu Kirkas Oy",
    ]);
    expect(await names("q=p%C3%A4iv%C3%A4kodeille")).toEqual(["Lähiruoka Catering Oy"]);
    expect(await names("q=st%C3%A4dning")).toEqual(["Siivouspalvelu Kirkas Oy"]);
    expect(await names("q=kirkas+siivous")).toEqual(["Siivouspalvelu Kirkas Oy"]);
    expect(await names("size=giant&region=x")).toHaveLength(2);
  });
});
