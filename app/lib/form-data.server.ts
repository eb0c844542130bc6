import type { z } from "zod";
import { fieldErrors } from "../modules/accounts/schemas.ts";

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** Parses a posted form with its schema; on failure returns catalogue-key errors and the values to refill. */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<FormResult<z.infer<S>>> {
  return parseFormData(await request.formData(), schema);
}

/** The same for a form already read (when the action first looks at its `intent`). */
export function parseFormData<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  // Passwords are never sent back into the page.
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password/i.test(key)));
  return { ok: false, errors: fieldErrors(parsed.error), values };
}
