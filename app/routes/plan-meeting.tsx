import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { MeetingRoundFacts, slotTime } from "../components/meeting-round-facts.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import {
  bookMeetingSlot,
  cancelMeetingBooking,
  getMeetingRoundPage,
} from "../modules/dialogue/index.server.ts";
import { bookMeetingSchema } from "../modules/dialogue/index.ts";
import type { Route } from "./+types/plan-meeting";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "meetings.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["book", "cancel"]) };

/** An opened round of a public plan: its free and taken slots, the company's own booking, the summary. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const page = await orRespond(() =>
    getMeetingRoundPage(context.services.database.db, viewer, params.id, params.roundId),
  );
  return { ...page, isSignedIn: viewer !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  const page = await orRespond(() =>
    getMeetingRoundPage(services.database.db, viewer, params.id, params.roundId),
  );
  const here = `/${params.lang}/plans/${params.id}/meetings/${params.roundId}`;
  if (intent === "cancel") {
    if (!page.ownBookingId) throw data({ code: "not_found" }, { status: 404 });
    const bookingId = page.ownBookingId;
    const result = await orRespond(() =>
      cancelMeetingBooking({ services, viewer, bookingId, requestId: context.requestId }),
    );
    if (!result.ok) return data({ error: `meetings.errors.${result.error}` }, { status: 409 });
    throw redirect(`${here}?done=cancelled`);
  }
  const parsed = bookMeetingSchema.safeParse({ slotId: form.get("slotId") });
  if (!parsed.success || !page.slots.some((slot) => slot.id === parsed.data.slotId))
    return data({ error: "validation.invalid" }, { status: 400 });
  const slotId = parsed.data.slotId;
  const result = await orRespond(() =>
    bookMeetingSlot({ services, viewer, slotId, requestId: context.requestId }),
  );
  if (!result.ok) return data({ error: `meetings.errors.${result.error}` }, { status: 409 });
  throw redirect(`${here}?done=booked`);
}

const done = { booked: "meetings.booked", cancelled: "meetings.cancelled" };

export default function PlanMeeting({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { round, slots, ownBookingId, canBook, isCompany } = loaderData;
  const flash = done[search.get("done") as keyof typeof done];
  const here = `/${locale}/plans/${params.id}/meetings/${params.roundId}`;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}/meetings`}>{t("meetings.title")}</Link>
        {" · "}
        <Link to={`/${locale}/plans/${params.id}`}>{t("meetings.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={round.title} locale={locale} />
      </Heading>
      <p id="meeting-state">
        {t("meetings.columns.state")}: {t(`meetings.states.${round.state}`)}
      </p>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      <FormAlert message={actionData?.error} />
      {round.summary && round.summaryPublishedAt ? (
        <section aria-labelledby="meeting-summary-title">
          <Heading variant="h2" id="meeting-summary-title" mt="m" mb="s">
            {t("meetings.summaryTitle")}
          </Heading>
          <p className="muted">
            {t("meetings.summaryPublished", { time: formatDate(locale, new Date(round.summaryPublishedAt)) })}
          </p>
          <p className="wrap" id="meeting-summary">
            <TranslatedText value={round.summary} locale={locale} />
          </p>
        </section>
      ) : null}
      <MeetingRoundFacts round={round} locale={locale} />
      {ownBookingId ? (
        <p>
          <a href={`${here}/booking.ics`} id="meeting-ics" download>
            {t("meetings.downloadIcs")}
          </a>
        </p>
      ) : null}
      {round.state === "open" && !isCompany ? (
        <Paragraph mb="m">
          {t(loaderData.isSignedIn ? "meetings.companiesOnly" : "meetings.signInToBook")}
        </Paragraph>
      ) : null}
      <Heading variant="h2" mt="l" mb="s">
        {t("meetings.slotsTitle")}
      </Heading>
      <ol className="meeting-slots" id="meeting-slots">
        {slots.map((slot) => {
          const time = slotTime(locale, slot.startsAt, slot.endsAt);
          return (
            <li key={slot.id}>
              <strong>{time}</strong>
              {" · "}
              {slot.isOwn ? t("meetings.yours") : slot.isTaken ? t("meetings.taken") : t("meetings.free")}
              {canBook && slot.isOwn ? (
                <Form method="post" className="inline-form">
                  <Button
                    type="submit"
                    name="intent"
                    value="cancel"
                    variant="secondary"
                    id="meeting-cancel"
                    disabled={busy}
                  >
                    {t("meetings.cancel")}
                  </Button>
                </Form>
              ) : null}
              {canBook && !ownBookingId && !slot.isTaken ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="slotId" value={slot.id} />
                  <Button
                    type="submit"
                    name="intent"
                    value="book"
                    id={`meeting-book-${slot.id}`}
                    aria-label={t("meetings.bookSlot", { time })}
                    disabled={busy}
                  >
                    {t("meetings.book")}
                  </Button>
                </Form>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
