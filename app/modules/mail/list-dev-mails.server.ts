import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { AddressObject, ParsedMail } from "mailparser";

export type DevMail = {
  /** The file name inside the mail folder; pass it to readDevMail. */
  file: string;
  subject: string;
  to: string;
  from: string;
  date: Date | null;
};

export type DevMailContent = DevMail & {
  text: string;
  html: string | null;
  headers: Record<string, string>;
};

/**
 * The e-mails written into MAIL_DIR while no SMTP server is configured, newest first, for the
 * development mail page. Reads only the folder; an absent folder is an empty list.
 */
export async function listDevMails(dir: string): Promise<DevMail[]> {
  let names: string[];
  try {
    names = (await readdir(resolve(dir))).filter(isMailFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const mails = await Promise.all(names.map(async (file) => summarise(file, await parse(dir, file))));
  // File names start with the time written, so they break ties between equal Date headers.
  return mails.sort(
    (a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0) || b.file.localeCompare(a.file),
  );
}

/** One written e-mail with its bodies and headers; null when there is no such file. */
export async function readDevMail(dir: string, file: string): Promise<DevMailContent | null> {
  if (!isMailFile(file)) return null;
  let parsed: ParsedMail;
  try {
    parsed = await parse(dir, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines)
    headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
  return {
    ...summarise(file, parsed),
    text: parsed.text ?? "",
    html: parsed.html || null,
    headers,
  };
}

// A bare file name only: the name may come from a URL, and must not reach outside the folder.
function isMailFile(name: string): boolean {
  return /^[\w][\w.-]*\.eml$/.test(name) && !name.includes("..");
}

async function parse(dir: string, file: string): Promise<ParsedMail> {
  // mailparser is a development dependency and this page exists only in development; importing it
  // lazily keeps production (installed without dev dependencies) from needing it.
  const { simpleParser } = await import("mailparser");
  return simpleParser(await readFile(join(resolve(dir), file)));
}

function summarise(file: string, parsed: ParsedMail): DevMail {
  return {
    file,
    subject: parsed.subject ?? "",
    to: addressText(parsed.to),
    from: addressText(parsed.from),
    date: parsed.date ?? null,
  };
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(", ");
}
