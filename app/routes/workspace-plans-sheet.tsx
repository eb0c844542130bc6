import { data } from "react-router";
import { finnishDay } from "../i18n/format.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canSeeInternalPlansOf,
  isBuyerKind,
  listPlansForSheet,
  toPlanCsv,
  toPlanXlsx,
} from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plans-sheet";

const files = {
  "template.csv": { kind: "template", format: "csv" },
  "template.xlsx": { kind: "template", format: "xlsx" },
  "export.csv": { kind: "export", format: "csv" },
  "export.xlsx": { kind: "export", format: "xlsx" },
} as const;

/** The import template and the export of the active organisation's plans, as CSV or XLSX downloads. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const file = files[params.file as keyof typeof files];
  if (!file) throw data(null, { status: 404 });
  const viewer = await requireViewer(context, request, params.lang);
  const organisationId = viewer.activeOrganisationId;
  const kind = viewer.memberships.find((m) => m.organisationId === organisationId)?.kind;
  // Forward plans belong to contracting authorities; a company's "plans" do not exist.
  const isBuyerOrganisation = kind !== undefined && isBuyerKind(kind);
  if (!organisationId || !isBuyerOrganisation || !canSeeInternalPlansOf(viewer, organisationId)) {
    throw data(null, { status: 403 });
  }
  const records =
    file.kind === "export"
      ? await listPlansForSheet({ services: context.services, viewer, organisationId })
      : [];
  const day = finnishDay();
  const name = file.kind === "template" ? "hankintasuunnitelma-pohja" : `hankintasuunnitelma-${day}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${name}.${file.format}"`,
    "Cache-Control": "no-store",
  };
  if (file.format === "csv") {
    return new Response(toPlanCsv(records, file.kind === "template"), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const bytes = await toPlanXlsx(records, file.kind === "template");
  return new Response(bytes, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
