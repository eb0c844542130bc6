import { and, eq } from "drizzle-orm";
import { accountsUser } from "../../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { recordContact } from "../../../app/modules/dialogue/record-contact.server.ts";
import { contactFormSchema } from "../../../app/modules/dialogue/record-schemas.ts";
import { dialogueSurveyInvitation } from "../../../app/modules/dialogue/record-tables.ts";
import { listMemberships } from "../../../app/modules/organisations/memberships.server.ts";
import type { Services } from "../../../app/services.ts";
import { type Check, type Ids, type Role, roleAccounts } from "./types.ts";

// The level-playing-field record's own pages (issue 13 points 6 and 7): the PDF files, the buyer's
// contact register and the survey of companies that took no part. The register holds one contact
// whose confidential texts no public page or file may show, and a pool of contacts to remove (each
// allowed role removes its own). The survey is the one the cleaning company was invited to when the
// matrix's closed meeting round (which it did not book) was closed.
const companies: Role[] = ["company-admin", "company-member"];
const managers: Role[] = ["buyer-admin", "buyer", "platform-admin"];
const uuid = "[0-9a-f-]{36}";
export const contactSecret = "Matriisin luottamuksellinen markkinakontakti";
export const conflictSecret = "Matriisin sidonnaisuusilmoitus";
const contactSummary = "Matriisin julkinen kontaktikuvaus";

const removable: string[] = [];
let removed = 0;

const contactForm = {
  kind: "meeting",
  occurredAt: "2026-10-01T10:00",
  organisationName: "Matriisin Konsultointi Oy",
  ourParticipants: "Hankinta-asiantuntija",
  theirParticipants: "Myyntijohtaja",
  sharedMaterial: contactSecret,
  conflictOfInterest: conflictSecret,
  publicSummary: contactSummary,
};

/** The contacts and the survey the rows below use, on the public plan. */
export async function createMatrixRecord(
  services: Services,
  ids: Pick<Ids, "publicPlan" | "kirkas">,
): Promise<Pick<Ids, "contact" | "surveySubject">> {
  const { db } = services.database;
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, roleAccounts.buyer));
  if (!user) throw new Error("no demo buyer");
  const memberships = await listMemberships(db, user.id);
  const buyer: Viewer = {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships,
    activeOrganisationId: memberships[0]?.organisationId ?? null,
  };
  const add = async () => {
    const recorded = await recordContact({
      services,
      viewer: buyer,
      planId: ids.publicPlan,
      input: contactFormSchema.parse(contactForm),
    });
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.errors));
    return recorded.contactId;
  };
  const contact = await add();
  // Every role's request takes the next one (refused ones too), and so does the completeness check.
  for (let i = 0; i < 12; i += 1) removable.push(await add());
  const [invitation] = await db
    .select({ subjectId: dialogueSurveyInvitation.subjectId })
    .from(dialogueSurveyInvitation)
    .where(
      and(
        eq(dialogueSurveyInvitation.planId, ids.publicPlan),
        eq(dialogueSurveyInvitation.organisationId, ids.kirkas),
      ),
    );
  if (!invitation) throw new Error("the cleaning company was not invited to a survey");
  return { contact, surveySubject: invitation.subjectId };
}

const contacts = (ids: Ids) => `/fi/workspace/plans/${ids.publicPlan}/contacts`;
const survey = (ids: Ids) => `/fi/plans/${ids.publicPlan}/survey/${ids.surveySubject}`;
const notThere = { status: 404 };

export const recordRows: Check[] = [
  {
    route: ":lang/plans/:id/dialogue.pdf",
    what: "the public version of the record as a PDF file",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/dialogue.pdf` }),
    success: { status: 200, contains: "%PDF-" },
  },
  {
    route: ":lang/workspace/plans/:id/dialogue.pdf",
    what: "the buyer's version of the record as a PDF file",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.publicPlan}/dialogue.pdf` }),
    success: { status: 200, contains: "%PDF-" },
  },
  {
    route: ":lang/plans/:id/dialogue.html",
    what: "the public record file never shows a contact's confidential texts",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/dialogue.html` }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: contactSecret },
    refusedAnonymous: { status: 200, lacks: conflictSecret },
  },
  {
    route: ":lang/workspace/plans/:id/contacts",
    what: "the plan's register of pre-market contacts and its form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: contacts(ids) }),
    success: { status: 200, contains: contactSecret },
  },
  {
    route: ":lang/workspace/plans/:id/contacts",
    what: "record a pre-market contact",
    allowed: managers,
    request: (ids) => ({ method: "POST", path: contacts(ids), form: contactForm }),
    success: { status: 302, location: new RegExp(`/contacts\\?saved=1#contact-${uuid}$`) },
  },
  {
    route: ":lang/workspace/plans/:id/contacts/:contactId",
    what: "a pre-market contact's edit form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${contacts(ids)}/${ids.contact}` }),
    success: { status: 200, contains: conflictSecret },
  },
  {
    route: ":lang/workspace/plans/:id/contacts/:contactId",
    what: "correct a pre-market contact",
    allowed: managers,
    request: (ids) => ({ method: "POST", path: `${contacts(ids)}/${ids.contact}`, form: contactForm }),
    success: { status: 302, location: new RegExp(`/contacts\\?saved=1#contact-${uuid}$`) },
  },
  {
    route: ":lang/workspace/plans/:id/contacts/:contactId/remove",
    what: "the confirmation before a pre-market contact is removed",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${contacts(ids)}/${ids.contact}/remove` }),
    success: { status: 200, contains: 'id="contact-remove-submit"' },
  },
  {
    route: ":lang/workspace/plans/:id/contacts/:contactId/remove",
    what: "remove a pre-market contact",
    allowed: managers,
    request: (ids) => {
      const contactId = removable[removed % removable.length] ?? "";
      removed += 1;
      return { method: "POST", path: `${contacts(ids)}/${contactId}/remove`, form: {} };
    },
    success: { status: 302, location: /\/contacts\?removed=1$/ },
  },
  {
    route: ":lang/plans/:id/survey/:subjectId",
    what: "the survey for a company that followed the plan but took no part",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: survey(ids) }),
    success: { status: 200, contains: "Miksi ette osallistuneet?" },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/survey/:subjectId",
    what: "answer the survey, once per company",
    allowed: companies,
    request: (ids) => ({ method: "POST", path: survey(ids), form: { "barrier-timetable": "on" } }),
    success: { status: 302, location: new RegExp(`/survey/${uuid}(\\?answered=1)?$`) },
    refusedSignedIn: notThere,
  },
];
