import { eq } from "drizzle-orm";
import { accountsUser } from "../../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { createEvent } from "../../../app/modules/dialogue/create-event.server.ts";
import { eventFormSchema, eventRegistrationSchema } from "../../../app/modules/dialogue/events-schemas.ts";
import { dialogueEvent } from "../../../app/modules/dialogue/events-tables.ts";
import { toHelsinkiInput } from "../../../app/modules/dialogue/meetings-schemas.ts";
import { publishEvent } from "../../../app/modules/dialogue/publish-event.server.ts";
import { registerForEvent } from "../../../app/modules/dialogue/register-for-event.server.ts";
import { listMemberships } from "../../../app/modules/organisations/memberships.server.ts";
import type { Services } from "../../../app/services.ts";
import { type Check, type Ids, type Role, roleAccounts } from "./types.ts";

// Dialogue events of market dialogue on the public plan. State changes can be made once per event, so
// the rows that change state take a fresh event from a pool on each request (round robin); the rest use
// one published event the cleaning company has registered for (with needs only the buyer may read and an
// online link only companies with a seat may see) and one held event.
const companies: Role[] = ["company-admin", "company-member"];
const managers: Role[] = ["buyer-admin", "buyer", "platform-admin"];
const uuid = "[0-9a-f-]{36}";
export const eventNeeds = "Matriisin ruokavaliotarve";
export const eventLink = "https://meet.example/matriisin-salainen-linkki";

const pools: Record<"draft" | "published" | "cancellable" | "registered", string[]> = {
  draft: [],
  published: [],
  cancellable: [],
  registered: [],
};
const taken: Record<keyof typeof pools, number> = { draft: 0, published: 0, cancellable: 0, registered: 0 };
function next(pool: keyof typeof pools): string {
  const event = pools[pool][taken[pool] % pools[pool].length];
  taken[pool] += 1;
  if (!event) throw new Error(`no ${pool} events`);
  return event;
}

const day = 86_400_000;
const wallClock = (offset: number) => toHelsinkiInput(new Date(Date.now() + offset));

/** The events the rows below use, on the public plan; returns the ids of the fixed ones. */
export async function createMatrixEvents(
  services: Services,
  ids: Pick<Ids, "publicPlan">,
): Promise<{ event: string; heldEvent: string }> {
  const { db } = services.database;
  const viewerOf = async (email: string): Promise<Viewer> => {
    const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, email));
    if (!user) throw new Error(`no demo account ${email}`);
    const memberships = await listMemberships(db, user.id);
    return {
      userId: user.id,
      name: user.name,
      email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships,
      activeOrganisationId: memberships[0]?.organisationId ?? null,
    };
  };
  const buyer = await viewerOf(roleAccounts.buyer);
  const kirkas = await viewerOf(roleAccounts["company-admin"]);
  let offset = 0;
  const event = async (state: "draft" | "published") => {
    offset += 1;
    const start = (20 + offset) * day;
    const { eventId } = await createEvent({
      services,
      viewer: buyer,
      planId: ids.publicPlan,
      input: eventFormSchema.parse({
        kind: "info-session",
        format: "hybrid",
        title: { fi: `Matriisin tilaisuus ${offset}` },
        agenda: { fi: "Matriisin ohjelma" },
        address: "Matriisin kokoushuone",
        onlineUrl: eventLink,
        startsAt: wallClock(start),
        endsAt: wallClock(start + 3_600_000),
        language: "fi",
        capacity: "50",
        registrationClosesAt: wallClock(start - day),
      }),
    });
    if (state === "published") await publishEvent({ services, viewer: buyer, eventId });
    return eventId;
  };
  const register = async (eventId: string) => {
    const registered = await registerForEvent({
      services,
      viewer: kirkas,
      eventId,
      input: eventRegistrationSchema.parse({ attendeeCount: "1", attendees: "Yrjö", needs: eventNeeds }),
    });
    if (!registered.ok) throw new Error(registered.error);
  };
  for (let i = 0; i < 12; i += 1) {
    pools.draft.push(await event("draft"));
    pools.published.push(await event("published"));
    pools.cancellable.push(await event("published"));
    const registered = await event("published");
    await register(registered);
    pools.registered.push(registered);
  }
  const main = await event("published");
  await register(main);
  const held = await event("published");
  await db
    .update(dialogueEvent)
    .set({
      startsAt: new Date(Date.now() - 2 * 3_600_000),
      endsAt: new Date(Date.now() - 3_600_000),
      registrationClosesAt: new Date(Date.now() - 3 * 3_600_000),
    })
    .where(eq(dialogueEvent.id, held));
  return { event: main, heldEvent: held };
}

/** The ids this file adds to the matrix's: kept here so the shared Ids type needs no change. */
let eventIds: { event: string; heldEvent: string } = { event: "", heldEvent: "" };
export function useMatrixEvents(created: { event: string; heldEvent: string }) {
  eventIds = created;
}

