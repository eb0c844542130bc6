/** A piece of a snippet: plain text, or a matched word to mark. Rendered as React text, never as HTML. */
export type SnippetPart = { text: string; mark: boolean };

const maxLength = 180;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A short excerpt of the text around the first query word found, with every occurrence of the words
 * (also inside compound words) marked. Without a match, the beginning of the text unmarked.
 * @example highlightSnippet("Koulujen siivouspalvelut", ["siivous"])
 *   // [{ text: "Koulujen ", mark: false }, { text: "siivous", mark: true }, { text: "palvelut", mark: false }]
 */
export function highlightSnippet(text: string, words: string[]): SnippetPart[] {
  const usable = words.filter((word) => word.length > 0);
  const pattern = usable.length > 0 ? new RegExp(usable.map(escapeRegExp).join("|"), "giu") : null;
  const first = pattern ? text.search(pattern) : -1;
  let start = first > maxLength / 3 ? first - Math.floor(maxLength / 3) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  const end = Math.min(text.length, start + maxLength);
  const excerpt = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  if (!pattern) return [{ text: excerpt, mark: false }];
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: excerpt.slice(last, index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), mark: false });
  return parts;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The snippet as HTML for feeds and the API: escaped text with <mark> as the only element. */
export function snippetToHtml(parts: SnippetPart[]): string {
  return parts
    .map((part) => (part.mark ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
    .join("");
}
