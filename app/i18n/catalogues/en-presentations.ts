import type { Catalogue } from "./catalogue.ts";
import type { fiPresentations } from "./fi-presentations.ts";

// Part of the en catalogue (en.ts puts the parts together): the keys of fi-presentations.ts.
export const enPresentations = {
  presentations: {
    nav: "Presentations",
    inboxNav: "Received presentations",
    inboxNavNew_one: "{{count}} new",
    inboxNavNew_other: "{{count}} new",
    presentLink: "Present your services",
    sentTitle: "Sent presentations",
    sentIntro:
      "In a presentation you tell contracting authorities what your company offers and which needs it answers. Here you see where the presentation stands with each recipient, and you can continue the conversation through the replies.",
    newLink: "New presentation",
    noneSent: "Your company has not sent any presentations yet.",
    sentCaption: "Sent presentations ({{count}})",
    columns: {
      title: "Presentation",
      sent: "Sent",
      recipients: "Recipients and state",
      company: "Company",
      received: "Received",
      state: "State",
      messages: "Messages",
    },
    recipientState: "{{organisation}}: {{state}}",
    messageCount_one: "{{count}} message",
    messageCount_other: "{{count}} messages",
    newTitle: "Present your services",
    newIntro_one:
      "Send contracting authorities a structured presentation of your company's services. Each recipient sees it among its received presentations and can reply. A company can send at most {{count}} presentation in 24 hours.",
    newIntro_other:
      "Send contracting authorities a structured presentation of your company's services. Each recipient sees it among its received presentations and can reply. A company can send at most {{count}} presentations in 24 hours.",
    fields: {
      title: "Title",
      titleHint: "E.g. “Cleaning of schools with Nordic Swan labelled products”",
      offering: "What we offer",
      offeringHint: "Describe the service or product, its scope and what makes it stand out.",
      needs: "Which needs it answers",
      needsHint:
        "Tell which needs of a contracting authority your offer fits. You can also name a public procurement plan below.",
      cpv: "CPV codes",
      cpvHint:
        "Search for CPV codes that describe what you present by a word, e.g. cleaning, or by the code. Choose at most {{max}}.",
      recipients: "Recipients",
      recipientsOther: "Other contracting authorities",
      recipientsChosen_one: "{{count}} chosen",
      recipientsChosen_other: "{{count}} chosen",
      recipientsHint: "Choose one or more contracting authorities (at most {{count}}).",
      planId: "Procurement plan the presentation answers (optional)",
      planIdHint: "The address or id of a public plan in the forward plan.",
      language: "Language of the presentation",
      files: "Attachments (optional)",
      filesHint_one:
        "PDF, DOCX, XLSX or ODT, at most {{count}} file of at most {{max}}. The type is checked from the content.",
      filesHint_other:
        "PDF, DOCX, XLSX or ODT, at most {{count}} files, each at most {{max}} and {{total}} together. The type is checked from the content.",
    },
    submit: "Send the presentation",
    sent: "The presentation has been sent.",
    filesAgain_one:
      "The search does not keep the file you chose: choose the attachment again before sending.",
    filesAgain_other:
      "The search does not keep the files you chose: choose the {{count}} attachments again before sending.",
    notSent: "The presentation was not sent. Correct the points listed below.",
    languages: {
      fi: "Finnish",
      sv: "Swedish",
      en: "English",
    },
    states: {
      new: "New",
      reviewed: "Reviewed",
      linked: "Linked to a plan",
      archived: "Archived",
    },
    detail: {
      from: "From",
      sentAt: "Sent {{date}}",
      offering: "What we offer",
      needs: "Which needs",
      cpv: "CPV codes",
      plan: "Procurement plan the presentation answers",
      attachments: "Attachments",
      companyProfile: "Company profile",
      recipients: "Recipients",
      linkedPlan: "Linked to the plan: ",
      back: "Back to sent presentations",
    },
    thread: {
      title: "Messages: {{organisation}}",
      none: "No messages yet.",
      fromBuyer: "{{name}}, {{organisation}}",
      fromCompany: "{{name}}, {{company}}",
      replyLabel: "Reply",
      replyLabelTo: "Reply: {{organisation}}",
      replySubmit: "Send the reply",
      replySubmitTo: "Send the reply: {{organisation}}",
      replied: "The reply has been sent.",
    },
    inbox: {
      title: "Received presentations",
      intro:
        "Here companies present their services to your organisation. Mark a presentation reviewed, link it to a procurement plan or archive it. Your reply goes to the company's users by e-mail.",
      filterTitle: "Filter by state",
      filterState: "State",
      all: "All ({{count}})",
      stateCount: "{{state}} ({{count}})",
      apply: "Show",
      caption: "Received presentations ({{count}})",
      empty: "No presentations with this filter.",
      back: "Back to received presentations",
    },
    state: {
      title: "Handling",
      label: "State",
      plan: "Plan to link the presentation to",
      planHint: "Choose when the state is “Linked to a plan”.",
      noPlan: "No plan",
      submit: "Save the state",
      saved: "The state has been saved.",
      readOnly:
        "You can read presentations. Your organisation's procurement experts change states and reply.",
    },
    errors: {
      cpv: "Give at least one CPV code.",
      tooManyCodes: "At most 10 CPV codes.",
      recipients: "Choose at least one contracting authority as a recipient.",
      tooManyRecipients: "At most 30 recipients per presentation.",
      plan: "No public procurement plan was found. Check the address or leave the field empty.",
      linkPlan: "Choose your organisation's plan to link the presentation to.",
      tooManyFiles: "A presentation can have at most 5 attachments.",
      fileTooLarge: "The attachment is too large. One attachment can be at most 5 MB.",
      filesTooLarge: "The attachments are too large together. Their total size can be at most 10 MB.",
      rateLimited:
        "Your company has already sent the most presentations allowed in 24 hours (20). Please try again tomorrow.",
      unreadable: "The form could not be read. Please try again.",
    },
    mail: {
      receivedSubject: "New presentation of services: {{company}}",
      receivedMessage:
        "{{company}} has sent your organisation {{organisation}} a presentation of its services, “{{title}}”.\n\nRead it and reply among the received presentations on Hankintasilta.",
      buyerRepliedSubject: "{{organisation}} replied to your presentation",
      buyerRepliedMessage:
        "{{organisation}} has replied to the presentation “{{title}}” from {{company}}.\n\nRead the reply and continue the conversation on Hankintasilta.",
      companyRepliedSubject: "{{company}} replied about a presentation",
      companyRepliedMessage:
        "{{company}} has written a new message about the presentation “{{title}}” it sent to {{organisation}}.\n\nRead the message on Hankintasilta.",
      open: "Open the presentation",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiPresentations>;
