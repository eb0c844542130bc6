import { z } from "zod";
import { optionalSingleLineText, singleLineText } from "../../lib/text-schemas.ts";
import { cpvCode, many, valueBands } from "../plans/index.ts";
import { type PickerFields, typedPickerCodes } from "../reference-data/index.ts";
import { watchEvents } from "./events.ts";

export const maxWatchesPerUser = 50;

/**
 * A watch as its form sends it (repeatable fields as arrays). At least one criterion or keyword is not
 * required: a watch of everything is allowed, but at least one event and one way of delivery are.
 */
export const watchSchema = z
  .object({
    name: singleLineText(120),
    cpv: many(cpvCode, 20),
    region: many(z.string().regex(/^\d{2}$/), 19),
    municipality: many(z.string().regex(/^\d{3}$/), 50),
    organisation: many(z.string().min(1).max(100), 50),
    valueBand: many(z.enum(valueBands), 3),
    keywords: optionalSingleLineText(200).transform((value) => value ?? ""),
    event: many(z.enum(watchEvents), watchEvents.length).refine(
      (events) => events.length > 0,
      "watches.errors.event",
    ),
    instant: z.boolean().default(false),
    digest: z.boolean().default(false),
  })
  .superRefine((watch, ctx) => {
    if (!watch.instant && !watch.digest)
      ctx.addIssue({ code: "custom", path: ["delivery"], message: "watches.errors.delivery" });
  });
export type WatchInput = z.output<typeof watchSchema>;

const repeatable = ["cpv", "region", "municipality", "organisation", "valueBand", "event"] as const;

/** The watch form's code pickers (app/components/code-picker.tsx). */
export const watchPickers: PickerFields = [
  { field: "cpv", kind: "cpv" },
  { field: "municipality", kind: "municipality" },
];

/** Reads the watch form (or a search's URL parameters) into the schema's input shape. */
export function watchFormInput(data: FormData | URLSearchParams): Record<string, unknown> {
  const get = (key: string) => {
    const value = data.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const all = (key: string) =>
    data
      .getAll(key)
      .filter((value): value is string => typeof value === "string")
      .flatMap((value) => value.split(/[\s,]+/))
      .filter((value) => value !== "");
  const input: Record<string, unknown> = {
    name: get("name") ?? "",
    keywords: get("keywords") ?? get("q"),
    instant: data.get("instant") === "on",
    digest: data.get("digest") === "on",
  };
  for (const key of repeatable) input[key] = all(key);
  // Codes typed straight into a picker's search box are picked on saving.
  for (const { field } of watchPickers)
    input[field] = [...new Set([...(input[field] as string[]), ...typedPickerCodes(get(`${field}Search`))])];
  return input;
}

/** Notifications shown per page. */
export const notificationsPerPage = 20;
