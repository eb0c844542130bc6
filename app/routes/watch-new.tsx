import { useTranslation } from "react-i18next";
import { data, redirect, useNavigation } from "react-router";
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
  emptyWatchValues,
  saveWatch,
  watchFormOptions,
  watchValuesFrom,
} from "../modules/watches/index.server.ts";
import { watchFormInput, watchPickers, watchSchema } from "../modules/watches/index.ts";
import type { Route } from "./+types/watch-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "watches.newTitle") },
];

const searchKeys = ["q", "cpv", "region", "municipality", "organisation", "valueBand", "fromProfile"];

/** A new watch; a forward-plan search's parameters fill it in ("save this search as a watch"). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  await requireViewer(context, request, params.lang);
  const query = new URL(request.url).searchParams;
  const fromSearch = searchKeys.some((key) => query.has(key));
  const values = fromSearch ? watchValuesFrom(query, { fromSearch }) : emptyWatchValues;
  const { db } = context.services.database;
  return {
    values,
    fromSearch,
    // The first steps' "watch from your profile" link (companies' watchParamsFromProfile).
    fromProfile: query.get("fromProfile") === "1",
    picked: await describeWatchPicks(db, locale, values),
    // Municipalities are picked with the code picker: the 309 names are not sent to the page.
    ...(({ municipalities: _picked, ...options }) => options)(await watchFormOptions(db, locale)),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
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
    saveWatch({ db, viewer, input: parsed.data, requestId: context.requestId }),
  );
  if (!result.ok) return data({ errors: result.errors, values, picked }, { status: 400 });
  // The new watch's page shows the plans it matches today.
  throw redirect(`/${params.lang}/watches/${result.watchId}?created=1`);
}

export default function WatchNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("watches.newTitle")}
      </Heading>
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("watches.notSaved")}</Paragraph> : null}
      <Paragraph mb="m">
        {loaderData.fromProfile
          ? t("watches.fromProfile")
          : loaderData.fromSearch
            ? t("watches.fromSearch")
            : t("watches.intro")}
      </Paragraph>
      <WatchForm
        values={actionData?.values ?? loaderData.values}
        errors={errors}
        regions={loaderData.regions}
        organisations={loaderData.organisations}
        picked={actionData?.picked ?? loaderData.picked}
        search={actionData && "search" in actionData ? (actionData.search as PickerSearch) : undefined}
        busy={busy}
      />
    </>
  );
}
