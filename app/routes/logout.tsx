import { redirect } from "react-router";
import { logOut } from "../modules/accounts/index.server.ts";
import type { Route } from "./+types/logout";

export async function action({ request, context, params }: Route.ActionArgs) {
  const headers = await logOut({ services: context.services, requestHeaders: request.headers });
  throw redirect(`/${params.lang}/`, { headers });
}

export function loader({ params }: Route.LoaderArgs) {
  // Logging out changes state, so it is a POST (the header's button); a GET just goes home.
  throw redirect(`/${params.lang}/`);
}
