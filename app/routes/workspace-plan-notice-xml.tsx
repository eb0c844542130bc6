import { data } from "react-router";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { noticeXml, prepareNotice } from "../modules/notices/index.server.ts";
import { noticeTypeSchema } from "../modules/notices/index.ts";
import type { Route } from "./+types/workspace-plan-notice-xml";

/**
 * The plan's eForms notice as an XML download for its buyers (issue 14 point 3), validated against
 * the eForms schema first; a notice that lacks something is a 422 that sends the buyer back to the
 * notice page's list (a resource route).
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const url = new URL(request.url);
  const type = noticeTypeSchema.safeParse(url.searchParams.get("type") ?? "");
  if (!type.success) throw data({ code: "invalid" }, { status: 400 });
  const prepared = await orRespond(() =>
    prepareNotice({
      services: context.services,
      viewer,
      planId: params.id,
      type: type.data,
      places: {
        municipalityCode: url.searchParams.get("municipality"),
        regionCode: url.searchParams.get("region"),
      },
    }),
  );
  const result = noticeXml(prepared);
  if (!result.ok) throw data({ code: "incomplete" }, { status: 422 });
  return new Response(result.xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${type.data}-${prepared.source.noticeId}.xml"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
