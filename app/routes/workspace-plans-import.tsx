import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canEditPlansOf,
  checkPlanRows,
  importPlans,
  isBuyerKind,
  maxSheetRows,
  readPlanSheet,
} from "../modules/plans/index.server.ts";
import type { PlanSheetRecord } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plans-import";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "planImport.title") },
];

type Preview = {
  rows: { rowNumber: number; ok: boolean; title: string; problems: { column: string; message: string }[] }[];
  valid: string;
  validCount: number;
  invalidCount: number;
  unknownColumns: string[];
};

async function organisationFor(context: Route.LoaderArgs["context"], request: Request, lang: string) {
  const viewer = await requireViewer(context, request, lang);
  const organisationId = viewer.activeOrganisationId;
  const kind = viewer.memberships.find((m) => m.organisationId === organisationId)?.kind;
  if (!organisationId || !kind || !isBuyerKind(kind) || !canEditPlansOf(viewer, organisationId)) {
    throw data(null, { status: 403 });
  }
  return { viewer, organisationId };
}

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["preview", "confirm"], { fallback: "preview" }) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  await organisationFor(context, request, params.lang);
  const imported = new URL(request.url).searchParams.get("imported");
  return { maxRows: maxSheetRows, imported: imported && /^\d+$/.test(imported) ? Number(imported) : null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { viewer, organisationId } = await organisationFor(context, request, params.lang);
  const form = await readFormData(request);
  if (readIntent(form, handle.intents).name === "confirm") {
    let records: { rowNumber: number; record: PlanSheetRecord }[];
    try {
      records = JSON.parse(String(form.get("rows") ?? "[]"));
      if (!Array.isArray(records) || records.length === 0) throw new Error("empty");
    } catch {
      return data({ error: "planImport.errors.empty", preview: null as Preview | null }, { status: 400 });
    }
    const result = await orRespond(() =>
      importPlans({
        services: context.services,
        viewer,
        organisationId,
        records,
        requestId: context.requestId,
      }),
    );
    if (!result.ok)
      return data({ error: "planImport.errors.changed", preview: null as Preview | null }, { status: 409 });
    throw redirect(`/${params.lang}/workspace/plans/import?imported=${result.created}`);
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return data({ error: "planImport.errors.noFile", preview: null as Preview | null }, { status: 400 });
  }
  const sheet = await readPlanSheet(new Uint8Array(await file.arrayBuffer()));
  if (!sheet.ok) return data({ error: sheet.error, preview: null as Preview | null }, { status: 400 });
  const checked = await checkPlanRows(context.services.database.db, organisationId, sheet.rows);
  const validRows = checked.filter((row) => row.ok).map(({ rowNumber, record }) => ({ rowNumber, record }));
  const preview: Preview = {
    rows: checked.map((row) => ({
      rowNumber: row.rowNumber,
      ok: row.ok,
      title: row.record.title_fi ?? "",
      problems: row.ok ? [] : row.problems,
    })),
    valid: JSON.stringify(validRows),
    validCount: validRows.length,
    invalidCount: checked.length - validRows.length,
    unknownColumns: sheet.unknownColumns,
  };
  return { error: undefined as string | undefined, preview };
}

export default function ImportPlans({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const preview = actionData?.preview ?? null;
  const base = `/${params.lang}/workspace/plans`;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("planImport.title")}
      </Heading>
      <Paragraph mb="m">{t("planImport.intro", { max: loaderData.maxRows })}</Paragraph>
      {loaderData.imported !== null ? (
        <Paragraph mb="m" role="status">
          {t("planImport.done", { count: loaderData.imported })}
        </Paragraph>
      ) : null}
      <FormAlert message={actionData?.error} />
      <ul className="plain-list">
        <li>
          <a href={`${base}/sheet/template.xlsx`}>{t("planImport.templateXlsx")}</a>
        </li>
        <li>
          <a href={`${base}/sheet/template.csv`}>{t("planImport.templateCsv")}</a>
        </li>
        <li>
          <a href={`${base}/sheet/export.xlsx`}>{t("planImport.exportXlsx")}</a>
        </li>
        <li>
          <a href={`${base}/sheet/export.csv`}>{t("planImport.exportCsv")}</a>
        </li>
      </ul>
      <Form method="post" encType="multipart/form-data" className="form-stack" aria-labelledby="upload-title">
        <Heading variant="h2" id="upload-title" mt="l">
          {t("planImport.upload")}
        </Heading>
        <input type="hidden" name="intent" value="preview" />
        <div className="native-field">
          <label htmlFor="import-file">{t("planImport.file")}</label>
          <span id="import-file-hint" className="field-hint">
            {t("planImport.fileHint")}
          </span>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            aria-describedby="import-file-hint"
          />
        </div>
        <div>
          <Button type="submit" id="import-preview" disabled={busy}>
            {t("planImport.preview")}
          </Button>
        </div>
      </Form>
      {preview ? (
        <section aria-labelledby="preview-title">
          <Heading variant="h2" id="preview-title" mt="xl" mb="s">
            {t("planImport.previewTitle")}
          </Heading>
          <Paragraph mb="m" role="status">
            {t("planImport.summary", { valid: preview.validCount, invalid: preview.invalidCount })}
          </Paragraph>
          {preview.unknownColumns.length > 0 ? (
            <Paragraph mb="m">
              {t("planImport.unknownColumns", { columns: preview.unknownColumns.join(", ") })}
            </Paragraph>
          ) : null}
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("planImport.row")}</th>
                  <th scope="col">{t("plans.fields.title")}</th>
                  <th scope="col">{t("planImport.problems")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.rowNumber}>
                    <td>{row.rowNumber}</td>
                    <td>{row.title}</td>
                    <td>
                      {row.ok ? (
                        t("planImport.rowOk")
                      ) : (
                        <ul className="plain-list">
                          {row.problems.map((problem) => (
                            <li key={`${problem.column}-${problem.message}`}>
                              <code>{problem.column}</code>: {t(problem.message)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.validCount > 0 ? (
            <Form method="post" className="form-stack">
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="rows" value={preview.valid} />
              <Paragraph mt="m">{t("planImport.confirmText", { count: preview.validCount })}</Paragraph>
              <div>
                <Button type="submit" id="import-confirm" disabled={busy}>
                  {t("planImport.confirm", { count: preview.validCount })}
                </Button>
              </div>
            </Form>
          ) : null}
        </section>
      ) : null}
      <Paragraph mt="xl">
        <Link to={base}>{t("planImport.back")}</Link>
      </Paragraph>
    </>
  );
}
