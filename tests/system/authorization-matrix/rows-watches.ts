import type { Check } from "./types.ts";
import { signedIn } from "./types.ts";

// Watches and notifications: every signed-in person has their own; another person's watch is 404.
const watchForm = {
  name: "Matriisin vahti",
  cpv: "90900000",
  region: "01",
  event: "published",
  instant: "on",
};

export const watchRows: Check[] = [
  {
    route: ":lang/watches",
    what: "my watches",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/fi/watches" }),
    success: { status: 200, contains: "Uusi hakuvahti" },
  },
  {
    route: ":lang/watches/new",
    what: "new watch form, filled from a search",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/sv/watches/new?cpv=90900000&region=01&q=st%C3%A4dning" }),
    success: { status: 200, contains: 'id="watch-name"' },
    refusedAnonymous: { status: 302, location: /\/sv\/login\?next=/ },
  },
  {
    route: ":lang/watches/new",
    what: "save a watch",
    allowed: signedIn,
    request: () => ({ method: "POST", path: "/fi/watches/new", form: watchForm }),
    // Issue 12 point 16: a new watch opens on its own page with the plans it matches today.
    success: { status: 302, location: /\/fi\/watches\/[\w-]+\?created=1$/ },
  },
  {
    route: ":lang/watches/:id",
    what: "the company administrator's own watch",
    allowed: ["company-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/watches/${ids.watch}` }),
    success: { status: 200, contains: "Siivous Uusimaa" },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/watches/:id",
    what: "change the company administrator's own watch",
    allowed: ["company-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/watches/${ids.watch}`,
      form: { ...watchForm, name: "Siivous Uusimaa" },
    }),
    success: { status: 302, location: /\/fi\/watches\?saved=1$/ },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/watches/:id/delete",
    what: "confirm deleting one's own watch",
    allowed: ["company-admin"],
    request: (ids) => ({ method: "GET", path: `/en/watches/${ids.watch}/delete` }),
    success: { status: 200, contains: "Delete the watch?" },
    refusedSignedIn: { status: 404 },
    refusedAnonymous: { status: 302, location: /\/en\/login\?next=/ },
  },
  {
    route: ":lang/watches/:id/delete",
    what: "delete one's own watch",
    allowed: ["company-admin"],
    request: (ids) => ({ method: "POST", path: `/fi/watches/${ids.spareWatch}/delete` }),
    success: { status: 302, location: /\/fi\/watches\?deleted=1$/ },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/notifications",
    what: "my notifications",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/fi/notifications" }),
    success: { status: 200, contains: "Ilmoitukset" },
  },
  {
    route: ":lang/notifications",
    what: "mark my notifications read",
    allowed: signedIn,
    request: () => ({ method: "POST", path: "/fi/notifications" }),
    success: { status: 302, location: /\/fi\/notifications\?read=1$/ },
  },
  {
    route: ":lang/notifications/:id",
    what: "open one's own notification: marked read, on to its plan",
    allowed: ["company-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/notifications/${ids.notification}` }),
    success: { status: 302, location: /\/fi\/plans\/[\w-]+$/ },
    refusedSignedIn: { status: 404 },
    refusedAnonymous: { status: 302, location: /\/fi\/login\?next=/ },
  },
  {
    route: "/api/v1/watches",
    what: "my watches through the API (session cookie)",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/api/v1/watches" }),
    success: { status: 200, contains: '"data"' },
    refusedAnonymous: { status: 401 },
  },
  {
    route: ":lang/company",
    what: "the company's home: matches, interests, presentations, partner threads",
    allowed: ["company-admin", "company-member"],
    request: () => ({ method: "GET", path: "/fi/company" }),
    success: { status: 200, contains: "Siivouspalvelu Kirkas Oy" },
  },
];
