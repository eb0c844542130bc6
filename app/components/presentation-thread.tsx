import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

export type ThreadMessageView = {
  id: string;
  side: "buyer" | "company";
  authorName: string;
  body: string;
  createdAt: string | Date;
};

/**
 * One recipient's thread of messages between the buyer and the company, with a reply form (a plain post,
 * so it works without JavaScript) when the viewer may write.
 */
export function PresentationThread({
  recipientId,
  organisationName,
  companyName,
  messages,
  locale,
  canReply,
  error,
  value,
  replied,
  addressed = false,
}: {
  recipientId: string;
  organisationName: string;
  companyName: string;
  messages: ThreadMessageView[];
  locale: Locale;
  canReply: boolean;
  error?: string;
  value?: string;
  replied?: boolean;
  /** Name the organisation in the form's label and button (the company's page has one form per recipient). */
  addressed?: boolean;
}) {
  const { t } = useTranslation();
  const fieldId = `reply-${recipientId}`;
  return (
    <section aria-labelledby={`thread-${recipientId}-title`} id={`thread-${recipientId}`}>
      <Heading variant="h3" id={`thread-${recipientId}-title`} mt="l" mb="s">
        {t("presentations.thread.title", { organisation: organisationName })}
      </Heading>
      {messages.length === 0 ? <p>{t("presentations.thread.none")}</p> : null}
      <ol className="plain-list thread">
        {messages.map((message) => (
          <li key={message.id}>
            <p>
              <strong>
                {message.side === "buyer"
                  ? t("presentations.thread.fromBuyer", {
                      name: message.authorName || t("organisations.auditRemovedUser"),
                      organisation: organisationName,
                    })
                  : t("presentations.thread.fromCompany", {
                      // A blank author is a person who deleted their account.
                      name: message.authorName || t("organisations.auditRemovedUser"),
                      company: companyName,
                    })}
              </strong>{" "}
              <span className="muted">{formatDate(locale, new Date(message.createdAt), true)}</span>
            </p>
            <p className="wrap">{message.body}</p>
          </li>
        ))}
      </ol>
      {replied ? (
        <p role="status" className="notice">
          {t("presentations.thread.replied")}
        </p>
      ) : null}
      {canReply ? (
        // Keyed on the last message: a sent reply mounts a fresh, empty box (without JavaScript the
        // redirect after the post does the same), while a refused one keeps its text to correct.
        <Form method="post" className="form-stack" noValidate key={messages.at(-1)?.id ?? "none"}>
          <input type="hidden" name="intent" value="reply" />
          <input type="hidden" name="recipientId" value={recipientId} />
          <div className="native-field">
            <label htmlFor={fieldId}>
              {addressed
                ? t("presentations.thread.replyLabelTo", { organisation: organisationName })
                : t("presentations.thread.replyLabel")}
            </label>
            <textarea
              id={fieldId}
              name="body"
              rows={4}
              maxLength={5000}
              defaultValue={value ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
            />
            {error ? (
              <span id={`${fieldId}-error`} className="field-error">
                {t(error)}
              </span>
            ) : null}
          </div>
          <div>
            <Button type="submit" id={`${fieldId}-submit`}>
              {addressed
                ? t("presentations.thread.replySubmitTo", { organisation: organisationName })
                : t("presentations.thread.replySubmit")}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
