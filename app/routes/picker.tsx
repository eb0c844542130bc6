import { isLocale } from "../i18n/locales.ts";
import { consumeRateLimit } from "../modules/accounts/index.server.ts";
import { searchPickerOptions } from "../modules/reference-data/index.server.ts";
import { pickerQuerySchema } from "../modules/reference-data/index.ts";
import type { Route } from "./+types/picker";

/** Suggestions as people type are many small requests: room for fast typing, not for scraping. */
const suggestionLimit = { limit: 120, windowSeconds: 60 };

/**
 * The code picker's suggestions (`/:lang/picker?kind=cpv&q=siivous`): public reference data as JSON,
 * the query validated and the client rate-limited.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const parsed = pickerQuerySchema.safeParse({
    kind: url.searchParams.get("kind"),
    q: url.searchParams.get("q") ?? "",
  });
  if (!isLocale(params.lang) || !parsed.success)
    return Response.json({ error: "invalid-query" }, { status: 400 });
  const db = context.services.database.db;
  const limit = await consumeRateLimit(db, `picker:${context.clientIp}`, suggestionLimit);
  if (!limit.allowed)
    return Response.json(
      { error: "rate-limited" },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  const options = await searchPickerOptions({
    db,
    locale: params.lang,
    kind: parsed.data.kind,
    text: parsed.data.q,
  });
  return Response.json({ options }, { headers: { "Cache-Control": "private, max-age=300" } });
}
