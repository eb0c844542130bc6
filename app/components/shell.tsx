import type { ReactNode } from "react";
import type { Locale } from "../i18n/locales.ts";
import type { HeaderViewer } from "./account-nav.tsx";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";

/** Header, main landmark and footer around every page, error pages included. */
export function Shell({
  locale,
  viewer = null,
  children,
}: {
  locale: Locale;
  viewer?: HeaderViewer;
  children: ReactNode;
}) {
  return (
    <div className="shell">
      <SiteHeader locale={locale} viewer={viewer} />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
