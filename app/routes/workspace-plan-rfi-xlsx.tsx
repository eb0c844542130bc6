import { data } from "react-router";
import { finnishDay } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { rfiResponsesXlsx } from "../modules/dialogue/index.server.ts";
import type { Route } from "./+types/workspace-plan-rfi-xlsx";

/** A request's responses as an XLSX download, for the plan's buyers only (a resource route). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const file = await orRespond(() =>
    rfiResponsesXlsx({
      db: context.services.database.db,
      viewer,
      rfiId: params.rfiId,
      planId: params.id,
      locale,
    }),
  );
  if (!file) throw data({ code: "not_found" }, { status: 404 });
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="rfi-${params.rfiId.slice(0, 8)}-${finnishDay()}.xlsx"`,
      // Companies' answers, business secrets among them: no shared cache keeps them.
      "Cache-Control": "private, no-store",
    },
  });
}
