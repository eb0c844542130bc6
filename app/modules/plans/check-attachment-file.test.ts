import { describe, expect, it } from "vitest";
import { formatFileSize } from "../../i18n/format.ts";
import {
  paddedPdf,
  sampleDocx,
  sampleExe,
  sampleOdt,
  samplePdf,
  sampleXlsx,
  sampleZip,
} from "../../test/attachment-files.ts";
import { contentDisposition } from "./attachment-response.server.ts";
import { extensionOf, maxAttachmentBytes, sanitiseFileName } from "./attachment-rules.ts";
import { checkAttachmentFile, detectFormat } from "./check-attachment-file.server.ts";

const text = (value: string) => new TextEncoder().encode(value);

describe("attachment type from content", () => {
  it("recognises PDF, DOCX, XLSX and ODT from their bytes", async () => {
    expect(await detectFormat(samplePdf())).toBe("pdf");
    expect(await detectFormat(await sampleDocx())).toBe("docx");
    expect(await detectFormat(await sampleXlsx())).toBe("xlsx");
    expect(await detectFormat(await sampleOdt())).toBe("odt");
  });

  it("refuses text, programs, other ZIP archives and macro-enabled Word files", async () => {
    expect(await detectFormat(text("Tämä on tekstiä, ei PDF."))).toBeNull();
    expect(await detectFormat(sampleExe())).toBeNull();
    expect(await detectFormat(await sampleZip())).toBeNull();
    expect(await detectFormat(await sampleDocx({ macroEnabled: true }))).toBeNull();
    expect(await detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });

  it("checks the name's extension against the content, and the size", async () => {
    const pdf = samplePdf();
    const ok = await checkAttachmentFile({ name: "C:\\fakepath\\Markkinakartoitus.PDF", bytes: pdf });
    expect(ok.ok && ok.file).toMatchObject({
      fileName: "Markkinakartoitus.PDF",
      format: "pdf",
      mediaType: "application/pdf",
      sizeBytes: pdf.byteLength,
    });
    expect(ok.ok && ok.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkAttachmentFile({ name: "muistio.pdf", bytes: text("hei") })).toEqual({
      ok: false,
      error: "attachments.errors.fileType",
    });
    expect(await checkAttachmentFile({ name: "ohjelma.pdf", bytes: sampleExe() })).toEqual({
      ok: false,
      error: "attachments.errors.fileType",
    });
    expect(await checkAttachmentFile({ name: "tarve.pdf", bytes: await sampleDocx() })).toEqual({
      ok: false,
      error: "attachments.errors.extension",
    });
    expect(await checkAttachmentFile({ name: "tarve", bytes: pdf })).toEqual({
      ok: false,
      error: "attachments.errors.extension",
    });
    expect(await checkAttachmentFile({ name: "\u202e\u0000", bytes: pdf })).toEqual({
      ok: false,
      error: "attachments.errors.fileName",
    });
    expect(await checkAttachmentFile({ name: "tyhjä.pdf", bytes: new Uint8Array() })).toEqual({
      ok: false,
      error: "attachments.errors.noFile",
    });
    const large = paddedPdf(maxAttachmentBytes + 1);
    expect(await detectFormat(large)).toBe("pdf");
    expect(await checkAttachmentFile({ name: "iso.pdf", bytes: large })).toEqual({
      ok: false,
      error: "attachments.errors.tooLarge",
    });
    expect((await checkAttachmentFile({ name: "raja.pdf", bytes: paddedPdf(maxAttachmentBytes) })).ok).toBe(
      true,
    );
  });
});

describe("attachment names", () => {
  it("keeps the last path segment without controls, direction marks or reserved characters", () => {
    expect(sanitiseFileName("/home/a/Hankinta: vaihe 1?.pdf")).toBe("Hankinta_ vaihe 1_.pdf");
    expect(sanitiseFileName("Kuvaus\u202Efdp.exe")).toBe("Kuvausfdp.exe");
    expect(sanitiseFileName("  ..piilo.docx  ")).toBe("piilo.docx");
    expect(sanitiseFileName("rivi\nvaihto\u0000.odt")).toBe("rivivaihto.odt");
    expect(sanitiseFileName("A\u0308a\u0308nestys.pdf")).toBe("Äänestys.pdf");
    const long = sanitiseFileName(`${"ä".repeat(400)}.xlsx`);
    expect([...long].length).toBe(150);
    expect(long.endsWith("ä.xlsx")).toBe(true);
    expect(extensionOf("Raportti.DOCX")).toBe("docx");
    expect(extensionOf(".pdf")).toBe("");
  });

  it("offers the UTF-8 name and an ASCII stand-in in Content-Disposition", () => {
    expect(contentDisposition("Äänestys (2027).pdf")).toBe(
      `attachment; filename="Aanestys (2027).pdf"; filename*=UTF-8''%C3%84%C3%A4nestys%20%282027%29.pdf`,
    );
    expect(contentDisposition('a"b\\c%d.pdf')).toBe(
      `attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%22b%5Cc%25d.pdf`,
    );
  });

  it("formats sizes for the locale", () => {
    expect(formatFileSize("fi", 512)).toBe("512 t");
    expect(formatFileSize("fi", 1536)).toBe("1,5 kt");
    expect(formatFileSize("sv", maxAttachmentBytes)).toBe("10 MB");
    expect(formatFileSize("en", 2.25 * 1024 * 1024)).toBe("2.3 MB");
  });
});
