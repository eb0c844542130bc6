import { useTranslation } from "react-i18next";
import { data, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { PickerSearch } from "../components/code-picker.tsx";
import { CompanyProfileForm } from "../components/company-profile-form.tsx";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  type CompanyFormValues,
  canEditCompanyProfile,
  companyFormToInput,
  companyPickers,
  getCompanyProfile,
  profileToFormValues,
  readCompanyForm,
  saveCompanyProfile,
} from "../modules/companies/index.server.ts";
import { companyProfileSchema } from "../modules/companies/index.ts";
import { getOrganisation } from "../modules/organisations/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import { answerPickerSearch, describePicked, listRegions } from "../modules/reference-data/index.server.ts";
import { readPickerSearch } from "../modules/reference-data/index.ts";
import type { Route } from "./+types/company-profile-edit";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "companies.editTitle") },
];

/** The company's own members edit its profile here; everyone else is refused. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  if (!canEditCompanyProfile(viewer, params.id)) throw data({ code: "forbidden" }, { status: 403 });
  const { db } = context.services.database;
  const organisation = await orRespond(() =>
    getOrganisation({ services: context.services, organisationId: params.id }),
  );
  const profile = await getCompanyProfile({ db, organisationId: params.id, locale });
  const regions = (await listRegions({ db, locale })).map((r) => ({ code: r.code, name: r.name }));
  const values = profileToFormValues(profile);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    hasProfile: profile !== null,
    values,
    picked: await pickedOf(db, locale, values),
    regions,
  };
}

const pickedOf = (
  db: Parameters<typeof describePicked>[0]["db"],
  locale: Locale,
  values: CompanyFormValues,
) =>
  describePicked({
    db,
    locale,
    pickers: companyPickers,
    values: {
      offering: Array.isArray(values.offering) ? values.offering : [],
      municipalities: Array.isArray(values.municipalities) ? values.municipalities : [],
    },
  });

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  // Refused before the form is read, so nobody learns more than "refused".
  if (!canEditCompanyProfile(viewer, params.id)) throw data({ code: "forbidden" }, { status: 403 });
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { db } = context.services.database;
  const form = await readFormData(request);
  const values = readCompanyForm(form.entries());
  const picked = await pickedOf(db, locale, values);
  // A picker's search without JavaScript: the same form again, with the matches to tick.
  const pickerSearch = readPickerSearch(form, companyPickers);
  if (pickerSearch) {
    const search = await answerPickerSearch({ db, locale, search: pickerSearch });
    return data({ errors: {} as Record<string, string>, values, picked, search });
  }
  const parsed = companyProfileSchema.safeParse(companyFormToInput(values));
  if (!parsed.success)
    return data({ errors: planFieldErrors(parsed.error), values, picked }, { status: 400 });
  const result = await orRespond(() =>
    saveCompanyProfile({
      services: context.services,
      viewer,
      organisationId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values, picked }, { status: 400 });
  throw redirect(`/${params.lang}/organisations/${params.id}/company-profile?saved=1`);
}

export default function CompanyProfileEdit({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { organisation } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <>
      <p>
        <Link to={`/${locale}/organisations/${organisation.id}`}>{organisation.name}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("companies.editTitle")}
      </Heading>
      {search.get("saved") === "1" && !actionData ? (
        <div role="status" className="notice">
          <Paragraph>{t("companies.saved")}</Paragraph>
          <Paragraph>
            <Link id="company-next-step" to={`/${locale}/first-steps`}>
              {t("companies.nextStep")}
            </Link>
          </Paragraph>
        </div>
      ) : null}
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("companies.notSaved")}</Paragraph> : null}
      <Paragraph mb="m">{t("companies.editIntro")}</Paragraph>
      {loaderData.hasProfile ? (
        <p>
          <Link to={`/${locale}/companies/${organisation.id}`}>{t("companies.viewLink")}</Link>
        </p>
      ) : null}
      <CompanyProfileForm
        // A new form when the stored profile changes, so it shows the values as stored (https:// added).
        key={JSON.stringify(loaderData.values)}
        values={actionData?.values ?? loaderData.values}
        errors={errors}
        regions={loaderData.regions}
        picked={actionData?.picked ?? loaderData.picked}
        search={actionData && "search" in actionData ? (actionData.search as PickerSearch) : undefined}
        busy={busy}
      />
    </>
  );
}
