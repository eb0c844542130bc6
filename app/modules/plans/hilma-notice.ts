// The notice of a published call for tenders (issue 12 point 4): the address of the notice in Hilma
// (https://www.hankintailmoitukset.fi/…/public/procurement/…/notice/… or …/public/procedure/…/enotice/…),
// Hilma's notice number (2027-012345) or the eForms notice identifier (BT-701: a UUID, with or without
// its version, "-01"). Anything else is refused, so the plan page can always show what it is.

export type HilmaNotice =
  | { kind: "address"; text: string; href: string }
  | { kind: "number"; text: string; href: null }
  | { kind: "eforms"; text: string; href: null };

const hilmaHosts = new Set(["www.hankintailmoitukset.fi", "hankintailmoitukset.fi"]);
const hilmaPath = /^\/(fi|sv|en)\/public\/(procurement|procedure)\/\d+\//;
const noticeNumber = /^20\d{2}-\d{6}$/;
const eformsId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-\d{2})?$/i;

/** What a notice text is, or null when it is none of the three (an old free text, a typo). */
export function readHilmaNotice(value: string | null | undefined): HilmaNotice | null {
  const text = value?.trim() ?? "";
  if (noticeNumber.test(text)) return { kind: "number", text, href: null };
  if (eformsId.test(text)) return { kind: "eforms", text: text.toLowerCase(), href: null };
  if (!text.startsWith("https://")) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== "https:" || url.username || url.password || url.port) return null;
    if (!hilmaHosts.has(url.hostname) || !hilmaPath.test(url.pathname)) return null;
    return { kind: "address", text, href: url.href };
  } catch {
    return null;
  }
}

/** Whether a text is a notice this service accepts (see readHilmaNotice). */
export const isHilmaNotice = (value: string) => readHilmaNotice(value) !== null;
