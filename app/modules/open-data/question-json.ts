import type { PublishedQuestion } from "../dialogue/index.server.ts";

// The public JSON of a published question and its answer: every field named here. The original wording,
// the asking person and an anonymous asker's company never reach it.

export function questionJson(question: PublishedQuestion) {
  return {
    id: question.id,
    question: question.question,
    answer: question.answer,
    company: question.company,
    publishedAt: question.publishedAt,
  };
}
