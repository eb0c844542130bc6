import { eq } from "drizzle-orm";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { presentationSchema } from "../../../app/modules/presentations/schemas.ts";
import { sendPresentation } from "../../../app/modules/presentations/send-presentation.server.ts";
import {
  presentationsAttachment,
  presentationsRecipient,
} from "../../../app/modules/presentations/tables.ts";
import type { Services } from "../../../app/services.ts";
import { samplePdf } from "../../../app/test/attachment-files.ts";
import { type Check, espooStaff, type Ids, type Role } from "./types.ts";

// Presentations: the company's sent list, form and thread; the buyers' inbox; the files.
const companyMembers: Role[] = ["company-admin", "company-member"];
const buyerHandlers: Role[] = ["buyer-admin", "buyer"];
const title = "Matriisin esittely";

/** A presentation from the cleaning company to Espoo and Porvoo with one PDF, for the rows below. */
export async function createMatrixPresentation(services: Services, ids: Pick<Ids, "kirkas" | "espoo">) {
  const { db } = services.database;
  const porvoo = await db.query.organisationsOrganisation.findFirst({
    where: (o, { eq }) => eq(o.slug, "porvoo"),
  });
  const sender: Viewer = {
    userId: "matrix-kirkas",
    name: "Matriisi",
    email: "matrix@kirkas.example",
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [{ organisationId: ids.kirkas, name: "Kirkas", kind: "company", role: "company-admin" }],
    activeOrganisationId: ids.kirkas,
  };
  const sent = await sendPresentation({
    services,
    viewer: sender,
    companyId: ids.kirkas,
    input: presentationSchema.parse({
      title,
      offering: "Siivousta.",
      needs: "Koulut.",
      cpv: ["90910000"],
      recipients: [ids.espoo, porvoo?.id ?? ""],
    }),
    files: [{ name: "Matriisi.pdf", bytes: samplePdf("Matriisin esittely") }],
  });
  if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
  const recipients = await db
    .select()
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.presentationId, sent.presentationId));
  const [file] = await db
    .select({ id: presentationsAttachment.id })
    .from(presentationsAttachment)
    .where(eq(presentationsAttachment.presentationId, sent.presentationId));
  return {
    presentation: sent.presentationId,
    espooInboxItem: recipients.find((r) => r.organisationId === ids.espoo)?.id ?? "",
    presentationAttachment: file?.id ?? "",
  };
}

export const presentationRows: Check[] = [
  {
    route: ":lang/presentations",
    what: "the company's sent presentations",
    allowed: companyMembers,
    request: () => ({ method: "GET", path: "/fi/presentations" }),
    success: { status: 200, contains: title },
  },
  {
    route: ":lang/presentations/new",
    what: "the new-presentation form",
    allowed: companyMembers,
    request: () => ({ method: "GET", path: "/fi/presentations/new" }),
    success: { status: 200, contains: 'id="presentation-title"' },
  },
  {
    route: ":lang/presentations/new",
    what: "send a presentation to Espoo",
    allowed: companyMembers,
    request: (ids) => ({
      method: "POST",
      path: "/fi/presentations/new",
      form: {
        title: "Uusi esittely",
        offering: "Siivousta.",
        needs: "Koulut.",
        cpv: "90910000",
        recipients: ids.espoo,
      },
    }),
    success: { status: 302, location: /\/fi\/presentations\/[0-9a-f-]{36}\?sent=1$/ },
  },
  {
    route: ":lang/presentations/:id",
    what: "a sent presentation and its threads (unknown to everyone else)",
    allowed: companyMembers,
    request: (ids) => ({ method: "GET", path: `/sv/presentations/${ids.presentation}` }),
    success: { status: 200, contains: title },
    refusedSignedIn: { status: 404 },
    refusedAnonymous: { status: 302, location: /\/sv\/login\?next=/ },
  },
  {
    route: ":lang/presentations/:id",
    what: "the company's reply in Espoo's thread",
    allowed: companyMembers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/presentations/${ids.presentation}`,
      form: { intent: "reply", recipientId: ids.espooInboxItem, body: "Kiitos!" },
    }),
    success: { status: 302, location: /replied=/ },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/presentations/:id/attachments/:attachmentId",
    what: "a presentation's file (the company and the recipients' buyers)",
    allowed: [...companyMembers, ...espooStaff],
    request: (ids) => ({
      method: "GET",
      path: `/fi/presentations/${ids.presentation}/attachments/${ids.presentationAttachment}`,
    }),
    success: { status: 200, contains: "%PDF" },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/organisations/:id/inbox",
    what: "Espoo's received presentations",
    allowed: espooStaff,
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/inbox?state=new` }),
    success: { status: 200, contains: title },
  },
  {
    route: ":lang/organisations/:id/inbox/:recipientId",
    what: "a presentation in Espoo's inbox",
    allowed: espooStaff,
    request: (ids) => ({ method: "GET", path: `/en/organisations/${ids.espoo}/inbox/${ids.espooInboxItem}` }),
    success: { status: 200, contains: title },
    refusedAnonymous: { status: 302, location: /\/en\/login\?next=/ },
  },
  {
    route: ":lang/organisations/:id/inbox/:recipientId",
    what: "change the state of a presentation in Espoo's inbox",
    allowed: buyerHandlers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/inbox/${ids.espooInboxItem}`,
      form: { intent: "state", state: "reviewed" },
    }),
    success: { status: 302, location: /\?saved=1$/ },
  },
  {
    route: ":lang/organisations/:id/inbox/:recipientId",
    what: "reply to a presentation in Espoo's inbox",
    allowed: buyerHandlers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/inbox/${ids.espooInboxItem}`,
      form: { intent: "reply", body: "Kiitos esittelystä." },
    }),
    success: { status: 302, location: /\?replied=1/ },
  },
];
