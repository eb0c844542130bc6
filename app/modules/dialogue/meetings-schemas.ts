import { z } from "zod";
import { timeZone } from "../../i18n/locales.ts";
import { optionalMultiLineText, optionalSingleLineText } from "../../lib/text-schemas.ts";

// The meeting forms' schemas, shared by the browser and the server (browser-safe). Times are written
// as Finnish wall-clock times (datetime-local inputs) and stored as instants.

export const meetingRoundStates = ["draft", "open", "closed"] as const;
export type MeetingRoundState = (typeof meetingRoundStates)[number];

export const maxSlotsPerRound = 60;
export const maxAgendaLength = 4000;
export const maxSummaryLength = 8000;
export const maxNotesLength = 8000;

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

const offsetFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Helsinki's offset from UTC in minutes at an instant. */
function helsinkiOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    offsetFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A Finnish wall-clock time "YYYY-MM-DDTHH:mm" as an instant; null when malformed.
 * @example helsinkiTime("2026-12-10T10:00") // 2026-12-10T08:00:00.000Z
 */
export function helsinkiTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const check = new Date(wall);
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day || (hour ?? 0) > 23) return null;
  let instant = wall - helsinkiOffsetMinutes(wall) * 60_000;
  instant = wall - helsinkiOffsetMinutes(instant) * 60_000;
  return new Date(instant);
}

/** An instant as the Finnish wall-clock value of a datetime-local input. */
export function toHelsinkiInput(date: Date): string {
  const local = new Date(date.getTime() + helsinkiOffsetMinutes(date.getTime()) * 60_000);
  return local.toISOString().slice(0, 16);
}

const wallClock = (message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const date = helsinkiTime(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message });
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
  .refine((value) => value === undefined || /^https:\/\/[^\s"<>]+$/.test(value), "meetings.errors.onlineUrl")
  .refine((value) => value === undefined || URL.canParse(value), "meetings.errors.onlineUrl");

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number("validation.invalid")
    .int("validation.invalid")
    .min(min, "validation.invalid")
    .max(max, "validation.invalid");

/**
 * A new round as the buyer's form sends it: equal slots from the first start, one after another with an
 * optional break between them, and the booking deadline (at the latest when the first meeting starts).
 */
export const meetingRoundFormSchema = z
  .object({
    title: translated(200, "title"),
    agenda: translated(maxAgendaLength, "long"),
    place: optionalSingleLineText(300),
    onlineUrl,
    firstStart: wallClock("meetings.errors.time"),
    slotMinutes: wholeNumber(5, 480),
    breakMinutes: wholeNumber(0, 240).default(0),
    slotCount: wholeNumber(1, maxSlotsPerRound),
    bookingDeadline: wallClock("meetings.errors.time"),
  })
  .refine((value) => Boolean(value.place || value.onlineUrl), {
    path: ["place"],
    message: "meetings.errors.placeOrLink",
  })
  .refine((value) => value.bookingDeadline.getTime() <= value.firstStart.getTime(), {
    path: ["bookingDeadline"],
    message: "meetings.errors.deadlineAfterStart",
  })
  .transform((value) => ({
    title: value.title,
    agenda: value.agenda,
    place: value.place ?? null,
    onlineUrl: value.onlineUrl ?? null,
    slotMinutes: value.slotMinutes,
    bookingDeadline: value.bookingDeadline,
    starts: Array.from(
      { length: value.slotCount },
      (_, index) =>
        new Date(value.firstStart.getTime() + index * (value.slotMinutes + value.breakMinutes) * 60_000),
    ),
  }));

/** What createMeetingRound takes: the form's output, or a list of start times from the API. */
export type MeetingRoundInput = z.output<typeof meetingRoundFormSchema>;

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "validation.invalid");

/** The company's booking form: the slot it picks. */
export const bookMeetingSchema = z.object({ slotId: uuid });

/** The buyer's private notes on one meeting (empty clears them). */
export const meetingNotesSchema = z.object({
  bookingId: uuid,
  body: optionalMultiLineText(maxNotesLength).transform((value) => value ?? ""),
});

/** The general summary published to everyone after the round. */
export const meetingSummarySchema = z.object({ summary: translated(maxSummaryLength, "long") });

/**
 * A posted form's flat fields ("title.fi", "agenda.sv") as the nested object the schemas read; the
 * field errors come back with the same dotted names, so they land on the right field.
 */
export function nestFormValues(raw: Record<string, string>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const [head = "", tail] = key.split(".", 2);
    if (tail === undefined) nested[head] = value;
    else {
      const existing = nested[head];
      const group: Record<string, string> =
        typeof existing === "object" && existing !== null ? (existing as Record<string, string>) : {};
      group[tail] = value;
      nested[head] = group;
    }
  }
  return nested;
}
