import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { EventFormFields } from "../components/event-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { createEvent, listEventsForBuyer } from "../modules/dialogue/index.server.ts";
import { eventFormSchema, nestFormValues } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-events";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "events.title") }];

/** The plan's events for its buyers, and the form for a new one. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const events = await orRespond(() => listEventsForBuyer(context.services.database.db, viewer, params.id));
  return { events };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  // The list is the buyer's: others are refused before their input is even read.
  await orRespond(() => listEventsForBuyer(context.services.database.db, viewer, params.id));
  const parsed = eventFormSchema.safeParse(nestFormValues(raw));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    createEvent({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/events/${result.eventId}?done=created`);
}

export default function WorkspacePlanEvents({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}`}>{t("events.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("events.title")}
      </Heading>
      <Paragraph mb="m">{t("events.workspaceIntro")}</Paragraph>
      {loaderData.events.length === 0 ? (
        <Paragraph mb="m">{t("events.none")}</Paragraph>
      ) : (
        // A list, not a table: it reads the same on a 320 px phone (WCAG 1.4.10).
        <ul className="plain-list" id="event-list">
          {loaderData.events.map((event) => (
            <li key={event.id}>
              <Link to={`/${locale}/workspace/plans/${params.id}/events/${event.id}`}>
                <TranslatedText value={event.title} locale={locale} />
              </Link>
              <br />
              {`${t(`events.kinds.${event.kind}`)} · ${formatDate(locale, new Date(event.startsAt), true)} · ${t(`events.states.${event.state}`)} · ${t("events.seatCounts", { capacity: event.capacity, taken: event.confirmedSeats, waitlisted: event.waitlisted })}`}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack" noValidate aria-labelledby="event-new-title">
        <Heading variant="h2" id="event-new-title" mt="l" mb="s">
          {t("events.newTitle")}
        </Heading>
        <EventFormFields errors={actionData?.errors ?? {}} values={actionData?.values ?? {}} />
        <div>
          <Button type="submit" id="event-create" disabled={busy}>
            {t("events.create")}
          </Button>
        </div>
      </Form>
    </article>
  );
}
