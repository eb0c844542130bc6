import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import PDFDocument from "pdfkit";

// A document of headed sections of items with facts (label: value), written as an A4 PDF with
// pdfkit: the level-playing-field record's PDF version, from the same view model as its HTML file.
// DejaVu Sans (assets/fonts, with its licence) is embedded and subset, so ä, ö, å, €, Cyrillic, Greek
// and most other scripts print; a character the font lacks prints as an empty box, never an error.

/** What the writer prints; every string is plain text (pdfkit draws it, nothing is interpreted). */
export type PrintableDocument = {
  lang: string;
  title: string;
  intro: string[];
  generatedAt: string;
  sections: {
    heading: string;
    lead: string | null;
    empty: string;
    items: { heading: string; facts: { label: string; value: string }[] }[];
  }[];
};

let fonts: { regular: Buffer; bold: Buffer } | null = null;

/** The fonts, read once from the project's own files (never a system path). */
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(resolve("assets/fonts/DejaVuSans.ttf")),
    bold: readFileSync(resolve("assets/fonts/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

// Control characters (other than line feed and tab), bidi overrides and lone surrogates are dropped:
// the edge refuses them, but a writer escapes for its own format whatever got in before.
const unprintable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function printable(text: string): string {
  return text.replace(unprintable, "");
}

/**
 * The document as PDF bytes. `compress: false` leaves the content streams readable (the tests read
 * the text back); the server compresses.
 * @example const pdf = await renderDocumentPdf(document); return new Response(pdf, { headers });
 */
export async function renderDocumentPdf(
  document: PrintableDocument,
  { compress = true }: { compress?: boolean } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { regular, bold } = loadFonts();
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    compress,
    lang: document.lang,
    displayTitle: true,
    // The first font is the project's own, so pdfkit never loads its built-in Helvetica.
    font: resolve("assets/fonts/DejaVuSans.ttf"),
    info: { Title: printable(document.title), Creator: "Hankintasilta" },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((done, fail) => {
    pdf.on("end", done);
    pdf.on("error", fail);
  });
  pdf.registerFont("regular", regular);
  pdf.registerFont("bold", bold);

  pdf.font("bold").fontSize(16).text(printable(document.title));
  pdf.moveDown(0.5);
  pdf.font("regular").fontSize(10);
  for (const paragraph of document.intro) pdf.text(printable(paragraph)).moveDown(0.4);
  pdf.fillColor("#555555").text(printable(document.generatedAt)).fillColor("black");
  for (const section of document.sections) {
    pdf.moveDown(1);
    pdf.font("bold").fontSize(13).text(printable(section.heading));
    pdf.moveDown(0.3);
    pdf.font("regular").fontSize(10);
    if (section.lead) pdf.text(printable(section.lead)).moveDown(0.3);
    if (section.items.length === 0) pdf.text(printable(section.empty));
    for (const item of section.items) {
      pdf.moveDown(0.4);
      pdf.font("bold").fontSize(10.5).text(printable(item.heading));
      pdf.font("regular").fontSize(10);
      for (const fact of item.facts) {
        pdf.font("bold").text(`${printable(fact.label)}: `, { continued: true });
        pdf.font("regular").text(printable(fact.value));
      }
    }
  }
  // Page numbers, once every page exists.
  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    pdf.switchToPage(range.start + index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("regular")
      .fontSize(8)
      .fillColor("#555555")
      .text(`${index + 1} / ${range.count}`, pdf.page.margins.left, pdf.page.height - 36, {
        width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right,
        align: "right",
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The HTTP response of a PDF download. */
export function pdfResponse(pdf: Uint8Array<ArrayBuffer>, filename: string): Response {
  return new Response(pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
