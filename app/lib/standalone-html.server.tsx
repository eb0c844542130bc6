import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * A self-contained HTML file to download (a record to attach to a call for tenders): React escapes
 * every text, the small style sheet is inline, nothing is fetched when it is opened.
 */
export function standaloneHtmlResponse({
  lang,
  title,
  filename,
  body,
}: {
  lang: string;
  title: string;
  filename: string;
  body: ReactElement;
}): Response {
  const document = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style>
          {
            "body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}ol{padding:0;list-style:none}li{border-left:4px solid #c8cdd0;padding-left:12px;margin-bottom:16px}dt{font-weight:600}dd{margin:0 0 4px}"
          }
        </style>
      </head>
      <body>{body}</body>
    </html>,
  );
  return new Response(`<!DOCTYPE html>${document}`, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
