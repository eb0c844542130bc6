import type { PublicDialogue, PublicDialogueKind } from "../dialogue/index.server.ts";
import { isoSeconds, type TextLanguage, translatedFields } from "./ocds-release-fields.ts";

// A plan's public market dialogue in its OCDS planning release: published questions and answers as the
// tender's enquiries (the Enquiries extension), each dated step everyone can take part in as a planning
// milestone of type "engagement", and each summary published after a step as a planning document
// ("marketStudies") whose link is the step's public page. Never who asked, booked or registered.

/** The milestone code of each kind of step (milestone.code is free text; these are ours). */
const milestoneCodes: Record<PublicDialogueKind, string> = {
  "meeting-round": "oneToOneMeetings",
  rfi: "requestForInformation",
  event: "dialogueEvent",
  draft: "draftForComment",
};

/** The dialogue's dated steps as planning milestones, oldest first. */
export function dialogueMilestones(dialogue: PublicDialogue, language: TextLanguage) {
  return dialogue.milestones.map((step) => ({
    id: `${step.kind}-${step.id}`,
    type: "engagement",
    code: milestoneCodes[step.kind],
    ...translatedFields("title", step.title, language),
    ...translatedFields("description", step.description, language),
    dueDate: isoSeconds(step.dueAt),
    ...(step.doneAt
      ? { status: "met", dateMet: isoSeconds(step.doneAt), dateModified: isoSeconds(step.doneAt) }
      : { status: "scheduled" }),
  }));
}

/** The summaries published after dialogue steps as planning documents, linking their public pages. */
export function dialogueDocuments(dialogue: PublicDialogue, language: TextLanguage, publicUrl: string) {
  return dialogue.summaries.map((summary) => ({
    id: `${summary.kind}-summary-${summary.id}`,
    documentType: "marketStudies",
    ...translatedFields("title", summary.title, language),
    ...translatedFields("description", summary.text, language),
    url: `${publicUrl}/${language}${summary.path}`,
    datePublished: isoSeconds(summary.publishedAt),
    format: "text/html",
    language,
  }));
}

/** The published questions and answers as the tender's enquiries; empty when there are none. */
export function dialogueEnquiries(dialogue: PublicDialogue) {
  return dialogue.questions.length > 0
    ? {
        hasEnquiries: true,
        enquiries: dialogue.questions.map((enquiry) => ({
          id: enquiry.id,
          date: enquiry.publishedAt,
          description: enquiry.question,
          answer: enquiry.answer,
          dateAnswered: enquiry.publishedAt,
        })),
      }
    : {};
}
