import { locales } from "../i18n/locales.ts";
import { withoutXmlForbidden } from "../lib/clean-text.ts";
import { listDirectory } from "../modules/companies/index.server.ts";
import { parseDirectoryFilters } from "../modules/companies/index.ts";
import { listOrganisations } from "../modules/organisations/index.server.ts";
import { listPublicPlanIds } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/sitemap";

const staticPages = [
  "",
  "plans",
  "plans/timeline",
  "plans/forecast",
  "plans/joint-candidates",
  "companies",
  "organisations",
  "accessibility",
  "privacy",
  "api",
  "login",
  "signup",
];

function escapeXml(value: string): string {
  return withoutXmlForbidden(value).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** /sitemap.xml: every public page in Finnish, Swedish and English, with hreflang alternates. */
export async function loader({ context }: Route.LoaderArgs) {
  const base = context.services.publicUrl;
  const organisations = await listOrganisations({ services: context.services, page: 1, pageSize: 5000 });
  const plans = await listPublicPlanIds({ db: context.services.database.db });
  // Listed companies only (the directory's own condition).
  const companies = await listDirectory({
    db: context.services.database.db,
    filters: parseDirectoryFilters(new URLSearchParams()),
    limit: 5000,
  });
  const paths = [
    ...staticPages,
    ...organisations.rows.map((row) => `organisations/${row.id}`),
    ...plans.map((id) => `plans/${id}`),
    ...companies.rows.map((row) => `companies/${row.id}`),
  ];
  const entries = paths.flatMap((path) =>
    locales.map((locale) => {
      const alternates = locales
        .map(
          (other) =>
            `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(`${base}/${other}/${path}`)}"/>`,
        )
        .join("");
      return `<url><loc>${escapeXml(`${base}/${locale}/${path}`)}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join("")}</urlset>\n`;
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
