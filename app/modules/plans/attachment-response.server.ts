import type { AttachmentFile } from "./attachment-queries.server.ts";

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 and 8187): the UTF-8 name for browsers, and
 * an ASCII stand-in without quotes or backslashes for the rest.
 * @example contentDisposition("Äänestys.pdf") // attachment; filename="Aanestys.pdf"; filename*=UTF-8''%C3%84%C3%A4nestys.pdf
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/**
 * The download of an attachment: the detected media type, always as a download (never shown inline),
 * `nosniff`, the SHA-256 as a strong ETag (304 when If-None-Match matches) and the upload time as
 * Last-Modified. Public files may be cached briefly; workspace files are private.
 */
export function attachmentResponse(
  request: Request,
  file: AttachmentFile,
  { visibility }: { visibility: "public" | "private" },
): Response {
  const etag = `"${file.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": new Date(Math.floor(file.createdAt.getTime() / 1000) * 1000).toUTCString(),
    "Cache-Control": visibility === "public" ? "public, max-age=300" : "private, no-cache",
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": contentDisposition(file.fileName),
  });
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", file.mediaType);
  headers.set("Content-Length", String(file.content.byteLength));
  return new Response(file.content as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
