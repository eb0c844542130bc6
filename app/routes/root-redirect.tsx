import { redirect } from "react-router";
import { negotiateLocale } from "../i18n/locales.ts";
import type { Route } from "./+types/root-redirect";

/** `/` sends the visitor to /fi/, /sv/ or /en/ by the browser's Accept-Language. */
export function loader({ request }: Route.LoaderArgs) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return redirect(`/${locale}/`, { headers: { Vary: "Accept-Language" } });
}
