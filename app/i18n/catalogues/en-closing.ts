import type { fiClosing } from "./fi-closing.ts";

// Part of the en catalogue (en.ts puts the parts together): closing an organisation (ADR 029).
export const enClosing: typeof fiClosing = {
  closeOrganisation: {
    link: "Close the organisation",
    title: "Close the organisation {{name}}",
    intro:
      "Closing the organisation removes it from the service for good. It cannot be undone. The members' own user accounts stay.",
    removedTitle: "What is removed",
    removedIntro: "The organisation and everything that belongs to it, with attachments and message threads:",
    keptTitle: "What is kept",
    kept: {
      audit: "The audit log of the organisation's events (who did what and when, without personal data).",
      mails: "E-mails already sent stay with their recipients.",
      accounts: "The members' user accounts. Each member can delete their own account separately.",
      plans: "Published procurement plans: an organisation that has any cannot be closed.",
    },
    parts: {
      organisations_member: "Memberships",
      organisations_invitation: "Invitations",
      api_token: "API tokens",
      companies_profile: "Company profile with contact persons",
      presentations_presentation: "Presentations of services sent",
      presentations_recipient: "Presentations of services received",
      partners_request: "Partner requests",
      partners_thread: "Contacts to other companies' partner requests",
      partners_message: "Partner request messages",
      dialogue_meeting_booking: "The company's meeting bookings (the bookings are removed)",
      dialogue_question:
        "The company's questions about procurements (published questions stay, without the company's name)",
      dialogue_step: "The company's part in the market dialogue record (the entries stay, without the name)",
      dialogue_survey_invitation:
        "The company's invitations to market dialogue surveys (the anonymous answers stay)",
      dialogue_contact:
        "Entries in contracting authorities' registers of pre-market contacts (the entries stay, no longer linked to the company)",
      dialogue_draft_comment:
        "The company's comments on draft tender documents (published comments stay without its name)",
      dialogue_event: "Market dialogue events the organisation holds",
      dialogue_event_registration: "The company's event registrations",
      dialogue_rfi_response: "The company's responses to requests for information",
      interest_plan_company: "Interest marks",
      plans_plan: "Procurement plans never published",
      plans_participant: "Participation in other organisations' joint procurements",
      other: "Other data ({{table}})",
    },
    count: "{{label}}: {{count}}",
    refusedPublished:
      "The organisation cannot be closed because it has published procurement plans. They are public records. Appoint another administrator or contact the platform's administrator.",
    confirmName: "Type the organisation's name to confirm",
    submit: "Close the organisation for good",
    cancel: "Cancel",
    wrongName: "The name does not match the organisation's name.",
    hasPublishedPlans: "The organisation has published procurement plans, so it cannot be closed.",
    closed: "The organisation was closed. You can now delete your account if you wish.",
    lastAdminHint: "You can also close the organisation on its page if it is no longer needed.",
  },
};
