import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { PlanQuestionsView } from "../modules/dialogue/index.server.ts";

/**
 * The plan page's questions and answers: the published pairs for everyone, the company's own questions
 * with what became of them, and the way to ask (or to answer, for the plan's buyers).
 */
export function PlanQuestions({
  locale,
  planId,
  view,
  signedIn,
}: {
  locale: Locale;
  planId: string;
  view: PlanQuestionsView;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const date = (iso: string) => formatDate(locale, new Date(iso), true);
  return (
    <section aria-labelledby="questions-title" id="questions">
      <Heading variant="h2" id="questions-title" mb="s">
        {t("questions.title")}
      </Heading>
      <Paragraph mb="s">{t("questions.intro")}</Paragraph>
      {view.deadline ? (
        <Paragraph mb="s">
          {t(view.deadlinePassed ? "questions.deadlinePassed" : "questions.deadline", {
            date: date(view.deadline),
          })}
        </Paragraph>
      ) : null}
      {view.published.length === 0 ? (
        <Paragraph mb="s">{t("questions.none")}</Paragraph>
      ) : (
        <ol className="plain-list question-list">
          {view.published.map((item) => (
            <li key={item.id} id={`question-${item.id}`} className="question-item">
              <p className="question-label">{t("questions.question")}</p>
              <p className="wrap">{item.question}</p>
              <p className="question-label">{t("questions.answer")}</p>
              <p className="wrap">{item.answer}</p>
              <p className="muted">
                {item.company ? t("questions.askedBy", { company: item.company }) : t("questions.anonymous")}{" "}
                · {t("questions.publishedOn", { date: date(item.publishedAt) })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {view.own.length > 0 ? (
        <>
          <Heading variant="h3" id="questions-own-title" mt="m" mb="s">
            {t("questions.ownTitle")}
          </Heading>
          <ul className="plain-list question-list">
            {view.own.map((item) => (
              <li key={item.id} className="question-item">
                <p className="wrap">{item.question}</p>
                <p className="muted">
                  {formatDate(locale, new Date(item.createdAt), true)} · {t(`questions.states.${item.state}`)}
                </p>
                {item.declineReason ? (
                  <p className="wrap">{t("questions.declinedBecause", { reason: item.declineReason })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.canAsk ? (
        <Paragraph mt="s">
          <Link to={`/${locale}/plans/${planId}/questions/new`} id="questions-ask-link">
            {t("questions.askLink")}
          </Link>
        </Paragraph>
      ) : !signedIn && !view.deadlinePassed ? (
        <Paragraph mt="s">
          <Link to={`/${locale}/login?next=${encodeURIComponent(`/${locale}/plans/${planId}#questions`)}`}>
            {t("questions.logInToAsk")}
          </Link>
        </Paragraph>
      ) : null}
      <Paragraph mt="s">
        <Link to={`/${locale}/plans/${planId}/dialogue`} id="dialogue-record-link">
          {t("dialogue.recordBuyerLink")}
        </Link>
      </Paragraph>
      {view.canManage ? (
        <Paragraph mt="s">
          <Link to={`/${locale}/workspace/plans/${planId}/questions`} id="questions-manage-link">
            {view.openCount > 0
              ? t("questions.manageLink", { count: view.openCount })
              : t("questions.manageLinkNone")}
          </Link>
        </Paragraph>
      ) : null}
    </section>
  );
}
