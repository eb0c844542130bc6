import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { HilmaNotice } from "../components/hilma-notice.tsx";
import { ErrorSummary, RadioGroup, TextField } from "../components/native-form-fields.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { NoticeSummary } from "../components/notice-summary.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { pickTranslation } from "../lib/pick-translation.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { prepareNotice, recordNotice, requireNoticeAccess } from "../modules/notices/index.server.ts";
import { type NoticeType, noticeTypes, recordNoticeSchema } from "../modules/notices/index.ts";
import { listMunicipalities, listRegions } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/workspace-plan-notice";

// "Create Hilma notice" (issue 14 point 3): the buyer picks the notice type (and, for an organisation
// without a municipality, where it is and where the work is done), sees what the notice will say and
// what is missing, downloads the validated XML and, once Hilma has published it, records where.
// Plain GET and POST forms: works without JavaScript.

export const handle = { intents: formIntents(["record"]) };

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "notices.title") }];

/** The type, municipality and region the page was asked for (anything unknown falls back). */
function readChoice(url: URL) {
  const type = (url.searchParams.get("type") ?? "").toUpperCase();
  return {
    type: (noticeTypes as readonly string[]).includes(type) ? (type as NoticeType) : "E1",
    places: {
      municipalityCode: url.searchParams.get("municipality"),
      regionCode: url.searchParams.get("region"),
    },
  };
}

