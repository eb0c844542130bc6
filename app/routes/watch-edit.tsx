import { useTranslation } from "react-i18next";
import { data, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { PickerSearch } from "../components/code-picker.tsx";
import { WatchForm } from "../components/watch-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import { answerPickerSearch } from "../modules/reference-data/index.server.ts";
import { readPickerSearch } from "../modules/reference-data/index.ts";
import {
  describeWatchPicks,
  getWatch,
  listPlansMatchingWatch,
  saveWatch,
  watchFormOptions,
  watchValuesFrom,
  watchValuesOf,
} from "../modules/watches/index.server.ts";
import { watchFormInput, watchPickers, watchSchema } from "../modules/watches/index.ts";
import type { Route } from "./+types/watch-edit";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "watches.editTitle") },
];

/** One of the person's own watches; anyone else's is 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const watch = await orRespond(() => getWatch(db, viewer, params.id));
  const values = watchValuesOf(watch);
  return {
    watch,
    values,
    matching: await listPlansMatchingWatch({ db, locale, watch }),
    picked: await describeWatchPicks(db, locale, values),
    // Municipalities are picked with the code picker: the 309 names are not sent to the page.
    ...(({ municipalities: _picked, ...options }) => options)(await watchFormOptions(db, locale)),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  // Refused before the form is read.
  await orRespond(() => getWatch(db, viewer, params.id));
  const form = await readFormData(request);
  const values = watchValuesFrom(form);
  const picked = await describeWatchPicks(db, locale, values);
  // A picker's search without JavaScript: the same form again, with the matches to tick.
  const pickerSearch = readPickerSearch(form, watchPickers);
  if (pickerSearch) {
    const search = await answerPickerSearch({ db, locale, search: pickerSearch });
    return data({ errors: {} as Record<string, string>, values, picked, search });
  }
  const parsed = watchSchema.safeParse(watchFormInput(form));
  if (!parsed.success)
    return data({ errors: planFieldErrors(parsed.error), values, picked }, { status: 400 });
  const result = await orRespond(() =>
    saveWatch({ db, viewer, watchId: params.id, input: parsed.data, requestId: context.requestId }),
  );
  if (!result.ok) return data({ errors: result.errors, values, picked }, { status: 400 });
  throw redirect(`/${params.lang}/watches?saved=1`);
}

export default function WatchEdit({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const { watch, matching } = loaderData;
  const [query] = useSearchParams();
  const created = query.get("created") === "1" && !actionData;
  return (
    <>
      <p>
        <Link to={`/${locale}/watches`}>{t("watches.title")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("watches.editTitle")}
      </Heading>
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("watches.notSaved")}</Paragraph> : null}
      {watch.unsubscribed ? <Paragraph mb="s">{t("watches.unsubscribed")}</Paragraph> : null}
      {created ? (
        <div role="status" className="notice">
          <Paragraph>{t("watches.created")}</Paragraph>
        </div>
      ) : null}
      <section aria-labelledby="watch-matching-title" className="watch-matching">
        <Heading variant="h2" id="watch-matching-title" mb="xs">
          {t("watches.matchingNow")}
        </Heading>
        <Paragraph mb="s">{t("watches.matchingCount", { count: matching.total })}</Paragraph>
        {matching.plans.length > 0 ? (
          <ul className="watch-matching-list">
            {matching.plans.map((plan) => (
              <li key={plan.id}>
                <Link to={`/${locale}/plans/${plan.id}`}>{plan.title}</Link>
                <span className="field-hint">
                  {" "}
                  {plan.organisation.name}
                  {plan.tender.year && plan.tender.quarter
                    ? ` · ${t("watches.tenderQuarter", { year: plan.tender.year, quarter: plan.tender.quarter })}`
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {matching.total > matching.plans.length ? (
          <Paragraph>
            {t("watches.matchingMore", { count: matching.total - matching.plans.length })}
          </Paragraph>
        ) : null}
      </section>
      <Heading variant="h2" id="watch-edit-form-title" mb="s" mt="l">
        {t("watches.editCriteria")}
      </Heading>
      <WatchForm
        values={actionData?.values ?? loaderData.values}
        errors={errors}
        regions={loaderData.regions}
        organisations={loaderData.organisations}
        picked={actionData?.picked ?? loaderData.picked}
        search={actionData && "search" in actionData ? (actionData.search as PickerSearch) : undefined}
        busy={busy}
      />
      <p>
        <Link to={`/${locale}/watches/${watch.id}/delete`}>{t("watches.delete")}</Link>
      </p>
    </>
  );
}
