import { finnishDay } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { directoryXlsx, isBuyer } from "../modules/companies/index.server.ts";
import { parseDirectoryFilters } from "../modules/companies/index.ts";
import type { Route } from "./+types/companies-export";

/** The directory's filter state as an XLSX download; contact persons only for signed-in buyers. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await loadViewer(context, request);
  const bytes = await directoryXlsx({
    db: context.services.database.db,
    locale,
    filters: parseDirectoryFilters(new URL(request.url).searchParams),
    withContacts: isBuyer(viewer),
    publicUrl: context.services.publicUrl,
  });
  const day = finnishDay();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="yrityshakemisto-${day}.xlsx"`,
      // The file may hold contact persons for a buyer: no shared cache keeps it.
      "Cache-Control": "private, no-store",
    },
  });
}
