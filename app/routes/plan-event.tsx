import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { EventFacts, EventMinutes } from "../components/event-facts.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import { cancelEventRegistration, getEventPage, registerForEvent } from "../modules/dialogue/index.server.ts";
import { eventRegistrationSchema, maxAttendees } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-event";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "events.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["register", "cancel"]) };

/** A published (or cancelled) event of a visible plan: its facts, the company's registration, the minutes. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const page = await orRespond(() =>
    getEventPage(context.services.database.db, viewer, params.id, params.eventId),
  );
  return { ...page, isSignedIn: viewer !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  await orRespond(() => getEventPage(services.database.db, viewer, params.id, params.eventId));
  const here = `/${params.lang}/plans/${params.id}/events/${params.eventId}`;
  const common = { services, viewer, eventId: params.eventId, requestId: context.requestId };
  if (intent === "cancel") {
    const result = await orRespond(() => cancelEventRegistration(common));
    if (!result.ok)
      return data({ errors: { form: `events.errors.${result.error}` }, values: {} }, { status: 409 });
    throw redirect(`${here}?done=cancelled`);
  }
  const raw = {
    attendeeCount: String(form.get("attendeeCount") ?? ""),
    attendees: String(form.get("attendees") ?? ""),
    needs: String(form.get("needs") ?? ""),
  };
  const parsed = eventRegistrationSchema.safeParse(raw);
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() => registerForEvent({ ...common, input: parsed.data }));
  if (!result.ok)
    return data({ errors: { form: `events.errors.${result.error}` }, values: raw }, { status: 409 });
  throw redirect(`${here}?done=${result.status}`);
}

const done = {
  confirmed: "events.registeredConfirmed",
  waitlisted: "events.registeredWaitlisted",
  cancelled: "events.registrationCancelled",
};

const fieldId = (path: string) => `registration-${path}`;

export default function PlanEvent({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { event, own, canRegister, canCancel, isCompany, seatsLeft, waitlisted, onlineUrl } = loaderData;
  const flash = done[search.get("done") as keyof typeof done];
  const here = `/${locale}/plans/${params.id}/events/${params.eventId}`;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== "form"));
  const isOpen = event.state === "published" && new Date(event.registrationClosesAt).getTime() > Date.now();
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}`}>{t("events.planLink")}</Link>
        {" · "}
        <Link to={`/${locale}/events`}>{t("events.calendarTitle")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={event.title} locale={locale} />
      </Heading>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      <FormAlert message={errors.form} />
      <EventMinutes
        locale={locale}
        minutes={event.minutes}
        materials={event.materials}
        publishedAt={event.minutesPublishedAt}
      />
      <EventFacts event={event} locale={locale} onlineUrl={onlineUrl} />
      <dl className="facts">
        <dt>{t("events.facts.seatsLeft")}</dt>
        <dd id="event-seats-left">{seatsLeft}</dd>
        <dt>{t("events.facts.waitlisted")}</dt>
        <dd>{waitlisted}</dd>
      </dl>
      {own && own.status !== "cancelled" ? (
        <section aria-labelledby="event-own-title">
          <Heading variant="h2" id="event-own-title" mt="l" mb="s">
            {t("events.yourRegistration")}
          </Heading>
          <p id="event-own-status">
            {t(`events.statuses.${own.status}`)}
            {own.waitlistPosition
              ? ` · ${t("events.waitlistPosition", { position: own.waitlistPosition })}`
              : null}
          </p>
          <p>
            {t("events.attendeesLabel", { count: own.attendeeCount, names: own.attendees.join(", ") || "–" })}
          </p>
          {own.needs ? <p className="wrap">{t("events.needsLabel", { needs: own.needs })}</p> : null}
          {own.status === "confirmed" ? (
            <p>
              <a href={`${here}/registration.ics`} id="event-ics" download>
                {t("events.downloadIcs")}
              </a>
            </p>
          ) : null}
          {canCancel ? (
            <Form method="post">
              <Button
                type="submit"
                name="intent"
                value="cancel"
                variant="secondary"
                id="event-cancel-registration"
                disabled={busy}
              >
                {t("events.cancelRegistration")}
              </Button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {isOpen && !isCompany ? (
        <Paragraph mb="m">
          {t(loaderData.isSignedIn ? "events.companiesOnly" : "events.signInToRegister")}
        </Paragraph>
      ) : null}
      {!isOpen && event.state === "published" && !own ? (
        <Paragraph mb="m">{t("events.registrationClosed")}</Paragraph>
      ) : null}
      {canRegister ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="event-register-title">
          <Heading variant="h2" id="event-register-title" mt="l" mb="s">
            {t("events.registerTitle")}
          </Heading>
          <ErrorSummary id="registration-errors" errors={fieldErrors} idOf={fieldId} />
          <TextField
            id={fieldId("attendeeCount")}
            name="attendeeCount"
            label={t("events.fields.attendeeCount")}
            error={errors.attendeeCount}
            defaultValue={values.attendeeCount ?? "1"}
            maxLength={String(maxAttendees).length}
          />
          <TextField
            id={fieldId("attendees")}
            name="attendees"
            label={t("events.fields.attendees")}
            hint={t("events.hints.attendees")}
            error={errors.attendees}
            defaultValue={values.attendees}
            multiline
            rows={3}
          />
          <TextField
            id={fieldId("needs")}
            name="needs"
            label={t("events.fields.needs")}
            hint={t("events.hints.needs")}
            error={errors.needs}
            defaultValue={values.needs}
            multiline
            rows={3}
          />
          <div>
            <Button type="submit" name="intent" value="register" id="event-register" disabled={busy}>
              {t("events.register")}
            </Button>
          </div>
        </Form>
      ) : null}
    </article>
  );
}
