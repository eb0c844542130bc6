// Text as people write it, and the characters that are never part of it. The edge (text-schemas.ts)
// refuses these in input; the writers (feeds, files, e-mail headers) remove what their format forbids
// from text that got in before the edge check. ADR 027 says why each kind is refused or removed.

/** Single-line fields (titles, names, subjects) hold no line breaks; long texts may. */
export type TextKind = "single-line" | "multi-line";

/** Catalogue keys of the problems the edge check reports. */
export type TextProblem = "validation.lineBreak" | "validation.controlCharacter" | "validation.bidiCharacter";

const lineBreak = /[\n\r\u2028\u2029]/;
// C0 controls except tab and line feed, DEL and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text read in another
// order than it is stored ("Trojan Source"). The plain marks U+200E, U+200F and U+061C stay allowed.
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
// U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).
const noncharacter =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

/**
 * What an editor would not notice changing: Unicode NFC (an "ä" typed as a + combining diaeresis is
 * stored as one "ä"), and in long texts Windows and old Mac line ends (browsers send CRLF from every
 * textarea) and the Unicode line and paragraph separators as one line feed. Surrounding white space
 * is trimmed, as every form did before.
 * @example normalizeText("Koulu\r\nruoka  ", "multi-line") // "Koulu\nruoka"
 */
export function normalizeText(value: string, kind: TextKind): string {
  // A lone surrogate makes normalize() throw in no engine, but leaves it in place: checked after.
  const text = value.normalize("NFC").trim();
  return kind === "multi-line" ? text.replace(/\r\n?|[\u2028\u2029]/g, "\n") : text;
}

/**
 * The first reason the text cannot be stored, as a catalogue key, or null when it is clean: a line
 * break in a single-line field, a control character (NUL included; tab and line feed are allowed in
 * long texts), a bidi override or isolate, a noncharacter or a lone surrogate (which no UTF-8 encoding,
 * JSON decoder or database text column accepts).
 * @example findTextProblem("Koulu\nruoka", "single-line") // "validation.lineBreak"
 */
export function findTextProblem(text: string, kind: TextKind): TextProblem | null {
  if (kind === "single-line" && lineBreak.test(text)) return "validation.lineBreak";
  if (kind === "single-line" && text.includes("\t")) return "validation.controlCharacter";
  if (controlCharacter.test(text) || noncharacter.test(text) || !text.isWellFormed())
    return "validation.controlCharacter";
  if (bidiControl.test(text)) return "validation.bidiCharacter";
  return null;
}

/**
 * One line for an e-mail subject or another header: line breaks and tabs become single spaces, and
 * whatever the edge check refuses is removed, so a title stored before the check still sends.
 * @example foldToOneLine("Kirjaston\nsiivous\u0007") // "Kirjaston siivous"
 */
export function foldToOneLine(text: string): string {
  return removeForbidden(text)
    .replace(/[\s\u2028\u2029]+/g, " ")
    .trim();
}

/**
 * The text without what XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE,
 * U+FFFF), nor what it discourages (DEL, C1 controls, other noncharacters), nor bidi overrides: what
 * every XML writer (Atom, sitemap, XLSX) puts in its text nodes and attributes.
 * @example withoutXmlForbidden("Koulu\u0001\uFFFE") // "Koulu"
 */
export function withoutXmlForbidden(text: string): string {
  return removeForbidden(text);
}

/** Text whose every character survives UTF-8 and JSON: lone surrogates and the rest removed. */
export function wellFormedText(text: string): string {
  return removeForbidden(text);
}

const forbidden = new RegExp(
  `${controlCharacter.source}|${bidiControl.source}|${noncharacter.source}|[\\uD800-\\uDFFF]`,
  "gu",
);

// With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches only lone halves.
function removeForbidden(text: string): string {
  return text.replace(forbidden, "");
}

/** The most characters a spreadsheet cell holds (Excel's limit; longer text makes the file "need repair"). */
const maxCellLength = 32_767;

/**
 * A text cell of a CSV or XLSX file: what XML forbids removed (an XLSX is XML inside), at most 32,767
 * characters without splitting an emoji, and text a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) kept as text by a leading apostrophe (OWASP's CSV injection
 * advice).
 * @example spreadsheetText("=cmd|' /C calc'!A0") // "'=cmd|' /C calc'!A0"
 */
export function spreadsheetText(value: string): string {
  const clean = removeForbidden(value);
  const guarded = /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
  if (guarded.length <= maxCellLength) return guarded;
  const cut = guarded.slice(0, maxCellLength);
  // A high surrogate at the end would be half an emoji.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
