import ExcelJS from "exceljs";
import JSZip from "jszip";

// Small real documents for the attachment tests, made here rather than kept as binary fixtures.

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/**
 * A one-page PDF written by hand, with a correct cross-reference table (offsets and lengths in bytes,
 * so a text with ä or ö keeps them right).
 */
export function samplePdf(text = "Markkinakartoitus"): Uint8Array {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${bytes(stream)} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(bytes(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = bytes(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(body);
}

/** A spreadsheet written by exceljs. */
export async function sampleXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kustannukset");
  sheet.addRow(["Kohde", "Arvio (€)"]);
  sheet.addRow(["Koulujen siivous", 450_000]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const wordContentTypes = (mainType: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`;

/** A minimal Word document: content types, the package relationship and one paragraph. */
export async function sampleDocx({ macroEnabled = false } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    wordContentTypes(
      macroEnabled
        ? "application/vnd.ms-word.document.macroEnabled.main+xml"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tarvekuvaus</w:t></w:r></w:p></w:body></w:document>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A minimal OpenDocument text: the uncompressed `mimetype` entry first, the manifest and the content. */
export async function sampleOdt(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  zip.file(
    "content.xml",
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Markkinavuoropuhelun muistio</text:p></office:text></office:body></office:document-content>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A ZIP archive that is none of the allowed documents. */
export async function sampleZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("readme.txt", "Ei asiakirja.");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The start of a Windows program (an MZ header and PE signature), padded to look real. */
export function sampleExe(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes[0x3c] = 0x80;
  bytes.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return bytes;
}

/** A PDF padded with a comment to the given size (a PDF reader skips comments). */
export function paddedPdf(size: number): Uint8Array {
  const head = samplePdf();
  const bytes = new Uint8Array(size);
  bytes.set(head);
  bytes.fill(0x25, head.length, head.length + 1);
  bytes.fill(0x20, head.length + 1);
  return bytes;
}
