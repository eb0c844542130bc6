import { data } from "react-router";
import type { z } from "zod";
import { fieldErrors } from "../modules/accounts/index.ts";

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The posted form. A body that is no form (JSON, plain text, a broken multipart body) never reaches
 * the action: it is answered with the translated error page, 415 for another content type, 400 for a
 * body that cannot be read. Every action reads its form through this (or parseForm).
 */
export async function readFormData(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!formTypes.includes(type)) throw data({ code: "bad_request" }, { status: 415 });
  try {
    return await request.formData();
  } catch {
    throw data({ code: "bad_request" }, { status: 400 });
  }
}

/** Parses a posted form with its schema; on failure returns catalogue-key errors and the values to refill. */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<FormResult<z.infer<S>>> {
  return parseFormData(await readFormData(request), schema);
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
