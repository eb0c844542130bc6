import { withoutXmlForbidden } from "../../lib/clean-text.ts";
import { foldIcalLine } from "../../lib/ical-fold.ts";

// One booked meeting as an iCalendar file (RFC 5545) for the company's calendar. Written by hand: one
// event with UTC times, so no VTIMEZONE is needed; TEXT escaped and lines folded by octets.

export type MeetingIcalInput = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  /** When the booking was made: DTSTAMP from the data, so the same booking gives the same file. */
  stamp: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string;
};

const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/** TEXT (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; control characters but tab dropped. */
function text(value: string): string {
  return withoutXmlForbidden(value.replace(/\r\n?/g, "\n"))
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** The calendar file of one meeting. */
export function meetingIcal(meeting: MeetingIcalInput): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hankintasilta//Market dialogue meetings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${text(meeting.uid)}`,
    `DTSTAMP:${utc(meeting.stamp)}`,
    `DTSTART:${utc(meeting.startsAt)}`,
    `DTEND:${utc(meeting.endsAt)}`,
    `SUMMARY:${text(meeting.summary)}`,
    `DESCRIPTION:${text(meeting.description)}`,
    ...(meeting.location ? [`LOCATION:${text(meeting.location)}`] : []),
    `URL:${encodeURI(decodeURI(meeting.url))}`,
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcalLine).join("\r\n")}\r\n`;
}
