import { type ReactNode, useLayoutEffect } from "react";
import { I18nextProvider } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { ErrorPage, errorKindOf } from "./components/error-page.tsx";
import { useNonce } from "./components/nonce.ts";
import { Shell } from "./components/shell.tsx";
import { getI18n } from "./i18n/i18n.ts";
import { defaultLocale, isLocale, type Locale, negotiateLocale } from "./i18n/locales.ts";
import { restoreTypedText } from "./lib/keep-typed-text.ts";
import appCss from "./styles/app.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: appCss },
];

export function loader({ params, request }: Route.LoaderArgs) {
  const locale: Locale = isLocale(params.lang)
    ? params.lang
    : negotiateLocale(request.headers.get("accept-language"));
  return { locale };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? defaultLocale;
  // Browsers hide a nonce attribute's value from the page once applied (it reads as ""), so the browser
  // render uses "" to match what it hydrates.
  const nonce = useNonce() ?? "";
  // Hydration has committed: put back what was typed into text areas before it (keep-typed-text.ts),
  // and say so on <html> for browser tests that must not race it.
  useLayoutEffect(() => {
    restoreTypedText();
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {/* Stylesheets need no nonce (style-src allows self); an empty one keeps server and browser equal. */}
        <Links nonce="" />
      </head>
      <body>
        <I18nextProvider i18n={getI18n(locale)}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const kind = errorKindOf(isRouteErrorResponse(error) ? error.status : undefined);
  return (
    <Shell locale={data?.locale ?? defaultLocale}>
      <ErrorPage kind={kind} />
    </Shell>
  );
}