/** The query string that asks for the same notice (the download link and the record form keep it). */
function choiceQuery(type: NoticeType, municipality: string | null, region: string | null, own: boolean) {
  const query = new URLSearchParams({ type });
  if (!own && municipality) query.set("municipality", municipality);
  if (region) query.set("region", region);
  return query.toString();
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const url = new URL(request.url);
  const { type, places } = readChoice(url);
  const prepared = await orRespond(() =>
    prepareNotice({ services: context.services, viewer, planId: params.id, type, places }),
  );
  const { db } = context.services.database;
  const [municipalities, regions] = await Promise.all([
    prepared.ownMunicipality ? Promise.resolve([]) : listMunicipalities({ db, locale }),
    listRegions({ db, locale }),
  ]);
  return {
    prepared,
    query: choiceQuery(type, prepared.municipalityCode, prepared.regionCode, prepared.ownMunicipality),
    municipalities: municipalities.map((m) => ({ value: m.code, label: m.name })),
    regions: regions.map((r) => ({ value: r.code, label: `${r.name} (${r.nuts3Code})` })),
    recorded: url.searchParams.get("recorded") === "1",
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await orRespond(() => requireNoticeAccess({ services: context.services, viewer, planId: params.id }));
  const form = await readFormData(request);
  readIntent(form, handle.intents);
  const parsed = recordNoticeSchema.safeParse({ type: form.get("type"), reference: form.get("reference") });
  if (!parsed.success) {
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
    );
    return data({ errors, reference: String(form.get("reference") ?? "") }, { status: 400 });
  }
  await orRespond(() =>
    recordNotice({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  const query = new URL(request.url).search.replace(/^\?/, "");
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/notice?${query ? `${query}&` : ""}recorded=1`);
}

/** Where the buyer fixes a missing field: the pickers on this page, the publish step or the plan form. */
function fixLink(code: string, back: string, own: boolean): string {
  if (code === "plan-public") return `${back}/publish`;
  if (code === "place-nuts") return "#notice-region";
  if ((code === "buyer-nuts" || code === "buyer-city") && !own) return "#notice-municipality";
  return `${back}/edit`;
}

export default function WorkspacePlanNotice({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { prepared, query } = loaderData;
  const { source } = prepared;
  const back = `/${locale}/workspace/plans/${prepared.planId}`;
  const title = pickTranslation(source.plan.title, locale);
  const errors: Record<string, string> = actionData?.errors ?? {};
  const typeOptions = noticeTypes.map((type) => ({ value: type, label: t(`notices.types.${type}`) }));
  return (
    <>
      <Paragraph mb="s">
        <Link to={back}>{t("attachments.back")}</Link>
      </Paragraph>
      <Heading variant="h1" mb="m">
        {t("notices.title")}: <span lang={title?.lang}>{title?.text}</span>
      </Heading>
      <Paragraph mb="m">{t("notices.intro")}</Paragraph>
      {loaderData.recorded ? (
        <div className="notice-box" role="status" id="notice-recorded">
          {t("notices.recordedDone")}
        </div>
      ) : null}

      <Form method="get" className="form-stack" aria-labelledby="notice-choice-title">
        <Heading variant="h2" id="notice-choice-title" mb="s">
          {t("notices.choiceTitle")}
        </Heading>
        <RadioGroup
          id="notice-type"
          name="type"
          legend={t("notices.typeLegend")}
          options={typeOptions}
          value={prepared.type}
        />
        <Paragraph>{t(`notices.typeHints.${prepared.type}`)}</Paragraph>
        {prepared.ownMunicipality ? null : (
          <NativeSelect
            id="notice-municipality"
            name="municipality"
            label={t("notices.municipality")}
            hint={t("notices.municipalityHint")}
            defaultValue={prepared.municipalityCode ?? ""}
            options={[{ value: "", label: t("notices.pick") }, ...loaderData.municipalities]}
          />
        )}
        <NativeSelect
          id="notice-region"
          name="region"
          label={t("notices.region")}
          hint={t("notices.regionHint")}
          defaultValue={prepared.regionCode ?? ""}
          options={[{ value: "", label: t("notices.pick") }, ...loaderData.regions]}
        />
        <div>
          <Button type="submit" id="notice-show" variant="secondary">
            {t("notices.show")}
          </Button>
        </div>
      </Form>

      <section aria-labelledby="notice-check-title">
        <Heading variant="h2" id="notice-check-title" mt="l" mb="s">
          {t("notices.checkTitle")}
        </Heading>
        {prepared.missing.length > 0 ? (
          <div className="error-summary" id="notice-missing">
            <p>{t("notices.missingIntro")}</p>
            <ul>
              {prepared.missing.map((field) => (
                <li key={`${field.code}-${field.lot ?? ""}-${field.language ?? ""}`}>
                  <a href={fixLink(field.code, back, prepared.ownMunicipality)}>
                    {t(`notices.missing.${field.code}`, { lot: field.lot })}
                    {field.language ? ` (${t(`notices.languages.${field.language}`)})` : null}
                  </a>{" "}
                  <span className="field-hint">({field.businessTerm})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <Paragraph mb="s" id="notice-ready">
              {t("notices.ready")}
            </Paragraph>
            <Paragraph mb="m">
              <a href={`${back}/notice.xml?${query}`} id="notice-download" download>
                {t("notices.download", { type: prepared.type })}
              </a>
            </Paragraph>
          </>
        )}
      </section>

      <NoticeSummary source={source} type={prepared.type} locale={locale} />

      <Form
        method="post"
        action={`${back}/notice?${query}`}
        className="form-stack"
        noValidate
        aria-labelledby="notice-record-title"
      >
        <Heading variant="h2" id="notice-record-title" mt="l" mb="s">
          {t("notices.recordTitle")}
        </Heading>
        <Paragraph>{t("notices.recordIntro")}</Paragraph>
        <input type="hidden" name="intent" value="record" />
        <input type="hidden" name="type" value={prepared.type} />
        <ErrorSummary id="notice-record-errors" errors={errors} idOf={() => "notice-reference"} />
        <TextField
          id="notice-reference"
          name="reference"
          label={t("notices.reference", { type: prepared.type })}
          hint={t("notices.referenceHint")}
          error={errors.reference ?? errors.type}
          defaultValue={actionData?.reference}
          maxLength={500}
        />
        <div>
          <Button type="submit" id="notice-record-submit">
            {t("notices.recordSubmit")}
          </Button>
        </div>
      </Form>

      <section aria-labelledby="notice-recorded-title">
        <Heading variant="h2" id="notice-recorded-title" mt="l" mb="s">
          {t("notices.recordedTitle")}
        </Heading>
        {prepared.recorded.length === 0 ? (
          <Paragraph>{t("notices.noneRecorded")}</Paragraph>
        ) : (
          <ul id="notice-recorded-list">
            {prepared.recorded.map((notice) => (
              <li key={notice.type}>
                {t(`notices.types.${notice.type}`)}: <HilmaNotice value={notice.reference} /> (
                {formatDate(locale, notice.recordedAt)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
