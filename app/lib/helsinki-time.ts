import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

// Market dialogue happens in Finnish time: deadlines, meeting slots and events are entered and shown in
// Europe/Helsinki, whatever the server's or the reader's zone, summer time included.

export const helsinkiZone = "Europe/Helsinki";

/**
 * A `datetime-local` value ("2027-03-01T14:30") read as Helsinki time; null when it is not one.
 * @example parseHelsinkiDateTime("2027-03-01T14:30")?.toISOString() // "2027-03-01T12:30:00.000Z"
 */
export function parseHelsinkiDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new TZDate(year, month - 1, day, hour, minute, helsinkiZone);
  // 2027-02-30 or 25:00 roll over; a time that does not exist on the calendar is refused.
  if (format(date, "yyyy-MM-dd'T'HH:mm", { in: tz(helsinkiZone) }) !== value.trim()) return null;
  return new Date(date.getTime());
}

/** A moment as a `datetime-local` value in Helsinki time, for a form's default value. */
export function toHelsinkiDateTimeInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm", { in: tz(helsinkiZone) });
}
