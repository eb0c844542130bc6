import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { TextField } from "./native-form-fields.tsx";

// The comments on one section as the plan's buyer sees them: who wrote each one, and a form to respond
// publicly to those without a response.

export type BuyerComment = {
  id: string;
  body: string;
  createdAt: Date | string;
  company: string | null;
  authorName: string | null;
  authorEmail: string | null;
  response: string | null;
  respondedAt: Date | string | null;
};

export function DraftBuyerComments({
  comments,
  locale,
  state,
  busy,
}: {
  comments: BuyerComment[];
  locale: Locale;
  state: { intent?: string; errors: Record<string, string>; values: Record<string, string> };
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (comments.length === 0) return <p className="muted">{t("drafts.noComments")}</p>;
  return (
    <ul className="plain-list draft-comments">
      {comments.map((comment) => {
        const posted = state.intent === "respond" && state.values.commentId === comment.id;
        return (
          <li key={comment.id} id={`comment-${comment.id}`}>
            <p className="muted">
              {comment.authorName
                ? t("drafts.commentBy", {
                    author: comment.authorName,
                    email: comment.authorEmail ?? "",
                    company: comment.company ?? t("drafts.unknownAuthor"),
                    time: formatDate(locale, new Date(comment.createdAt), true),
                  })
                : `${comment.company ?? t("drafts.unknownAuthor")}, ${formatDate(locale, new Date(comment.createdAt), true)}`}
            </p>
            <p className="wrap">{comment.body}</p>
            {comment.response && comment.respondedAt ? (
              <div className="draft-response">
                <strong>{t("drafts.responseLabel")}</strong>
                <p className="wrap">{comment.response}</p>
                <p className="muted">
                  {t("drafts.respondedOn", { time: formatDate(locale, new Date(comment.respondedAt), true) })}
                </p>
              </div>
            ) : (
              <Form method="post" className="form-stack" noValidate>
                <input type="hidden" name="commentId" value={comment.id} />
                <TextField
                  multiline
                  rows={3}
                  id={`draft-response-${comment.id}`}
                  name="response"
                  label={t("drafts.fields.response")}
                  hint={t("drafts.hints.response")}
                  error={posted ? (state.errors.response ?? state.errors.form) : undefined}
                  defaultValue={posted ? state.values.response : undefined}
                />
                <div>
                  <Button
                    type="submit"
                    name="intent"
                    value="respond"
                    id={`draft-respond-${comment.id}`}
                    disabled={busy}
                  >
                    {t("drafts.respond")}
                  </Button>
                </div>
              </Form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
