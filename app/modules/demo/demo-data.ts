import type { OrganisationKind, OrganisationRole } from "../organisations/roles.ts";
import { regionMunicipalities } from "./demo-organisations.ts";

/** The demo password of every demo account (README lists the accounts). Never used outside demo data. */
export const demoPassword = "Hankintasilta-demo-2026";

export type DemoOrganisation = {
  key: string;
  name: string;
  kind: OrganisationKind;
  municipalityCode?: string;
  yTunnus?: string;
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: "espoo",
    name: "Espoon kaupunki",
    kind: "municipality",
    municipalityCode: "049",
    yTunnus: "0101263-6",
  },
  {
    key: "porvoo",
    name: "Porvoon kaupunki",
    kind: "municipality",
    municipalityCode: "638",
    yTunnus: "1061512-1",
  },
  { key: "joint", name: "Uudenmaan yhteishankinnat", kind: "joint-procurement-unit", yTunnus: "3141590-3" },
  { key: "kirkas", name: "Siivouspalvelu Kirkas Oy", kind: "company", yTunnus: "3141591-1" },
  { key: "lahiruoka", name: "Lähiruoka Catering Oy", kind: "company", yTunnus: "1618033-3" },
  { key: "advisory", name: "Hankintaneuvonta Uusimaa", kind: "advisory" },
  // The rest of the Uusimaa demo region (no accounts): they have plans in the forward plan.
  ...regionMunicipalities.map((m) => ({ ...m, kind: "municipality" as const })),
];

export type DemoUser = {
  email: string;
  name: string;
  locale: "fi" | "sv" | "en";
  platformRole?: "platform-admin";
  memberships: { organisation: string; role: OrganisationRole }[];
  /** What the person is in the demo, for the README's table. */
  description: string;
};

export const demoUsers: DemoUser[] = [
  {
    email: "admin@hankintasilta.example",
    name: "Pia Pääkäyttäjä",
    locale: "fi",
    platformRole: "platform-admin",
    memberships: [],
    description: "platform administrator",
  },
  {
    email: "hankinnat@espoo.example",
    name: "Helmi Hankkija",
    locale: "fi",
    memberships: [
      { organisation: "espoo", role: "buyer-admin" },
      { organisation: "joint", role: "buyer" },
    ],
    description:
      "buyer-admin of Espoo, buyer in the joint procurement unit (two organisations to switch between)",
  },
  {
    email: "asiantuntija@espoo.example",
    name: "Aino Asiantuntija",
    locale: "fi",
    memberships: [{ organisation: "espoo", role: "buyer" }],
    description: "buyer (procurement expert) in Espoo",
  },
  {
    email: "johto@espoo.example",
    name: "Kalle Kaupunginjohtaja",
    locale: "fi",
    memberships: [{ organisation: "espoo", role: "leadership" }],
    description: "leadership (read-only) in Espoo",
  },
  {
    email: "upphandling@porvoo.example",
    name: "Sara Svensson",
    locale: "sv",
    memberships: [{ organisation: "porvoo", role: "buyer-admin" }],
    description: "buyer-admin of Porvoo (Borgå), Swedish-speaking",
  },
  {
    email: "yrittaja@kirkas.example",
    name: "Yrjö Yrittäjä",
    locale: "fi",
    memberships: [{ organisation: "kirkas", role: "company-admin" }],
    description: "company-admin of a cleaning SME",
  },
  {
    email: "myynti@kirkas.example",
    name: "Maija Myyjä",
    locale: "fi",
    memberships: [{ organisation: "kirkas", role: "company-member" }],
    description: "company-member of the same SME",
  },
  {
    email: "catering@lahiruoka.example",
    name: "Liam Lindqvist",
    locale: "en",
    memberships: [{ organisation: "lahiruoka", role: "company-admin" }],
    description: "company-admin of a catering SME, English-speaking",
  },
  {
    email: "neuvoja@neuvonta.example",
    name: "Niina Neuvoja",
    locale: "fi",
    memberships: [{ organisation: "advisory", role: "advisor" }],
    description: "procurement advisor",
  },
  {
    email: "kuntalainen@example.fi",
    name: "Kaisa Kuntalainen",
    locale: "fi",
    memberships: [],
    description: "resident (no organisation)",
  },
];

/**
 * The demo municipality's API token for trying the write API (README). Public knowledge, so it exists only
 * where the demo data was seeded, like the demo passwords. It has the format of a real token ("hs_" and 43
 * base64url characters), so it passes the same check.
 */
export const demoApiToken = {
  organisation: "espoo",
  name: "Demo: Espoon hankintajärjestelmä",
  token: "hs_demo_espoo_Hankintasilta2026DemoTokenPublic",
  createdBy: "hankinnat@espoo.example",
  /** Like every token it expires (ADR 024): a year after the seeding, renewable on Espoo's token page. */
  validDays: 365,
} as const;
