// iCalendar (RFC 5545 3.1) lines are folded at 75 octets, never inside a UTF-8 sequence: what the plans'
// feed and a meeting's calendar file both write.

/** Folds every content line of a calendar (unfolding it first), e.g. after a library folded by characters. */
export function foldByOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map(foldIcalLine).join("\r\n");
}

/** One content line folded at 75 octets; continuation lines start with a space, which counts. */
export function foldIcalLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    if (octets + size > limit) {
      parts.push(part);
      part = "";
      octets = 0;
      // A continuation line starts with one space, which counts in its 75 octets.
      limit = 74;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n ");
}
