import { withoutXmlForbidden } from "../../lib/clean-text.ts";
import { foldIcalLine } from "../../lib/ical-fold.ts";

// Dialogue events as iCalendar (RFC 5545): one registration's invitation and the public feed of
// published events. Written by hand as meetings-ical.ts is: UTC times (no VTIMEZONE needed), TEXT
// escaped, lines folded by octets. The public feed never carries an online link or attendee data: the
// caller gives it the address only.

export type EventIcalEntry = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  /** DTSTAMP from the data (the registration or the event's last change), so the same input gives the same file. */
  stamp: Date;
  /** Bumped when the event changes, so calendars replace their copy. */
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
};

const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/** TEXT (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; control characters dropped. */
function text(value: string): string {
  return withoutXmlForbidden(value.replace(/\r\n?/g, "\n"))
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

function eventLines(entry: EventIcalEntry): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${text(entry.uid)}`,
    `DTSTAMP:${utc(entry.stamp)}`,
    `DTSTART:${utc(entry.startsAt)}`,
    `DTEND:${utc(entry.endsAt)}`,
    `SEQUENCE:${entry.sequence}`,
    `SUMMARY:${text(entry.summary)}`,
    `DESCRIPTION:${text(entry.description)}`,
    ...(entry.location ? [`LOCATION:${text(entry.location)}`] : []),
    `URL:${encodeURI(decodeURI(entry.url))}`,
    `STATUS:${entry.status}`,
    "END:VEVENT",
  ];
}

/**
 * A calendar of events: one registration's invitation (one entry) or the public feed (many).
 * @example eventsIcal([entry], { name: "Hankintasilta" })
 */
export function eventsIcal(entries: EventIcalEntry[], { name }: { name: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hankintasilta//Market dialogue events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(name)}`,
    ...entries.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcalLine).join("\r\n")}\r\n`;
}
