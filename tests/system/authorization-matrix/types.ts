export type Role =
  | "anonymous"
  | "resident"
  | "buyer-admin"
  | "buyer"
  | "leadership"
  | "company-admin"
  | "company-member"
  | "advisor"
  | "platform-admin";

export const roleAccounts: Record<Exclude<Role, "anonymous">, string> = {
  resident: "kuntalainen@example.fi",
  "buyer-admin": "hankinnat@espoo.example",
  buyer: "asiantuntija@espoo.example",
  leadership: "johto@espoo.example",
  "company-admin": "yrittaja@kirkas.example",
  "company-member": "myynti@kirkas.example",
  advisor: "neuvoja@neuvonta.example",
  "platform-admin": "admin@hankintasilta.example",
};
export const allRoles = ["anonymous", ...Object.keys(roleAccounts)] as Role[];
export const signedIn = allRoles.filter((role) => role !== "anonymous");
export const espooStaff: Role[] = ["buyer-admin", "buyer", "leadership"];

export type Check = {
  /**
   * The route pattern from app/routes.ts this row covers, or the OpenAPI path under /api/v1 (with the
   * prefix, e.g. `/api/v1/plans/{id}`). With the request's method and form intent it names the action.
   */
  route: string;
  what: string;
  allowed: Role[] | "everyone";
  request: (ids: Ids) => {
    method: "GET" | "POST" | "PATCH";
    path: string;
    form?: Record<string, string>;
    /** Sent as multipart/form-data with the form's fields. */
    files?: Record<string, File>;
  };
  /** The request ends the session it is sent with (log-out): it gets a session of its own. */
  ownSession?: true;
  /** How an allowed request looks: a status, or a status plus a text on the page. */
  success: { status: number; contains?: string; location?: RegExp };
  /** How a refusal looks for a signed-in person, when not 403 (e.g. the visitor-only pages redirect). */
  refusedSignedIn?: { status: number; location?: RegExp; lacks?: string };
  refusedAnonymous?: { status: number; location?: RegExp; lacks?: string };
};
export type Ids = {
  espoo: string;
  kirkas: string;
  plan: string;
  publicPlan: string;
  draftPlan: string;
  internalPlan: string;
  /** A PDF attached to the public plan, and one attached to `plan` (a draft). */
  publicAttachment: string;
  draftAttachment: string;
  /** The company administrator's watches: one to read and change, one to delete. */
  watch: string;
  spareWatch: string;
  /** A notification of the company administrator's watch, about the public plan. */
  notification: string;
  /** The catering company's partner request on the public plan, and the cleaning company's thread on it. */
  partnerRequest: string;
  partnerThread: string;
  /** A presentation from the cleaning company to Espoo and Porvoo, Espoo's copy of it, and its PDF. */
  presentation: string;
  espooInboxItem: string;
  presentationAttachment: string;
  /** Espoo's pending invitations: one to an address no role has, one to the resident. */
  invitation: string;
  residentInvitation: string;
  /** An open meeting round on the public plan the cleaning company has booked, and a closed one with a summary. */
  meetingRound: string;
  meetingBooking: string;
  closedMeetingRound: string;
  /** Drafts for comment on the public plan: one being prepared (and its section), one open, one closed. */
  buildingDraft: string;
  buildingSection: string;
  openDraft: string;
  openDraftSection: string;
  closedDraft: string;
  /** A pre-market contact in Espoo's register of the public plan, and the survey the cleaning company got. */
  contact: string;
  surveySubject: string;
};
