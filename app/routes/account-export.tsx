import { finnishDay } from "../i18n/format.ts";
import { exportMyData, requireViewer } from "../modules/accounts/index.server.ts";
import { loadPersonalDataParts } from "../modules/personal-data.server.ts";
import type { Route } from "./+types/account-export";

/** Download my data: a JSON file with everything the platform holds about the person. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  // Every module's part of "my data" is registered (ADR 029).
  loadPersonalDataParts();
  const document = await exportMyData({ services: context.services, viewer });
  const day = finnishDay();
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="hankintasilta-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
