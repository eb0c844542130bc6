import type { Check } from "./types.ts";

// The company directory, company pages and the company profile form.
const validProfile = {
  sizeClass: "small",
  "description.fi": "Koulujen ja päiväkotien ylläpitosiivous Uudellamaalla.",
  offering: "90910000",
  regions: "01",
  serviceLanguages: "fi",
  isListed: "on",
};

export const companyRows: Check[] = [
  {
    route: ":lang/companies",
    what: "company directory with filters",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/companies?cpv=90900000&region=01&size=small" }),
    success: { status: 200, contains: "Siivouspalvelu Kirkas Oy" },
  },
  {
    route: ":lang/companies/export.xlsx",
    what: "company directory as XLSX",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/companies/export.xlsx?region=01" }),
    success: { status: 200, contains: "PK" },
  },
  {
    route: ":lang/companies/:id",
    what: "a listed company's page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/sv/companies/${ids.kirkas}` }),
    success: { status: 200, contains: "Siivouspalvelu Kirkas Oy" },
  },
  {
    route: ":lang/companies/:id",
    what: "a company's contact persons (buyers and the company's own members)",
    allowed: ["buyer-admin", "buyer", "leadership", "company-admin", "company-member"],
    request: (ids) => ({ method: "GET", path: `/fi/companies/${ids.kirkas}` }),
    success: { status: 200, contains: "yrittaja@kirkas.example" },
    refusedSignedIn: { status: 200, lacks: "yrittaja@kirkas.example" },
    refusedAnonymous: { status: 200, lacks: "yrittaja@kirkas.example" },
  },
  {
    route: ":lang/organisations/:id/company-profile",
    what: "the cleaning company's profile form",
    allowed: ["company-admin", "company-member"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/company-profile` }),
    success: { status: 200, contains: 'id="company-offering"' },
  },
  {
    route: ":lang/organisations/:id/company-profile",
    what: "save the cleaning company's profile",
    allowed: ["company-admin", "company-member"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.kirkas}/company-profile`,
      form: validProfile,
    }),
    success: { status: 302, location: /company-profile\?saved=1$/ },
  },
  {
    route: ":lang/organisations/:id/company-profile",
    what: "a company profile form for Espoo (not a company)",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/company-profile` }),
    success: { status: 200 },
  },
  {
    route: "/api/v1/companies",
    what: "company directory through the API, without contact persons",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/companies?cpv=90900000&region=01" }),
    success: { status: 200, contains: "Siivouspalvelu Kirkas Oy" },
  },
  {
    route: "/api/v1/companies/{id}",
    what: "a listed company's public profile through the API",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/api/v1/companies/${ids.kirkas}` }),
    success: { status: 200, contains: "Siivouspalvelu Kirkas Oy" },
  },
];
