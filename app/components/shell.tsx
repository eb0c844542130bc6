import type { ReactNode } from "react";
import type { Locale } from "../i18n/locales.ts";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";

/** Header, main landmark and footer around every page, error pages included. */
export function Shell({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <div className="shell">
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