const workspace = (ids: Ids) => `/fi/workspace/plans/${ids.publicPlan}/events`;
const publicEvent = (ids: Ids, eventId: string) => `/fi/plans/${ids.publicPlan}/events/${eventId}`;
/** Another organisation's people are told the buyer's pages are not there. */
const notThere = { status: 404 };

export const eventRows: Check[] = [
  {
    route: ":lang/workspace/plans/:id/events",
    what: "the plan's events and the new-event form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: workspace(ids) }),
    success: { status: 200, contains: 'id="event-create"' },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events",
    what: "create a new event",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: workspace(ids),
      form: {
        kind: "workshop",
        format: "on-site",
        "title.fi": "Matriisin uusi työpaja",
        "agenda.fi": "Ohjelma",
        address: "Kaupungintalo",
        startsAt: wallClock(40 * day),
        endsAt: wallClock(40 * day + 3_600_000),
        language: "fi",
        capacity: "20",
        registrationClosesAt: wallClock(39 * day),
      },
    }),
    success: { status: 302, location: new RegExp(`/events/${uuid}\\?done=created$`) },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events/:eventId",
    what: "an event with the registrations and their accessibility and diet needs",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${eventIds.event}` }),
    success: { status: 200, contains: eventNeeds },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events/:eventId",
    what: "edit an event",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("draft")}`,
      form: {
        intent: "save",
        kind: "webinar",
        format: "online",
        "title.fi": "Matriisin muokattu tilaisuus",
        "agenda.fi": "Ohjelma",
        onlineUrl: eventLink,
        startsAt: wallClock(41 * day),
        endsAt: wallClock(41 * day + 3_600_000),
        language: "fi-sv",
        capacity: "30",
        registrationClosesAt: wallClock(40 * day),
      },
    }),
    success: { status: 302, location: /\?done=saved$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events/:eventId",
    what: "publish a draft event to every company",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("draft")}`,
      form: { intent: "publish" },
    }),
    success: { status: 302, location: /\?done=published$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events/:eventId",
    what: "cancel an event (confirmed)",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("cancellable")}`,
      form: { intent: "cancel", confirm: "yes" },
    }),
    success: { status: 302, location: /\?done=cancelled$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/events/:eventId",
    what: "publish a held event's minutes and materials to everyone",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${eventIds.heldEvent}`,
      form: { intent: "minutes", "minutes.fi": "Matriisin muistio", "materials.fi": "Diat" },
    }),
    success: { status: 302, location: /\?done=minutes$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/events/:eventId",
    what: "a published event's page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: publicEvent(ids, eventIds.event) }),
    success: { status: 200, contains: 'id="event-facts"' },
  },
  {
    route: ":lang/plans/:id/events/:eventId",
    what: "the event's online link only for companies with a seat and the buyer",
    allowed: [...companies, ...managers],
    request: (ids) => ({ method: "GET", path: publicEvent(ids, eventIds.event) }),
    success: { status: 200, contains: eventLink },
    refusedSignedIn: { status: 200, lacks: eventLink },
    refusedAnonymous: { status: 200, lacks: eventLink },
  },
  {
    route: ":lang/plans/:id/events/:eventId",
    what: "the public event page shows a registration's needs only to its own company",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: publicEvent(ids, eventIds.event) }),
    success: { status: 200, contains: eventNeeds },
    refusedSignedIn: { status: 200, lacks: eventNeeds },
    refusedAnonymous: { status: 200, lacks: eventNeeds },
  },
  {
    route: ":lang/plans/:id/events/:eventId",
    what: "register the company for an event",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: publicEvent(ids, next("published")),
      form: { intent: "register", attendeeCount: "1", attendees: "", needs: "" },
    }),
    success: { status: 302, location: /\?done=confirmed$/ },
  },
  {
    route: ":lang/plans/:id/events/:eventId",
    what: "cancel the company's registration",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: publicEvent(ids, next("registered")),
      form: { intent: "cancel" },
    }),
    success: { status: 302, location: /\?done=cancelled$/ },
    // Only a company's representative has a registration to cancel.
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/events/:eventId/registration.ics",
    what: "the calendar file of the company's registration",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `${publicEvent(ids, eventIds.event)}/registration.ics` }),
    success: { status: 200, contains: "BEGIN:VCALENDAR" },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/events",
    what: "the public event calendar",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/events?kind=info-session" }),
    success: { status: 200, contains: 'id="events-list"' },
  },
  {
    route: "/api/v1/events.ics",
    what: "the public iCalendar feed of events, without online links or needs",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/events.ics" }),
    success: { status: 200, contains: "BEGIN:VCALENDAR" },
  },
  {
    route: "/api/v1/events.ics",
    what: "the event feed never carries the online link or the needs",
    allowed: [],
    request: () => ({ method: "GET", path: "/api/v1/events.ics" }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: eventLink },
    refusedAnonymous: { status: 200, lacks: eventNeeds },
  },
];
