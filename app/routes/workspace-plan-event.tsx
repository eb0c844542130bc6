import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { EventFacts } from "../components/event-facts.tsx";
import { EventFormFields } from "../components/event-form-fields.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { CheckboxField, ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  cancelEvent,
  getEventForBuyer,
  publishEvent,
  publishEventMinutes,
  updateEvent,
} from "../modules/dialogue/index.server.ts";
import {
  eventFormSchema,
  eventMinutesSchema,
  nestFormValues,
  toHelsinkiInput,
} from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-event";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "events.editTitle") },
];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["save", "publish", "cancel", "minutes"]) };

/** One event for the plan's buyers: edit, publish, cancel, the registrations with their needs, minutes. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return orRespond(() => getEventForBuyer(context.services.database.db, viewer, params.id, params.eventId));
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  // The event is the buyer's: others are refused before their input is even read.
  await orRespond(() => getEventForBuyer(services.database.db, viewer, params.id, params.eventId));
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && key !== "intent") raw[key] = value;
  const here = `/${params.lang}/workspace/plans/${params.id}/events/${params.eventId}`;
  const common = { services, viewer, eventId: params.eventId, requestId: context.requestId };
  if (intent === "save") {
    const parsed = eventFormSchema.safeParse(nestFormValues(raw));
    if (!parsed.success)
      return data({ form: "save", errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
    const result = await orRespond(() => updateEvent({ ...common, input: parsed.data }));
    if (!result.ok)
      return data(
        { form: "save", errors: { form: `events.errors.${result.error}` }, values: raw },
        { status: 409 },
      );
    throw redirect(`${here}?done=saved`);
  }
  if (intent === "minutes") {
    const parsed = eventMinutesSchema.safeParse(nestFormValues(raw));
    if (!parsed.success)
      return data({ form: "minutes", errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
    const result = await orRespond(() => publishEventMinutes({ ...common, input: parsed.data }));
    if (!result.ok)
      return data(
        { form: "minutes", errors: { form: `events.errors.${result.error}` }, values: raw },
        { status: 409 },
      );
    throw redirect(`${here}?done=minutes`);
  }
  if (intent === "cancel" && form.get("confirm") !== "yes")
    return data({ form: "cancel", errors: { confirm: "events.confirmNeeded" }, values: {} }, { status: 400 });
  const result = await orRespond(() => (intent === "publish" ? publishEvent(common) : cancelEvent(common)));
  if (!result.ok)
    return data(
      { form: intent, errors: { form: `events.errors.${result.error}` }, values: {} },
      { status: 409 },
    );
  throw redirect(`${here}?done=${intent === "publish" ? "published" : "cancelled"}`);
}

const done = {
  created: "events.created",
  saved: "events.saved",
  published: "events.published",
  cancelled: "events.cancelled",
  minutes: "events.minutesSaved",
};

const minutesFieldId = (path: string) => `event-minutes-${path.replace(".", "-")}`;

export default function WorkspacePlanEvent({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { event, registrations, counts } = loaderData;
  const flash = done[search.get("done") as keyof typeof done];
  const errorsOf = (form: string): Record<string, string> =>
    actionData?.form === form ? (actionData.errors as Record<string, string>) : {};
  const startsAt = new Date(event.startsAt);
  const isOver = startsAt.getTime() <= Date.now();
  const saved: Record<string, string> = {
    kind: event.kind,
    format: event.format,
    "title.fi": event.title.fi ?? "",
    "title.sv": event.title.sv ?? "",
    "title.en": event.title.en ?? "",
    "agenda.fi": event.agenda.fi ?? "",
    "agenda.sv": event.agenda.sv ?? "",
    "agenda.en": event.agenda.en ?? "",
    address: event.address ?? "",
    onlineUrl: event.onlineUrl ?? "",
    startsAt: toHelsinkiInput(startsAt),
    endsAt: toHelsinkiInput(new Date(event.endsAt)),
    language: event.language,
    capacity: String(event.capacity),
    registrationClosesAt: toHelsinkiInput(new Date(event.registrationClosesAt)),
  };
  const minutesValues: Record<string, string> =
    actionData?.form === "minutes"
      ? (actionData.values as Record<string, string>)
      : {
          "minutes.fi": event.draftMinutes?.fi ?? "",
          "minutes.sv": event.draftMinutes?.sv ?? "",
          "minutes.en": event.draftMinutes?.en ?? "",
          "materials.fi": event.draftMaterials?.fi ?? "",
          "materials.sv": event.draftMaterials?.sv ?? "",
          "materials.en": event.draftMaterials?.en ?? "",
        };
  const minutesErrors = errorsOf("minutes");
  const minutesField = (name: string, label: string, hint?: string) => (
    <TextField
      id={minutesFieldId(name)}
      name={name}
      label={label}
      hint={hint}
      error={minutesErrors[name]}
      defaultValue={minutesValues[name]}
      multiline
    />
  );
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}/events`}>{t("events.title")}</Link>
        {" · "}
        <Link to={`/${locale}/workspace/plans/${params.id}`}>{t("events.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={event.title} locale={locale} />
      </Heading>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      <EventFacts event={event} locale={locale} onlineUrl={event.onlineUrl} />
      <p id="event-seat-counts">
        {t("events.seatCounts", {
          capacity: event.capacity,
          taken: counts.confirmedSeats,
          waitlisted: counts.waitlisted,
        })}
      </p>
      {event.state === "draft" ? (
        <Form method="post" className="form-stack">
          <FormAlert message={errorsOf("publish").form} />
          <Paragraph>{t("events.publishHint")}</Paragraph>
          <div>
            <Button type="submit" name="intent" value="publish" id="event-publish" disabled={busy}>
              {t("events.publish")}
            </Button>
          </div>
        </Form>
      ) : null}

      <section aria-labelledby="event-registrations-title">
        <Heading variant="h2" id="event-registrations-title" mt="l" mb="s">
          {t("events.registrationsTitle")}
        </Heading>
        {registrations.length === 0 ? (
          <Paragraph>{t("events.noRegistrations")}</Paragraph>
        ) : (
          <ol className="plain-list" id="event-registrations">
            {registrations.map((registration) => (
              <li key={registration.id}>
                <strong>{registration.company}</strong>
                {` · ${t(`events.statuses.${registration.status}`)}`}
                <br />
                {t("events.attendeesLabel", {
                  count: registration.attendeeCount,
                  names: registration.attendees.join(", ") || "–",
                })}
                {registration.needs ? (
                  <>
                    <br />
                    <span className="wrap">{t("events.needsLabel", { needs: registration.needs })}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {event.state === "published" ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="event-minutes-title">
          <Heading variant="h2" id="event-minutes-title" mt="l" mb="s">
            {t("events.minutesFormTitle")}
          </Heading>
          <Paragraph>{t(isOver ? "events.minutesFormHint" : "events.minutesAfterEvent")}</Paragraph>
          <FormAlert message={minutesErrors.form} />
          <ErrorSummary
            id="event-minutes-errors"
            errors={Object.fromEntries(Object.entries(minutesErrors).filter(([key]) => key !== "form"))}
            idOf={minutesFieldId}
          />
          {minutesField("minutes.fi", t("events.fields.minutesFi"), t("events.hints.language"))}
          {minutesField("minutes.sv", t("events.fields.minutesSv"))}
          {minutesField("minutes.en", t("events.fields.minutesEn"))}
          {minutesField("materials.fi", t("events.fields.materialsFi"), t("events.hints.materials"))}
          {minutesField("materials.sv", t("events.fields.materialsSv"))}
          {minutesField("materials.en", t("events.fields.materialsEn"))}
          <div>
            <Button
              type="submit"
              name="intent"
              value="minutes"
              id="event-minutes-publish"
              disabled={busy || !isOver}
            >
              {t("events.publishMinutes")}
            </Button>
          </div>
        </Form>
      ) : null}

      {event.state !== "cancelled" && !isOver ? (
        <>
          <Form method="post" className="form-stack" noValidate aria-labelledby="event-edit-title">
            <Heading variant="h2" id="event-edit-title" mt="l" mb="s">
              {t("events.editTitle")}
            </Heading>
            <FormAlert message={errorsOf("save").form} />
            <EventFormFields
              errors={Object.fromEntries(Object.entries(errorsOf("save")).filter(([key]) => key !== "form"))}
              values={actionData?.form === "save" ? (actionData.values as Record<string, string>) : saved}
            />
            <div>
              <Button type="submit" name="intent" value="save" id="event-save" disabled={busy}>
                {t("events.save")}
              </Button>
            </div>
          </Form>
          <Form method="post" className="form-stack" aria-labelledby="event-cancel-title">
            <Heading variant="h2" id="event-cancel-title" mt="l" mb="s">
              {t("events.cancelTitle")}
            </Heading>
            <Paragraph>{t("events.cancelHint")}</Paragraph>
            <FormAlert message={errorsOf("cancel").form ?? errorsOf("cancel").confirm} />
            <CheckboxField
              id="event-cancel-confirm"
              name="confirm"
              value="yes"
              label={t("events.cancelConfirm")}
              checked={false}
            />
            <div>
              <Button
                type="submit"
                name="intent"
                value="cancel"
                variant="secondary"
                id="event-cancel"
                disabled={busy}
              >
                {t("events.cancelEvent")}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
    </article>
  );
}
