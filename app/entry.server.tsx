import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { ServerStyleSheet } from "styled-components";
import { NonceContext } from "./components/nonce.ts";

export const streamTimeout = 5_000;

/**
 * Logs what went wrong on the server. Refusals the request caused (a 4xx such as a POST to a page
 * without a form, 405) are answers, not faults, so they are not logged; the HTTP log has their status.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};

/**
 * Renders the whole page before answering so that styled-components (the Suomi.fi design system) can
 * put every style tag into <head>: the page then looks right without JavaScript.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const sheet = new ServerStyleSheet();
  const nonce = loadContext.cspNonce || undefined;
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on("data", (chunk: Buffer) => chunks.push(chunk));
    sink.on("end", () => {
      try {
        const html = Buffer.concat(chunks).toString("utf8");
        const styles = sheet.getStyleTags();
        const withStyles = html.replace("</head>", `${styles}</head>`);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(withStyles, { headers: responseHeaders, status }));
      } catch (error) {
        reject(error);
      } finally {
        sheet.seal();
      }
    });
    const timeout = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      sheet.collectStyles(
        <NonceContext.Provider value={nonce}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </NonceContext.Provider>,
      ),
      {
        nonce,
        onAllReady() {
          clearTimeout(timeout);
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          sheet.seal();
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          console.error(error);
        },
      },
    );
  });
}
