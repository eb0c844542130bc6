import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { createMeetingRound, listMeetingRoundsForBuyer } from "../modules/dialogue/index.server.ts";
import { maxSlotsPerRound, meetingRoundFormSchema, nestFormValues } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-meetings";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "meetings.title") }];

/** The plan's meeting rounds for its buyers, and the form for a new round. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const rounds = await orRespond(() =>
    listMeetingRoundsForBuyer(context.services.database.db, viewer, params.id),
  );
  return { rounds };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  // The list of rounds is the buyer's: others are refused before their input is even read.
  await orRespond(() => listMeetingRoundsForBuyer(context.services.database.db, viewer, params.id));
  const parsed = meetingRoundFormSchema.safeParse(nestFormValues(raw));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    createMeetingRound({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/meetings/${result.roundId}?created=1`);
}

const idOf = (path: string) => `meeting-${path.replace(".", "-")}`;

export default function WorkspacePlanMeetings({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={idOf(name)}
      name={name}
      label={label}
      error={errors[name]}
      defaultValue={values[name]}
      {...extra}
    />
  );
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}`}>{t("meetings.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("meetings.title")}
      </Heading>
      <Paragraph mb="m">{t("meetings.workspaceIntro")}</Paragraph>
      {search.get("created") === "1" ? <FormAlert status="neutral" message="meetings.created" /> : null}
      {loaderData.rounds.length === 0 ? (
        <Paragraph mb="m">{t("meetings.noRounds")}</Paragraph>
      ) : (
        // A list, not a table: it reads the same on a 320 px phone (WCAG 1.4.10).
        <ul className="plain-list" id="meeting-rounds">
          {loaderData.rounds.map((round) => (
            <li key={round.id}>
              <Link to={`/${locale}/workspace/plans/${params.id}/meetings/${round.id}`}>
                <TranslatedText value={round.title} locale={locale} />
              </Link>
              <br />
              {`${t("meetings.columns.state")}: ${t(`meetings.states.${round.state}`)} · ${t("meetings.columns.slots")}: ${round.slots} · ${t("meetings.columns.bookings")}: ${round.bookings} · ${t("meetings.columns.deadline")}: ${formatDate(locale, new Date(round.bookingDeadline), true)}`}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack" noValidate aria-labelledby="meeting-new-title">
        <Heading variant="h2" id="meeting-new-title" mt="l" mb="s">
          {t("meetings.newRoundTitle")}
        </Heading>
        <ErrorSummary id="meeting-errors" errors={errors} idOf={idOf} />
        {field("title.fi", t("meetings.fields.titleFi"), {
          hint: t("meetings.hints.language"),
          maxLength: 200,
        })}
        {field("title.sv", t("meetings.fields.titleSv"), { maxLength: 200 })}
        {field("title.en", t("meetings.fields.titleEn"), { maxLength: 200 })}
        {field("agenda.fi", t("meetings.fields.agendaFi"), {
          multiline: true,
          hint: t("meetings.hints.language"),
        })}
        {field("agenda.sv", t("meetings.fields.agendaSv"), { multiline: true })}
        {field("agenda.en", t("meetings.fields.agendaEn"), { multiline: true })}
        {field("place", t("meetings.fields.place"), { hint: t("meetings.hints.where"), maxLength: 300 })}
        {field("onlineUrl", t("meetings.fields.onlineUrl"), { type: "url", maxLength: 500 })}
        <DateTimeField
          id={idOf("firstStart")}
          name="firstStart"
          label={t("meetings.fields.firstStart")}
          hint={t("meetings.hints.time")}
          error={errors.firstStart}
          defaultValue={values.firstStart}
        />
        <NumberField
          id={idOf("slotMinutes")}
          name="slotMinutes"
          label={t("meetings.fields.slotMinutes")}
          min={5}
          max={480}
          error={errors.slotMinutes}
          defaultValue={values.slotMinutes ?? "30"}
        />
        <NumberField
          id={idOf("breakMinutes")}
          name="breakMinutes"
          label={t("meetings.fields.breakMinutes")}
          min={0}
          max={240}
          error={errors.breakMinutes}
          defaultValue={values.breakMinutes ?? "0"}
        />
        <NumberField
          id={idOf("slotCount")}
          name="slotCount"
          label={t("meetings.fields.slotCount")}
          min={1}
          max={maxSlotsPerRound}
          error={errors.slotCount}
          defaultValue={values.slotCount ?? "8"}
        />
        <DateTimeField
          id={idOf("bookingDeadline")}
          name="bookingDeadline"
          label={t("meetings.fields.bookingDeadline")}
          hint={t("meetings.hints.time")}
          error={errors.bookingDeadline}
          defaultValue={values.bookingDeadline}
        />
        <div>
          <Button type="submit" id="meeting-create" disabled={busy}>
            {t("meetings.create")}
          </Button>
        </div>
      </Form>
    </article>
  );
}

type InputProps = {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
};

function Described({
  id,
  label,
  hint,
  error,
  children,
}: InputProps & { hint?: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="native-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** A native date-and-time input (Finnish wall-clock time); works without JavaScript. */
function DateTimeField(props: InputProps & { hint: string }) {
  return (
    <Described {...props}>
      <input
        type="datetime-local"
        id={props.id}
        name={props.name}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </Described>
  );
}

function NumberField(props: InputProps & { min: number; max: number }) {
  return (
    <Described {...props}>
      <input
        type="number"
        inputMode="numeric"
        id={props.id}
        name={props.name}
        min={props.min}
        max={props.max}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, undefined, props.error)}
      />
    </Described>
  );
}
