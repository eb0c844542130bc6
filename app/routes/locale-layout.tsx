import { data, isRouteErrorResponse, Outlet, useRouteError, useRouteLoaderData } from "react-router";
import { ErrorPage } from "../components/error-page.tsx";
import { Shell } from "../components/shell.tsx";
import { defaultLocale, isLocale } from "../i18n/locales.ts";
import type { loader as RootLoader } from "../root.tsx";
import type { Route } from "./+types/locale-layout";

export function loader({ params }: Route.LoaderArgs) {
  // An unknown first segment (/de/…, /foo) is a 404 rendered by the root boundary.
  if (!isLocale(params.lang)) throw data(null, { status: 404 });
  return { locale: params.lang };
}

export default function LocaleLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Shell locale={loaderData.locale}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // The root loader has already picked the page language (the path's, or Accept-Language for /foo).
  const root = useRouteLoaderData<typeof RootLoader>("root");
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Shell locale={root?.locale ?? defaultLocale}>
      <ErrorPage kind={isNotFound ? "notFound" : "error"} />
    </Shell>
  );
}
