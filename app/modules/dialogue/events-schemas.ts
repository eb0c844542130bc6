import { z } from "zod";
import { optionalMultiLineText, optionalSingleLineText, singleLineText } from "../../lib/text-schemas.ts";
import { helsinkiTime } from "./meetings-schemas.ts";

// The event forms' schemas, shared by the browser and the server (browser-safe). Times are Finnish
// wall-clock times (datetime-local inputs) stored as instants, as the meeting forms' are.

export const eventKinds = ["info-session", "supplier-day", "workshop", "webinar"] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventFormats = ["on-site", "online", "hybrid"] as const;
export type EventFormat = (typeof eventFormats)[number];
export const eventLanguages = ["fi", "sv", "en", "fi-sv", "fi-sv-en"] as const;
export type EventLanguage = (typeof eventLanguages)[number];
export const eventStates = ["draft", "published", "cancelled"] as const;
export type EventState = (typeof eventStates)[number];
export const registrationStatuses = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const maxEventCapacity = 10_000;
export const maxAttendees = 50;
export const maxEventAgendaLength = 4000;
export const maxMinutesLength = 20_000;
export const maxNeedsLength = 1000;

type TextByLanguage = { fi?: string; sv?: string; en?: string };

function withoutEmptyLanguages(value: TextByLanguage): TextByLanguage {
  const result: TextByLanguage = {};
  if (value.fi) result.fi = value.fi;
  if (value.sv) result.sv = value.sv;
  if (value.en) result.en = value.en;
  return result;
}

/** Text per language, required in Finnish or Swedish (as a plan's texts, issue 12 point 3). */
function translated(max: number, kind: "title" | "long") {
  const text = kind === "title" ? optionalSingleLineText : optionalMultiLineText;
  return z
    .object({ fi: text(max), sv: text(max), en: text(max) })
    .refine((value) => Boolean(value.fi || value.sv), { path: ["fi"], message: "validation.required" })
    .transform(withoutEmptyLanguages);
}

/** Optional text per language (the materials): empty in every language is null. */
function optionalTranslated(max: number) {
  const text = optionalMultiLineText;
  return z
    .object({ fi: text(max), sv: text(max), en: text(max) })
    .optional()
    .transform((value) => {
      const result = withoutEmptyLanguages(value ?? {});
      return Object.keys(result).length > 0 ? result : null;
    });
}

const wallClock = z
  .string("events.errors.time")
  .trim()
  .transform((value, ctx) => {
    const date = helsinkiTime(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "events.errors.time" });
      return z.NEVER;
    }
    return date;
  });

const onlineUrl = z
  .string()
  .trim()
  .max(500, "validation.tooLong")
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || /^https:\/\/[^\s"<>]+$/.test(value), "events.errors.onlineUrl")
  .refine((value) => value === undefined || URL.canParse(value), "events.errors.onlineUrl");

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number("validation.invalid")
    .int("validation.invalid")
    .min(min, "validation.invalid")
    .max(max, "validation.invalid");

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: "validation.invalid" });

/**
 * An event as the buyer's form sends it (new or edited). On site needs an address, online a link,
 * hybrid both; registration closes at the latest when the event starts.
 */
export const eventFormSchema = z
  .object({
    kind: oneOf(eventKinds),
    format: oneOf(eventFormats),
    title: translated(200, "title"),
    agenda: translated(maxEventAgendaLength, "long"),
    address: optionalSingleLineText(300),
    onlineUrl,
    startsAt: wallClock,
    endsAt: wallClock,
    language: oneOf(eventLanguages),
    capacity: wholeNumber(1, maxEventCapacity),
    registrationClosesAt: wallClock,
  })
  .refine((value) => value.format === "online" || Boolean(value.address), {
    path: ["address"],
    message: "events.errors.addressNeeded",
  })
  .refine((value) => value.format === "on-site" || Boolean(value.onlineUrl), {
    path: ["onlineUrl"],
    message: "events.errors.linkNeeded",
  })
  .refine((value) => value.endsAt.getTime() > value.startsAt.getTime(), {
    path: ["endsAt"],
    message: "events.errors.endBeforeStart",
  })
  .refine((value) => value.registrationClosesAt.getTime() <= value.startsAt.getTime(), {
    path: ["registrationClosesAt"],
    message: "events.errors.closesAfterStart",
  })
  .transform((value) => ({
    ...value,
    // What the format does not use is not kept (no stray link on an on-site event).
    address: value.format === "online" ? null : (value.address ?? null),
    onlineUrl: value.format === "on-site" ? null : (value.onlineUrl ?? null),
  }));

export type EventInput = z.output<typeof eventFormSchema>;

/**
 * A company's registration: how many attend, their names (one a line, optional) and any accessibility
 * or diet needs (seen by the buyer only).
 */
export const eventRegistrationSchema = z
  .object({
    attendeeCount: wholeNumber(1, maxAttendees),
    attendees: optionalMultiLineText(maxAttendees * 120).transform((value) =>
      (value ?? "")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    ),
    needs: optionalMultiLineText(maxNeedsLength).transform((value) => value ?? null),
  })
  .refine((value) => value.attendees.length <= value.attendeeCount, {
    path: ["attendees"],
    message: "events.errors.moreNamesThanAttendees",
  })
  .refine((value) => value.attendees.every((name) => singleLineText(120).safeParse(name).success), {
    path: ["attendees"],
    message: "validation.tooLong",
  });

export type EventRegistrationInput = z.output<typeof eventRegistrationSchema>;

/** The minutes and materials published after the event, to every interested company and watcher. */
export const eventMinutesSchema = z.object({
  minutes: translated(maxMinutesLength, "long"),
  materials: optionalTranslated(maxMinutesLength),
});

export type EventMinutesInput = z.output<typeof eventMinutesSchema>;

/** The public event calendar's filters (and its page); unknown values are refused with a 400. */
export const eventCalendarFiltersSchema = z.object({
  region: z
    .string()
    .regex(/^\d{2}$/, "validation.invalid")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  organisation: z
    .string()
    .max(100, "validation.invalid")
    .regex(/^[\w-]+$/, "validation.invalid")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  kind: oneOf(eventKinds)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.invalid")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type EventCalendarFilters = z.output<typeof eventCalendarFiltersSchema>;
