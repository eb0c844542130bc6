import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { MeetingRoundFacts, slotTime } from "../components/meeting-round-facts.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  closeMeetingRound,
  getMeetingRoundForBuyer,
  openMeetingRound,
  publishMeetingSummary,
  saveMeetingNotes,
} from "../modules/dialogue/index.server.ts";
import { meetingNotesSchema, meetingSummarySchema, nestFormValues } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-meeting";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "meetings.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["open", "close", "notes", "summary"]) };

/** One round for the plan's buyers: its slots, who booked them, the private notes and the summary. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() =>
    getMeetingRoundForBuyer(context.services.database.db, viewer, params.roundId),
  );
  if (found.round.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  return found;
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  const found = await orRespond(() => getMeetingRoundForBuyer(services.database.db, viewer, params.roundId));
  if (found.round.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  const here = `/${params.lang}/workspace/plans/${params.id}/meetings/${params.roundId}`;
  const common = { services, viewer, roundId: params.roundId, requestId: context.requestId };
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  if (intent === "notes") {
    const parsed = meetingNotesSchema.safeParse(raw);
    if (!parsed.success)
      return data({ intent, errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
    await orRespond(() => saveMeetingNotes({ ...common, ...parsed.data }));
    throw redirect(`${here}?notes=saved#slot-${parsed.data.bookingId}`);
  }
  if (intent === "summary") {
    const parsed = meetingSummarySchema.safeParse(nestFormValues(raw));
    if (!parsed.success)
      return data({ intent, errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
    const result = await orRespond(() => publishMeetingSummary({ ...common, summary: parsed.data.summary }));
    if (!result.ok)
      return data(
        { intent, errors: { form: `meetings.errors.${result.error}` }, values: raw },
        { status: 409 },
      );
    throw redirect(`${here}?done=published`);
  }
  const result = await orRespond(() =>
    intent === "open" ? openMeetingRound(common) : closeMeetingRound(common),
  );
  if (!result.ok)
    return data({ intent, errors: { form: `meetings.errors.${result.error}` }, values: {} }, { status: 409 });
  throw redirect(`${here}?done=${intent === "open" ? "opened" : "closedDone"}`);
}

const summaryLabels = {
  fi: "meetings.fields.summaryFi",
  sv: "meetings.fields.summarySv",
  en: "meetings.fields.summaryEn",
} as const;

const done = {
  opened: "meetings.opened",
  closedDone: "meetings.closedDone",
  published: "meetings.published",
};

export default function WorkspacePlanMeeting({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { round, slots, cancellations } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const flash = done[search.get("done") as keyof typeof done];
  const summaryId = (path: string) => `meeting-${path.replace(".", "-")}`;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}/meetings`}>{t("meetings.workspaceLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={round.title} locale={locale} />
      </Heading>
      <p id="meeting-state">
        {t("meetings.columns.state")}: {t(`meetings.states.${round.state}`)}
      </p>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      {search.get("notes") === "saved" && !actionData ? (
        <FormAlert status="neutral" message="meetings.notesSaved" />
      ) : null}
      <FormAlert message={errors.form} />
      <MeetingRoundFacts round={round} locale={locale} />
      {round.state === "draft" ? (
        <Form method="post" className="form-stack">
          <Paragraph>{t("meetings.openHint")}</Paragraph>
          <div>
            <Button type="submit" name="intent" value="open" id="meeting-open" disabled={busy}>
              {t("meetings.open")}
            </Button>
          </div>
        </Form>
      ) : null}
      {round.state === "open" ? (
        <Form method="post" className="form-stack">
          <Paragraph>{t("meetings.closeHint")}</Paragraph>
          <div>
            <Button
              type="submit"
              name="intent"
              value="close"
              id="meeting-close"
              variant="secondary"
              disabled={busy}
            >
              {t("meetings.close")}
            </Button>
          </div>
        </Form>
      ) : null}
      <Heading variant="h2" mt="l" mb="s">
        {t("meetings.slotsTitle")}
      </Heading>
      {cancellations > 0 ? (
        <Paragraph mb="s">{t("meetings.cancellations", { count: cancellations })}</Paragraph>
      ) : null}
      <ol className="meeting-slots" id="meeting-slots">
        {slots.map((slot) => (
          <li key={slot.id} id={slot.booking ? `slot-${slot.booking.id}` : undefined}>
            <strong>{slotTime(locale, slot.startsAt, slot.endsAt)}</strong>
            {" · "}
            {slot.booking ? t("meetings.bookedBy", { company: slot.booking.company }) : t("meetings.free")}
            {slot.booking ? (
              <Form method="post" className="form-stack">
                <input type="hidden" name="bookingId" value={slot.booking.id} />
                <TextField
                  multiline
                  rows={3}
                  id={`meeting-notes-${slot.booking.id}`}
                  name="body"
                  label={t("meetings.fields.notes")}
                  hint={t("meetings.hints.notes")}
                  defaultValue={
                    actionData?.intent === "notes" && values.bookingId === slot.booking.id
                      ? values.body
                      : slot.booking.notes
                  }
                  error={values.bookingId === slot.booking.id ? errors.body : undefined}
                />
                <div>
                  <Button
                    type="submit"
                    name="intent"
                    value="notes"
                    variant="secondary"
                    id={`meeting-notes-save-${slot.booking.id}`}
                    disabled={busy}
                  >
                    {t("meetings.saveNotes")}
                  </Button>
                </div>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
      {round.state === "closed" ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="meeting-summary-title">
          <Heading variant="h2" id="meeting-summary-title" mt="l" mb="s">
            {t("meetings.summaryTitle")}
          </Heading>
          <Paragraph>{t("meetings.hints.summary")}</Paragraph>
          {actionData?.intent === "summary" ? (
            <ErrorSummary id="meeting-summary-errors" errors={errors} idOf={summaryId} />
          ) : null}
          {(["fi", "sv", "en"] as const).map((lang) => (
            <TextField
              key={lang}
              multiline
              id={summaryId(`summary.${lang}`)}
              name={`summary.${lang}`}
              label={t(summaryLabels[lang])}
              hint={lang === "fi" ? t("meetings.hints.language") : undefined}
              error={errors[`summary.${lang}`]}
              defaultValue={values[`summary.${lang}`] ?? round.summary?.[lang]}
            />
          ))}
          <div>
            <Button type="submit" name="intent" value="summary" id="meeting-publish" disabled={busy}>
              {t("meetings.publishSummary")}
            </Button>
          </div>
        </Form>
      ) : null}
    </article>
  );
}
