import { useTranslation } from "react-i18next";
import { data, Link, redirect } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { PickerSearch } from "../components/code-picker.tsx";
import { PresentationForm } from "../components/presentation-form.tsx";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import {
  listRecipientOptions,
  presentingCompanyOf,
  sendPresentation,
  type UploadedFile,
} from "../modules/presentations/index.server.ts";
import {
  maxPresentationFileBytes,
  maxPresentationsPerDay,
  type PresentationFormValues,
  presentationFormToInput,
  presentationPickers,
  presentationSchema,
  readPresentationForm,
} from "../modules/presentations/index.ts";
import { answerPickerSearch, describePicked } from "../modules/reference-data/index.server.ts";
import { type PickerOption, readPickerSearch } from "../modules/reference-data/index.ts";
import type { Route } from "./+types/presentations-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "presentations.newTitle") },
];

/** The picked CPV codes with their names in the page's language, for the picker. */
const pickedOf = (
  db: Parameters<typeof describePicked>[0]["db"],
  locale: Locale,
  values: PresentationFormValues,
) =>
  describePicked({
    db,
    locale,
    pickers: presentationPickers,
    values: { cpv: Array.isArray(values.cpv) ? values.cpv : [] },
  });

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  if (!presentingCompanyOf(viewer)) throw data({ code: "forbidden" }, { status: 403 });
  const url = new URL(request.url);
  return {
    recipients: await listRecipientOptions(
      context.services.database.db,
      isLocale(params.lang) ? params.lang : "fi",
    ),
    // Set by the body limit in front of this route (server/http/create-app.ts) for a form posted without
    // JavaScript whose files were far too large to read.
    uploadError:
      url.searchParams.get("error") === "tooLarge" ? "presentations.errors.filesTooLarge" : undefined,
    // A plan page can link here with its id.
    plan: url.searchParams.get("plan") ?? "",
  };
}

/** What the action answers when it does not redirect: the form again, with errors or a picker's matches. */
type FormAnswer = {
  errors: Record<string, string>;
  values: PresentationFormValues;
  picked: { cpv?: PickerOption[] };
  search?: PickerSearch;
  /** Files chosen before a picker's search, which the browser will not fill back in. */
  filesDropped?: number;
};
const answer = (body: FormAnswer, status = 200) => data(body, { status });

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const companyId = presentingCompanyOf(viewer);
  // Refused before the body is read.
  if (!companyId) throw data({ code: "forbidden" }, { status: 403 });
  let form: FormData;
  try {
    form = await readFormData(request);
  } catch {
    return answer({ errors: { form: "presentations.errors.unreadable" }, values: {}, picked: {} }, 400);
  }
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { db } = context.services.database;
  const values = readPresentationForm(form.entries());
  const picked = await pickedOf(db, locale, values);
  const uploads = form.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
  // The picker's search without JavaScript: the same form again, with the matches to tick. A browser
  // never fills a file field back in, so the page says to choose the files again.
  const pickerSearch = readPickerSearch(form, presentationPickers);
  if (pickerSearch) {
    const search = await answerPickerSearch({ db, locale, search: pickerSearch });
    return answer({ errors: {}, values, picked, search, filesDropped: uploads.length });
  }
  if (uploads.some((file) => file.size > maxPresentationFileBytes))
    return answer({ errors: { files: "presentations.errors.fileTooLarge" }, values, picked }, 400);
  const parsed = presentationSchema.safeParse(presentationFormToInput(values));
  if (!parsed.success) return answer({ errors: planFieldErrors(parsed.error), values, picked }, 400);
  const files: UploadedFile[] = await Promise.all(
    uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const result = await orRespond(() =>
    sendPresentation({
      services: context.services,
      viewer,
      companyId,
      input: parsed.data,
      files,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return answer({ errors: result.errors, values, picked }, result.rateLimited ? 429 : 400);
  throw redirect(`/${params.lang}/presentations/${result.presentationId}?sent=1`);
}

export default function PresentationsNew({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> =
    actionData?.errors ?? (loaderData.uploadError ? { files: loaderData.uploadError } : {});
  return (
    <>
      <p>
        <Link to={`/${locale}/presentations`}>{t("presentations.detail.back")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("presentations.newTitle")}
      </Heading>
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("presentations.notSent")}</Paragraph> : null}
      {(actionData?.filesDropped ?? 0) > 0 ? (
        <div role="status" className="notice" id="presentation-files-again">
          <Paragraph>{t("presentations.filesAgain", { count: actionData?.filesDropped ?? 0 })}</Paragraph>
        </div>
      ) : null}
      <Paragraph mb="m">{t("presentations.newIntro", { count: maxPresentationsPerDay })}</Paragraph>
      <PresentationForm
        locale={locale}
        values={actionData?.values ?? { planId: loaderData.plan, recipients: [] }}
        errors={errors}
        recipients={loaderData.recipients}
        picked={actionData?.picked?.cpv ?? []}
        search={actionData?.search}
      />
    </>
  );
}
