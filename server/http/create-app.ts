import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { NONCE, secureHeaders } from "hono/secure-headers";
import type { ServerBuild } from "react-router";
import { createRequestHandler } from "react-router";
import { isLocale } from "../../app/i18n/locales.ts";
import { createApiV1 } from "../../app/modules/open-data/index.server.ts";
import { maxAttachmentRequestBytes } from "../../app/modules/plans/index.ts";
import { maxPresentationRequestBytes } from "../../app/modules/presentations/index.ts";
import type { Services } from "../../app/services.ts";
import type { Logger } from "../logger.ts";
import { hasWellFormedParameters, type PageMatch, pageRouteMatcher } from "./page-routes.ts";

export type AppOptions = {
  services: Services;
  logger: Logger;
  /** Loads the React Router server build (from build/ in production, from Vite in development). */
  getBuild: () => Promise<ServerBuild>;
  /** Folder of the built browser assets; absent in development, where Vite serves them. */
  clientDir?: string;
  /** Read the client address from X-Forwarded-For (set by the one reverse proxy in front). */
  trustProxy?: boolean;
};

/** The better-auth endpoints that e-mail links open: address verification, magic link, password reset. */
export const authLinkPaths = [
  /^\/api\/auth\/verify-email$/,
  /^\/api\/auth\/magic-link\/verify$/,
  /^\/api\/auth\/reset-password\/[^/]+$/,
];

/**
 * The attachment upload forms: a plan's in the workspace, a draft for comment's PDF and a company's
 * response to a request for information (all carry files under the attachment rules), and their
 * single-fetch `.data` twins.
 */
const attachmentUploadPath =
  /^\/(fi|sv|en)\/(workspace\/plans\/[0-9a-f-]{36}\/(attachments|drafts\/[0-9a-f-]{36}\/document)|plans\/[0-9a-f-]{36}\/rfi\/[0-9a-f-]{36})(\.data)?$/i;

/** The new-presentation form, which carries up to five files (and its `.data` twin). */
const presentationUploadPath = /^\/(fi|sv|en)\/presentations\/new(\.data)?$/;

