import { data, isRouteErrorResponse, Outlet, useRouteError, useRouteLoaderData } from "react-router";
import type { HeaderViewer } from "../components/account-nav.tsx";
import { ErrorPage, errorKindOf } from "../components/error-page.tsx";
import { Shell } from "../components/shell.tsx";
import { defaultLocale, isLocale } from "../i18n/locales.ts";
import { pickText } from "../lib/pick-translation.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { actingCompanyOf } from "../modules/interest/index.server.ts";
import { canUseWorkspaceOf } from "../modules/plans/index.server.ts";
import { countNewPresentations, presentingCompanyOf } from "../modules/presentations/index.server.ts";
import { countUnreadNotifications } from "../modules/watches/index.server.ts";
import type { loader as RootLoader } from "../root.tsx";
import type { Route } from "./+types/locale-layout";

export async function loader({ params, context, request }: Route.LoaderArgs) {
  // An unknown first segment (/de/…, /foo) is a 404 rendered by the root boundary.
  const locale = params.lang;
  if (!isLocale(locale)) throw data(null, { status: 404 });
  const viewer = await loadViewer(context, request);
  const activeOrganisationId = viewer?.activeOrganisationId ?? null;
  const newPresentations = await countNewPresentations({
    services: context.services,
    viewer,
    organisationId: activeOrganisationId,
  });
  const header: HeaderViewer = viewer
    ? {
        name: viewer.name,
        activeOrganisationId: viewer.activeOrganisationId,
        // Each organisation by its name in the page's language (Borgå stad on /sv/), issue 12 point 19.
        memberships: viewer.memberships.map((m) => ({
          organisationId: m.organisationId,
          name: pickText({ fi: m.name, ...m.names }, locale),
        })),
        hasWorkspace: canUseWorkspaceOf(viewer, viewer.activeOrganisationId),
        unreadNotifications: await countUnreadNotifications(context.services.database.db, viewer.userId),
        hasPartners: actingCompanyOf(viewer) !== null,
        inbox:
          activeOrganisationId && newPresentations !== null
            ? { organisationId: activeOrganisationId, newCount: newPresentations }
            : null,
        presents: presentingCompanyOf(viewer) !== null,
      }
    : null;
  return { locale, viewer: header };
}

export default function LocaleLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Shell locale={loaderData.locale} viewer={loaderData.viewer}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // The root loader has already picked the page language (the path's, or Accept-Language for /foo).
  const root = useRouteLoaderData<typeof RootLoader>("root");
  const layout = useRouteLoaderData<typeof loader>("routes/locale-layout");
  const kind = errorKindOf(isRouteErrorResponse(error) ? error.status : undefined);
  return (
    <Shell locale={root?.locale ?? defaultLocale} viewer={layout?.viewer ?? null}>
      <ErrorPage kind={kind} />
    </Shell>
  );
}
