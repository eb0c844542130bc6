import ICAL from "ical.js";

// A strict reading of an iCalendar file for tests (RFC 5545): ical.js parses it (and throws on a line
// without a value, a broken parameter or a bad date), and the checks below add what the parser lets
// through: line endings and folding, the properties each component must and may have once, cal-address
// and URI values, and the escapes TEXT allows. Returns the parsed calendar for further expectations.

/** VEVENT properties that may occur at most once (RFC 5545 3.6.1). */
const singleEventProperties = [
  "class",
  "created",
  "description",
  "dtstart",
  "geo",
  "last-modified",
  "location",
  "organizer",
  "priority",
  "dtstamp",
  "sequence",
  "status",
  "summary",
  "transp",
  "uid",
  "url",
  "recurrence-id",
  "dtend",
  "duration",
];
const textProperties = new Set(["summary", "description", "location", "comment", "contact", "x-wr-calname"]);
const uri = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>]+$/;

export function parseIcalStrictly(calendar: string): ICAL.Component {
  const problems: string[] = [];
  if (!calendar.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(calendar)) problems.push("a line ends with a bare CR or LF");
  for (const line of calendar.split("\r\n")) {
    if (Buffer.byteLength(line, "utf8") > 75) problems.push(`line longer than 75 octets: ${line}`);
  }
  const unfolded = calendar
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  for (const line of unfolded) {
    const name = /^[A-Za-z0-9-]+/.exec(line)?.[0] ?? "";
    if (!name || !/[;:]/.test(line.charAt(name.length))) problems.push(`no property name: ${line}`);
    if (textProperties.has(name.toLowerCase())) {
      const value = textValue(line, name.length);
      if (value === null) problems.push(`no value: ${line}`);
      else if (/\\[^\\;,nN]|\\$|(?<!\\)[;,]/.test(value.replace(/\\\\/g, "")))
        problems.push(`a TEXT value with an unescaped ; or , or a bad escape: ${line}`);
    }
  }
  // ical.js throws a ParserError on what it cannot read; the test fails with its message.
  const root = new ICAL.Component(ICAL.parse(calendar));
  if (root.name !== "vcalendar") problems.push(`the root is ${root.name}, not VCALENDAR`);
  for (const required of ["prodid", "version"]) {
    if (root.getAllProperties(required).length !== 1) problems.push(`VCALENDAR needs one ${required}`);
  }
  if (root.getFirstPropertyValue("version") !== "2.0") problems.push("VERSION is not 2.0");
  for (const event of root.getAllSubcomponents("vevent")) {
    const uid = String(event.getFirstPropertyValue("uid") ?? "");
    for (const required of ["uid", "dtstamp", "dtstart"]) {
      if (!event.hasProperty(required)) problems.push(`VEVENT ${uid} has no ${required}`);
    }
    for (const name of singleEventProperties) {
      if (event.getAllProperties(name).length > 1) problems.push(`VEVENT ${uid} has more than one ${name}`);
    }
    if (event.hasProperty("dtend") && event.hasProperty("duration"))
      problems.push(`VEVENT ${uid} has both DTEND and DURATION`);
    const start = event.getFirstPropertyValue("dtstart");
    const end = event.getFirstPropertyValue("dtend");
    if (start instanceof ICAL.Time && end instanceof ICAL.Time) {
      if (start.isDate !== end.isDate) problems.push(`VEVENT ${uid}: DTSTART and DTEND differ in type`);
      if (end.compare(start) <= 0) problems.push(`VEVENT ${uid} ends before it starts`);
    }
    for (const property of [...event.getAllProperties("organizer"), ...event.getAllProperties("attendee")]) {
      const value = String(property.getFirstValue() ?? "");
      if (!/^mailto:[^\s@]+@[^\s@]+$/i.test(value) && !uri.test(value))
        problems.push(`VEVENT ${uid}: ${property.name} is not a cal-address: "${value}"`);
    }
    for (const property of event.getAllProperties("url")) {
      const value = String(property.getFirstValue() ?? "");
      if (!URL.canParse(value) || !uri.test(value))
        problems.push(`VEVENT ${uid}: URL is not a URI: ${value}`);
    }
  }
  if (problems.length > 0) throw new Error(`not valid iCalendar:\n${problems.join("\n")}`);
  return root;
}

/** The value of an unfolded content line after its parameters (quoted parameter values may hold : and ;). */
function textValue(line: string, nameLength: number): string | null {
  let quoted = false;
  for (let index = nameLength; index < line.length; index++) {
    const character = line[index];
    if (character === '"') quoted = !quoted;
    else if (character === ":" && !quoted) return line.slice(index + 1);
  }
  return null;
}
