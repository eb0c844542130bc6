import type { Catalogue } from "./catalogue.ts";
import type { fiInterest } from "./fi-interest.ts";

// Part of the en catalogue (en.ts puts the parts together): the keys of fi-interest.ts.
export const enInterest = {
  interest: {
    title: "Companies' interest",
    count: "Interested companies: {{count}}.",
    countNone: "No company has expressed interest yet.",
    button: "We are interested",
    withNoteLink: "Add a message to the contracting authority",
    youAreInterested: "Your company has expressed interest in this procurement.",
    editLink: "Edit the message or withdraw your interest",
    seeCompaniesLink: "Show the interested companies in the workspace",
    saved:
      "Your interest has been saved. The contracting authority sees your company profile and your message.",
    withdrawn: "Your interest has been withdrawn.",
    pageTitle: "We are interested",
    pageIntro:
      "Tell the contracting authority that your company follows this procurement and may tender. The authority sees your company's name, company profile, contact persons and your message; everyone else sees only how many companies are interested.",
    note: "Message to the contracting authority (optional)",
    noteHint:
      "At most {{max}} characters. For example, what you could offer or what you would like the call for tenders to consider.",
    saveNote: "Save the message",
    withdrawTitle: "Withdraw interest",
    withdrawIntro: "Your company's name and message are removed from the contracting authority's list.",
    withdraw: "Withdraw interest",
    companiesTitle: "Interested companies",
    noCompanies: "No company has expressed interest yet.",
    since: "Interested since {{date}}",
    offering: "Offering",
    myInterests: "Procurements we are interested in",
    noInterests: "You have not expressed interest in any procurement yet.",
  },
  partners: {
    board: {
      title: "Open partner requests",
      link: "Browse other companies' open partner requests",
      intro:
        "Other companies' open partner requests on public procurement plans, newest first. Narrow them down by CPV code, region or plan.",
      cpv: "CPV code",
      cpvHint: "An eight-digit code, e.g. 90910000. Its sub-codes are included.",
      region: "Region",
      anyRegion: "All regions",
      submit: "Show requests",
      planOnly: "Only the partner requests of the plan “{{title}}” are shown.",
      planUnknown: "Only the partner requests of one plan are shown.",
      allPlans: "Show the requests of all plans",
      empty: "No open partner requests match your choices.",
      resultCount_one: "{{count}} open partner request found.",
      resultCount_other: "{{count}} open partner requests found.",
      plan: "Procurement: {{title}} ({{organisation}})",
      lot: "Lot {{number}}: {{title}}",
    },
    nav: "Partner search",
    title: "Partner search",
    planIntro:
      "Companies looking for partners for a joint tender or subcontracting. Get in touch through the service: contact details are shown only once the company that posted the request replies.",
    none: "There are no open partner requests for this procurement.",
    openLink: "Read more and get in touch: {{company}}",
    newLink: "Post a partner request",
    kinds: {
      offering: {
        "joint-tender": "offers to join a joint tender",
        subcontracting: "offers to subcontract",
      },
      seeking: {
        "joint-tender": "seeks a partner for a joint tender",
        subcontracting: "seeks a subcontractor",
      },
    },
    kindNames: {
      "joint-tender": "Joint tender",
      subcontracting: "Subcontracting",
    },
    directions: {
      seeking: "We are looking for a partner",
      offering: "We offer our expertise",
    },
    fields: {
      direction: "Are you looking or offering?",
      kind: "Form of cooperation",
      lot: "Lot",
      description: "Description",
    },
    wholePlan: "The whole procurement",
    descriptionHint:
      "Describe the expertise or capacity you are looking for or offering, and where. At most {{max}} characters. Do not write contact details here: the description is public.",
    publish: "Post the partner request",
    newTitle: "New partner request",
    newIntro:
      "The partner request is shown to everyone on the plan's page under your company's name. Other companies contact you through the service, and you get an e-mail notification.",
    requestTitle: "Partner request",
    created: "The partner request has been posted.",
    closed:
      "The partner request has been closed. It no longer appears on the procurement's page, but conversations already started continue.",
    postedOn: "Posted {{date}}",
    statusOpen: "open",
    statusClosed: "closed",
    openOwnThread: "Open your company's thread about this request",
    contactTitle: "Contact {{company}}",
    contactIntro_one:
      "Your message and your company's name are passed on to the company that posted the request. Your names and e-mail addresses are shown to both sides only once it replies. A company can start at most {{count}} new conversation a day.",
    contactIntro_other:
      "Your message and your company's name are passed on to the company that posted the request. Your names and e-mail addresses are shown to both sides only once it replies. A company can start at most {{count}} new conversations a day.",
    message: "Message",
    send: "Send the message",
    sent: "The message has been sent.",
    logInToContact: "Log in as a company representative to get in touch",
    threadsTitle: "Contacts",
    noThreads: "No threads yet.",
    messageCount_one: "{{count}} message",
    messageCount_other: "{{count}} messages",
    threadCount_one: "{{count}} conversation",
    threadCount_other: "{{count}} conversations",
    closeIntro:
      "Close the request once you have found a partner. It is removed from the procurement's page and no new contacts arrive.",
    close: "Close the partner request",
    threadTitle: "Thread",
    threadWith: "Conversation: {{company}}",
    hiddenForPoster:
      "You will see the name and e-mail address of the contact person at {{company}} once you reply. At the same time, they will see your contact details.",
    hiddenForContacting:
      "The contact details of {{company}} are shown once it replies to your message. Until then, they see only your company's name and the message.",
    replyTitle: "Reply",
    replyRevealsYou: "When you reply, your name and e-mail address are shown to {{company}}.",
    overviewTitle: "Partner search and interests",
    overviewIntro:
      "The partner requests and threads of {{company}}, and the procurements you have expressed interest in. You post a new request on a procurement plan's page.",
    findPlans: "Browse the forward procurement plan",
    myRequests: "Our partner requests",
    noRequests: "You have not posted any partner requests.",
    myThreads: "Threads",
    errors: {
      kind: "Choose the form of cooperation.",
      direction: "Choose whether you are looking for a partner or offering your expertise.",
      descriptionShort: "Write at least 20 characters in the description.",
      messageRequired: "Write a message.",
      rateLimited:
        "Your company has already started 20 new conversations in the past 24 hours. You can continue existing conversations now and contact new requests tomorrow.",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiInterest>;
