import type { Check } from "./types.ts";
import { espooStaff, signedIn } from "./types.ts";

// Organisation pages.
export const organisationRows: Check[] = [
  {
    route: ":lang/organisations",
    what: "organisation list",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/organisations" }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations",
    what: "register a company whose Y-tunnus is taken (told whose it is, offered to ask to join)",
    allowed: signedIn,
    request: () => ({
      method: "POST",
      path: "/fi/organisations",
      form: { name: "Testi Oy", kind: "company", yTunnus: "3141591-1" },
    }),
    success: { status: 400, contains: "Y-tunnuksella on jo rekisteröity Siivouspalvelu Kirkas Oy" },
  },
  {
    route: ":lang/organisations",
    what: "ask to join the cleaning company",
    allowed: signedIn,
    request: (ids) => ({
      method: "POST",
      path: "/fi/organisations",
      form: { intent: "requestJoin", organisationId: ids.kirkas },
    }),
    success: { status: 200, contains: "Liittymispyyntö on lähetetty" },
  },
  {
    route: ":lang/organisations",
    what: "create a municipality",
    allowed: ["platform-admin"],
    request: () => ({
      method: "POST",
      path: "/fi/organisations",
      form: { name: "Testikunta", kind: "municipality", municipalityCode: "091" },
    }),
    success: { status: 302, location: /\/fi\/organisations\/[\w-]+\?created=1$/ },
  },
  {
    route: ":lang/organisations/switch",
    what: "switch to an organisation one belongs to (Espoo)",
    allowed: [...espooStaff],
    request: (ids) => ({
      method: "POST",
      path: "/fi/organisations/switch",
      form: { organisationId: ids.espoo },
    }),
    success: { status: 302 },
  },
  {
    route: ":lang/organisations/switch",
    what: "the switch address opened as a page goes to one's account",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/organisations/switch" }),
    success: { status: 302, location: /\/fi\/account$/ },
  },
  {
    route: ":lang/organisations/:id",
    what: "organisation page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id",
    what: "member list of Espoo",
    allowed: [...espooStaff, "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}` }),
    success: { status: 200, contains: 'id="members-title"' },
    refusedSignedIn: { status: 200, lacks: 'id="members-title"' },
    refusedAnonymous: { status: 200, lacks: 'id="members-title"' },
  },
  {
    route: ":lang/organisations/:id",
    what: "invite to Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}`,
      form: { email: "uusi@espoo.example", role: "buyer" },
    }),
    success: { status: 200, contains: "Kutsu on lähetetty" },
  },
  {
    route: ":lang/organisations/:id/audit",
    what: "audit log of Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/audit` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id/audit",
    what: "audit log of the cleaning company",
    allowed: ["company-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/audit` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "API tokens of Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/api-tokens` }),
    success: { status: 200, contains: 'id="api-token-name"' },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "create an API token for Espoo (without a name, so nothing is created)",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/api-tokens`,
      form: { intent: "create", name: "" },
    }),
    success: { status: 400, contains: "Tämä tieto puuttuu." },
  },
  // Revoking, renewing and taking over a token with a nonsense id: refused before the form is read, and
  // for those allowed a 400 that changes nothing.
  ...(["revoke", "renew", "reown"] as const).map(
    (intent): Check => ({
      route: ":lang/organisations/:id/api-tokens",
      what: `${intent} an API token of Espoo (a nonsense id, so nothing changes)`,
      allowed: ["buyer-admin", "platform-admin"],
      request: (ids) => ({
        method: "POST",
        path: `/fi/organisations/${ids.espoo}/api-tokens`,
        form: { intent, tokenId: "x" },
      }),
      success: { status: 400 },
    }),
  ),
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "revoke an API token of Espoo (one that does not exist, so nothing changes)",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/api-tokens`,
      form: { intent: "revoke", tokenId: "00000000-0000-0000-0000-000000000000" },
    }),
    success: { status: 404 },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "API tokens of the cleaning company (no plans, so no tokens)",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/api-tokens` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id/close",
    what: "page for closing the cleaning company (what is removed and kept)",
    allowed: ["company-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/close` }),
    success: { status: 200, contains: 'id="close-removed"' },
  },
  {
    route: ":lang/organisations/:id/close",
    what: "close the cleaning company with a wrong name (nothing is removed)",
    allowed: ["company-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.kirkas}/close`,
      form: { confirmName: "Väärä Oy" },
    }),
    success: { status: 400, contains: "Nimi ei vastaa organisaation nimeä." },
  },
  {
    route: ":lang/organisations/:id/close",
    what: "close Espoo, which has a public plan (refused for everyone)",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/close`,
      form: { confirmName: "Espoon kaupunki" },
    }),
    success: { status: 409, contains: "Organisaatiolla on julkaistuja hankintasuunnitelmia" },
  },
];