/** The HTTP surface: health, the /api/v1 API, static files, then React Router for every page. */
export function createApp({ services, logger, getBuild, clientDir, trustProxy = false }: AppOptions) {
  const app = new Hono<{ Variables: { requestId: string; secureHeadersNonce?: string } }>();
  const isHttps = services.publicUrl.startsWith("https:");

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info({
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", NONCE],
        // styled-components (the Suomi.fi design system) injects <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
      xContentTypeOptions: "nosniff",
      xFrameOptions: "DENY",
      strictTransportSecurity: isHttps ? "max-age=31536000; includeSubDomains" : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Cross-site form posts are refused: the browser's Origin must be our own (CSRF protection).
  // The unsubscribe link is the exception: mail programs post to it without an Origin (RFC 8058), and
  // its signed token is its authorisation.
  const checkOrigin = csrf({
    origin: (origin, c) => origin === new URL(c.req.url).origin || origin === services.publicUrl,
  });
  app.use((c, next) => (/^\/(fi|sv|en)\/unsubscribe$/.test(c.req.path) ? next() : checkOrigin(c, next)));

  // Uploads are the only large bodies (spreadsheet import, plan attachments); everything else stays small.
  const tooLarge = (c: Context) => c.text("Payload Too Large", 413);
  app.post("/:lang/workspace/plans/import", bodyLimit({ maxSize: 3 * 1024 * 1024, onError: tooLarge }));
  const defaultLimit = bodyLimit({ maxSize: 4 * 1024 * 1024, onError: tooLarge });
  // The attachment form's limit leaves room for a file over maxAttachmentBytes, which the action refuses
  // with a translated field error. Past this one, a form posted without JavaScript is sent back to its
  // page with the same error (JavaScript checks the size before sending).
  const attachmentLimit = bodyLimit({
    maxSize: maxAttachmentRequestBytes,
    onError: (c) =>
      c.req.path.endsWith(".data") ? tooLarge(c) : c.redirect(`${c.req.path}?error=tooLarge`, 303),
  });
  const presentationLimit = bodyLimit({
    maxSize: maxPresentationRequestBytes,
    onError: (c) =>
      c.req.path.endsWith(".data") ? tooLarge(c) : c.redirect(`${c.req.path}?error=tooLarge`, 303),
  });
  app.use("*", (c, next) =>
    attachmentUploadPath.test(c.req.path)
      ? attachmentLimit(c, next)
      : presentationUploadPath.test(c.req.path)
        ? presentationLimit(c, next)
        : defaultLimit(c, next),
  );

  app.get("/health", async (c) => {
    try {
      await services.database.ping();
      return c.json({ status: "ok", database: services.database.kind });
    } catch {
      return c.json({ status: "unavailable", database: services.database.kind }, 503);
    }
  });

  // Only the links that e-mails open (verify, magic link, reset) reach better-auth directly; forms go
  // through our own actions, which validate, rate-limit and audit. Its other endpoints stay closed:
  // get-session and list-sessions, for one, would hand the HttpOnly session token to a script.
  app.get("/api/auth/*", (c) =>
    authLinkPaths.some((path) => path.test(c.req.path))
      ? services.auth.handler(c.req.raw)
      : c.json({ error: "not_found" }, 404),
  );
  // The open data API (public plans, OCDS, OpenAPI); it must come before the catch-all below.
  app.route("/api/v1", createApiV1(services));
  // Nothing else under /api reaches the pages: unknown API paths get a JSON 404.
  app.all("/api/*", (c) => c.json({ error: "not_found" }, 404));

  app.get("/favicon.ico", (c) => c.redirect("/favicon.svg", 301));

  if (clientDir) {
    app.use(
      "/assets/*",
      serveStatic({
        root: clientDir,
        onFound: (_path, c) => {
          c.header("Cache-Control", "public, max-age=31536000, immutable");
        },
      }),
    );
    app.use("/*", serveStatic({ root: clientDir }));
  }

  const handlers = new WeakMap<
    ServerBuild,
    { handle: ReturnType<typeof createRequestHandler>; match: (pathname: string) => PageMatch | null }
  >();
  app.all("*", async (c) => {
    const build = await getBuild();
    let handler = handlers.get(build);
    if (!handler) {
      handler = {
        handle: createRequestHandler(build, services.isProduction ? "production" : "development"),
        match: pageRouteMatcher(build),
      };
      handlers.set(build, handler);
    }
    const { handle, match } = handler;
    const context = {
      services,
      requestId: c.get("requestId"),
      cspNonce: c.get("secureHeadersNonce") ?? "",
      clientIp: clientAddress(c.req.header("x-forwarded-for"), getConnInfo(c).remote.address, trustProxy),
      isPagePath: (pathname: string) => {
        const page = match(pathname);
        return page?.isPage === true && hasWellFormedParameters(page);
      },
    };
    // A path parameter that cannot be an id (a NUL byte, a line break, not a UUID) never reaches a
    // loader or the database: the page is not found.
    const url = new URL(c.req.url);
    // React Router's own endpoint for lazy route discovery (the browser asks it before a client-side
    // navigation); it is no page and has no path parameters.
    if (url.pathname === "/__manifest") return handle(c.req.raw, context);
    const isData = url.pathname.endsWith(".data");
    const page = match(isData ? url.pathname.slice(0, -5) : url.pathname);
    if (page === null || hasWellFormedParameters(page)) return handle(c.req.raw, context);
    if (isData) return c.text("Not Found", 404);
    // The catch-all route renders the translated 404 page in the path's language (in the browser's
    // when the path has none: "_" is no locale, so the root's boundary answers).
    const lang = page.params.lang;
    const notFound = new URL(`/${isLocale(lang) ? lang : "_"}/not-found`, url);
    return handle(new Request(notFound, { headers: c.req.raw.headers }), context);
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error({ requestId: c.get("requestId"), err: error }, "unhandled error");
    return c.text("Internal Server Error", 500);
  });

  return app;
}

/** The client's address for rate limits: the proxy's last X-Forwarded-For entry when trusted, else the socket's. */
export function clientAddress(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
) {
  if (trustProxy && forwardedFor) {
    const hops = forwardedFor
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  return socketAddress ?? "";
}
