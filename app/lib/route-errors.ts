import { data } from "react-router";
import { AppError } from "./app-error.ts";

/**
 * Runs a command or query for a route; an AppError becomes the matching HTTP answer (403, 404, 409…)
 * rendered by the error boundary, never a 500.
 */
export async function orRespond<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw data({ code: error.code }, { status: error.status });
    throw error;
  }
}

/**
 * Like orRespond, but a command refused by a rate limit comes back as `{ ok: false }`, so the route can
 * show the form again with what the person typed (status 429) instead of an error page.
 */
export async function orRateLimited<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  return orRespond(async () => {
    try {
      return { ok: true as const, value: await work() };
    } catch (error) {
      if (error instanceof AppError && error.code === "rate_limited") return { ok: false as const };
      throw error;
    }
  });
}

/** A page number from the query string: 1 when missing or nonsense, at most 10,000. */
export function pageFrom(request: Request): number {
  const value = Number(new URL(request.url).searchParams.get("page") ?? "1");
  return Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
}
