import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { type RfiAnswerValue, type RfiQuestionKind, rfiAnswerText } from "../modules/dialogue/index.ts";
import { TranslatedText } from "./translated-text.tsx";

// The buyer's reading of a request's responses: by question (each question with every company's
// answer) and by company (each company's whole response). Business secrets are marked as such.

type Question = { id: string; kind: RfiQuestionKind; text: TextByLanguage; options: TextByLanguage[] };
type Answer = { value: RfiAnswerValue; isBusinessSecret: boolean; file: { name: string } | null };
type Response = {
  id: string;
  company: string;
  lastEditor: string | null;
  updatedAt: string | Date;
  answers: Record<string, Answer>;
};

function AnswerText({
  question,
  answer,
  locale,
  fileUrl,
}: {
  question: Question;
  answer: Answer | undefined;
  locale: Locale;
  fileUrl: string;
}) {
  const { t } = useTranslation();
  const text = rfiAnswerText(question, answer, locale, t);
  if (!text) return <span className="muted">{t("rfi.noAnswer")}</span>;
  return (
    <>
      {answer?.isBusinessSecret ? (
        <strong className="rfi-secret">{`${t("rfi.businessSecretMark")} `}</strong>
      ) : null}
      {question.kind === "file" ? (
        <a href={fileUrl} download>
          {text}
        </a>
      ) : (
        <span className="wrap">{text}</span>
      )}
    </>
  );
}

/** Both views of the responses, with links to download answer files. */
export function RfiResponses({
  locale,
  questions,
  responses,
  fileUrl,
}: {
  locale: Locale;
  questions: Question[];
  responses: Response[];
  fileUrl: (responseId: string, questionId: string) => string;
}) {
  const { t } = useTranslation();
  if (responses.length === 0) return <Paragraph>{t("rfi.noResponses")}</Paragraph>;
  return (
    <>
      <Heading variant="h3" id="rfi-by-question" mt="m" mb="s">
        {t("rfi.byQuestion")}
      </Heading>
      <ol className="rfi-answers">
        {questions.map((question) => (
          <li key={question.id}>
            <strong>
              <TranslatedText value={question.text} locale={locale} />
            </strong>
            <ul>
              {responses.map((response) => (
                <li key={response.id}>
                  {`${response.company}: `}
                  <AnswerText
                    question={question}
                    answer={response.answers[question.id]}
                    locale={locale}
                    fileUrl={fileUrl(response.id, question.id)}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <Heading variant="h3" id="rfi-by-company" mt="m" mb="s">
        {t("rfi.byCompany")}
      </Heading>
      {responses.map((response) => (
        <section key={response.id} aria-labelledby={`rfi-response-${response.id}`}>
          <Heading variant="h4" id={`rfi-response-${response.id}`} mt="s" mb="xs">
            {response.company}
          </Heading>
          <p className="muted">
            {t("rfi.lastSaved", {
              name: response.lastEditor ?? "–",
              time: formatDate(locale, new Date(response.updatedAt), true),
            })}
          </p>
          <dl className="rfi-answers">
            {questions.map((question) => (
              <div key={question.id}>
                <dt>
                  <TranslatedText value={question.text} locale={locale} />
                </dt>
                <dd>
                  <AnswerText
                    question={question}
                    answer={response.answers[question.id]}
                    locale={locale}
                    fileUrl={fileUrl(response.id, question.id)}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
