import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

// Hand-built XLSX archives for tests of hostile uploads: entries are compressed while generated (a
// 400 MB sheet is never held whole), and an entry can declare another size than it holds.

export type ZipEntry = { name: string; data: Buffer; size: number; crc: number; declaredSize?: number };

/** A deflated entry from text. */
export function entry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** An entry of `total` bytes made by repeating `unit`, compressed while generated (never held whole). */
export async function repeatedEntry(name: string, head: string, unit: string, total: number, tail = "") {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))), "utf8");
  let crc = 0;
  let size = 0;
  const write = (bytes: Buffer) =>
    new Promise<void>((resolve) => {
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (deflate.write(bytes)) resolve();
      else deflate.once("drain", resolve);
    });
  await write(Buffer.from(head, "utf8"));
  while (size + block.length < total) await write(block);
  await write(Buffer.from(tail, "utf8"));
  deflate.end();
  await done;
  return { name, data: Buffer.concat(chunks), size, crc };
}

/** A ZIP archive as Excel writes it (deflated entries, sizes in the headers), with sizes as declared. */
export function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of entries) {
    const name = Buffer.from(item.name, "utf8");
    const size = item.declaredSize ?? item.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(item.crc >>> 0, 14);
    local.writeUInt32LE(item.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(item.crc >>> 0, 16);
    central.writeUInt32LE(item.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, item.data);
    centrals.push(central, name);
    offset += local.length + name.length + item.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const workbookEntries = () => [
  entry(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  ),
  entry(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Plans" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ),
  entry(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ),
];
export const sheetHead = `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title_fi</t></is></c></row>`;
export const sheetTail = "</sheetData></worksheet>";

/** A workbook whose one sheet unpacks to 400 MB (zeros after the header row) in a few hundred kilobytes. */
export async function zipBomb(): Promise<Uint8Array> {
  const sheet = await repeatedEntry(
    "xl/worksheets/sheet1.xml",
    sheetHead,
    "\u0000".repeat(64),
    400 * 2 ** 20,
  );
  return zip([...workbookEntries(), sheet]);
}
