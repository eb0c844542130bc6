import { redirect } from "react-router";
import { parseForm } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer, safeNextPath } from "../modules/accounts/index.server.ts";
import { switchActiveOrganisation } from "../modules/organisations/index.server.ts";
import { switchOrganisationSchema } from "../modules/organisations/index.ts";
import type { Route } from "./+types/organisations-switch";

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await parseForm(request, switchOrganisationSchema);
  const back = safeNextPath(
    new URL(request.headers.get("referer") ?? "/", request.url).pathname,
    `/${params.lang}/account`,
    context.isPagePath,
  );
  if (!form.ok) throw redirect(back);
  const headers = await orRespond(() =>
    switchActiveOrganisation({
      services: context.services,
      viewer,
      organisationId: form.data.organisationId,
      requestHeaders: request.headers,
    }),
  );
  throw redirect(back, { headers });
}

export function loader({ params }: Route.LoaderArgs) {
  throw redirect(`/${params.lang}/account`);
}
