import { useTranslation } from "react-i18next";
import { data, redirect, useNavigation } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { WatchForm } from "../components/watch-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import {
  emptyWatchValues,
  saveWatch,
  watchFormOptions,
  watchValuesFrom,
} from "../modules/watches/index.server.ts";
import { watchFormInput, watchSchema } from "../modules/watches/index.ts";
import type { Route } from "./+types/watch-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "watches.newTitle") },
];

const searchKeys = ["q", "cpv", "region", "municipality", "organisation", "valueBand"];

/** A new watch; a forward-plan search's parameters fill it in ("save this search as a watch"). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  await requireViewer(context, request, params.lang);
  const query = new URL(request.url).searchParams;
  const fromSearch = searchKeys.some((key) => query.has(key));
  const values = fromSearch ? watchValuesFrom(query, { fromSearch }) : emptyWatchValues;
  return { values, fromSearch, ...(await watchFormOptions(context.services.database.db, locale)) };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const values = watchValuesFrom(form);
  const parsed = watchSchema.safeParse(watchFormInput(form));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values }, { status: 400 });
  const result = await orRespond(() =>
    saveWatch({ db: context.services.database.db, viewer, input: parsed.data, requestId: context.requestId }),
  );
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/${params.lang}/watches?saved=1`);
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
      <Paragraph mb="m">{loaderData.fromSearch ? t("watches.fromSearch") : t("watches.intro")}</Paragraph>
      <WatchForm
        values={actionData?.values ?? loaderData.values}
        errors={errors}
        regions={loaderData.regions}
        municipalities={loaderData.municipalities}
        organisations={loaderData.organisations}
        busy={busy}
      />
    </>
  );
}
