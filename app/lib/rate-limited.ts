import { data } from "react-router";
import { AppError } from "./app-error.ts";

/** Runs an action step; a rate-limit refusal becomes a 429 answer with the form error instead of a 500. */
export async function withRateLimit<T>(step: () => Promise<T>) {
  try {
    return { ok: true as const, value: await step() };
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") {
      return {
        ok: false as const,
        response: data(
          { errors: { form: "auth.rateLimited" }, values: {} as Record<string, string> },
          { status: 429, headers: { "Retry-After": error.message } },
        ),
      };
    }
    throw error;
  }
}
