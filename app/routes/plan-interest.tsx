import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getPlanInterestSummary, markInterest, withdrawInterest } from "../modules/interest/index.server.ts";
import { interestFormSchema, maxInterestNoteLength } from "../modules/interest/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-interest";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "interest.pageTitle") },
];

/** A company's representative marks interest in a public plan, with a note to the buyer, or withdraws. */
/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(interestFormSchema.shape.intent.options) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const summary = await getPlanInterestSummary({
    db: context.services.database.db,
    viewer,
    planId: params.id,
    locale: isLocale(params.lang) ? params.lang : "fi",
  });
  if (!summary) throw data({ code: "not_found" }, { status: 404 });
  if (!summary.canMark && !summary.mine) throw data({ code: "forbidden" }, { status: 403 });
  return { planTitle: summary.planTitle, mine: summary.mine };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  const parsed = interestFormSchema.safeParse(raw);
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const options = { services: context.services, viewer, planId: params.id, requestId: context.requestId };
  if (parsed.data.intent === "withdraw") {
    await orRespond(() => withdrawInterest(options));
    throw redirect(`/${params.lang}/plans/${params.id}?interest=withdrawn`);
  }
  await orRespond(() => markInterest({ ...options, note: parsed.data.note }));
  throw redirect(`/${params.lang}/plans/${params.id}?interest=saved`);
}

export default function PlanInterest({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { mine } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}`}>{loaderData.planTitle ?? t("plans.notPublic")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("interest.pageTitle")}
      </Heading>
      <Paragraph mb="m">{t("interest.pageIntro")}</Paragraph>
      {mine ? <Paragraph mb="m">{t("interest.youAreInterested")}</Paragraph> : null}
      <ErrorSummary id="interest-errors" errors={errors} idOf={(path) => `interest-${path}`} />
      <Form method="post" className="form-stack" noValidate>
        <input type="hidden" name="intent" value="interested" />
        <TextField
          multiline
          id="interest-note"
          name="note"
          label={t("interest.note")}
          hint={t("interest.noteHint", { max: maxInterestNoteLength })}
          error={errors.note}
          defaultValue={actionData?.values.note ?? mine?.note ?? ""}
          maxLength={maxInterestNoteLength}
        />
        <div>
          <Button type="submit" id="interest-save" disabled={busy}>
            {mine ? t("interest.saveNote") : t("interest.button")}
          </Button>
        </div>
      </Form>
      {mine ? (
        <Form method="post" className="form-stack">
          <input type="hidden" name="intent" value="withdraw" />
          <Heading variant="h2" mt="xl" mb="s">
            {t("interest.withdrawTitle")}
          </Heading>
          <Paragraph mb="s">{t("interest.withdrawIntro")}</Paragraph>
          <div>
            <Button type="submit" id="interest-withdraw" variant="secondary" disabled={busy}>
              {t("interest.withdraw")}
            </Button>
          </div>
        </Form>
      ) : null}
    </article>
  );
}
