// The browser-safe surface of the mail module: rendering and template types (ADR 030).

export { type RenderedMail, renderMail } from "./render-mail.ts";
export type { MailRequest, MailTemplateName } from "./templates/index.ts";
export { type MailTopicKind, mailTopicKind } from "./templates/mail-topics.ts";
