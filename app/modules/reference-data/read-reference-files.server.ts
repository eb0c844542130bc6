import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { deriveCpvDivision, deriveCpvLevel, findCpvParent } from "./cpv-hierarchy.ts";
import type {
  refCpvCode,
  refEformsCode,
  refMunicipality,
  refNutsRegion,
  refProcurementThreshold,
  refRegion,
} from "./tables.ts";
import {
  type EformsCodeList,
  eformsCodeLists,
  type MunicipalityLanguage,
  municipalityLanguages,
  type ThresholdCategory,
  type ThresholdKind,
  thresholdCategories,
  thresholdKinds,
} from "./types.ts";

/** The rows of every reference table, read and checked from the files, ready to insert. */
export type ReferenceRows = {
  nutsRegions: (typeof refNutsRegion.$inferInsert)[];
  regions: (typeof refRegion.$inferInsert)[];
  municipalities: (typeof refMunicipality.$inferInsert)[];
  cpvCodes: (typeof refCpvCode.$inferInsert)[];
  eformsCodes: (typeof refEformsCode.$inferInsert)[];
  thresholds: (typeof refProcurementThreshold.$inferInsert)[];
};

type Row<C extends string = string> = Record<C, string> & { line: number };

/** Thrown when a reference file is missing a column or holds a value the tables would not take. */
export class ReferenceDataError extends Error {}

/**
 * Reads the CSV files of the reference-data folder. A bad file fails here, naming the file and line,
 * before anything is written to the database.
 */
export function readReferenceFiles(dir: string): ReferenceRows {
  const nutsRegions = readCsv(dir, "nuts-fi.csv", ["code", "fi", "sv", "en"]).map((row) => {
    check(row, "nuts-fi.csv", /^FI[0-9A-Z]{0,3}$/.test(row.code), "code");
    return {
      code: row.code,
      labelFi: row.fi,
      labelSv: row.sv,
      labelEn: row.en,
      level: row.code.length - 2,
    };
  });
  const nutsLevel3 = new Set(nutsRegions.filter((nuts) => nuts.level === 3).map((nuts) => nuts.code));

  const regions = readCsv(dir, "regions-fi.csv", ["code", "fi", "sv", "en", "nuts3_code"]).map((row) => {
    check(row, "regions-fi.csv", /^\d{2}$/.test(row.code), "code");
    check(row, "regions-fi.csv", nutsLevel3.has(row.nuts3_code), "nuts3_code");
    return { code: row.code, nameFi: row.fi, nameSv: row.sv, nameEn: row.en, nuts3Code: row.nuts3_code };
  });
  const regionCodes = new Set(regions.map((region) => region.code));

  const municipalities = readCsv(dir, "municipalities-fi.csv", [
    "code",
    "fi",
    "sv",
    "region_code",
    "language",
  ]).map((row) => {
    check(row, "municipalities-fi.csv", /^\d{3}$/.test(row.code), "code");
    check(row, "municipalities-fi.csv", regionCodes.has(row.region_code), "region_code");
    const isLanguage = (municipalityLanguages as readonly string[]).includes(row.language);
    check(row, "municipalities-fi.csv", isLanguage, "language");
    return {
      code: row.code,
      nameFi: row.fi,
      nameSv: row.sv,
      regionCode: row.region_code,
      language: row.language as MunicipalityLanguage,
    };
  });

  const cpvRows = readCsv(dir, "cpv-2008.csv", ["code", "fi", "sv", "en"]);
  const cpvCodeSet = new Set(cpvRows.map((row) => row.code));
  const cpvCodes = cpvRows.map((row) => {
    check(row, "cpv-2008.csv", /^\d{8}$/.test(row.code), "code");
    return {
      code: row.code,
      labelFi: row.fi,
      labelSv: row.sv,
      labelEn: row.en,
      level: deriveCpvLevel(row.code),
      parentCode: findCpvParent(row.code, (candidate) => cpvCodeSet.has(candidate)),
      divisionCode: deriveCpvDivision(row.code),
    };
  });

  const eformsCodes = eformsCodeLists.flatMap((listName: EformsCodeList) =>
    readCsv(dir, `eforms-${listName}.csv`, ["code", "fi", "sv", "en"]).map((row) => ({
      listName,
      code: row.code,
      labelFi: row.fi,
      labelSv: row.sv,
      labelEn: row.en,
    })),
  );

  const thresholds = readThresholds(dir);
  return { nutsRegions, regions, municipalities, cpvCodes, eformsCodes, thresholds };
}

function readThresholds(dir: string): ReferenceRows["thresholds"] {
  const file = "procurement-thresholds.csv";
  const columns = ["kind", "category", "amount_eur", "valid_from", "valid_to", "legal_source"] as const;
  return readCsv(dir, file, columns, ["valid_to"]).map((row) => {
    check(row, file, (thresholdKinds as readonly string[]).includes(row.kind), "kind");
    check(row, file, (thresholdCategories as readonly string[]).includes(row.category), "category");
    check(row, file, /^[1-9]\d*$/.test(row.amount_eur), "amount_eur");
    check(row, file, isIsoDate(row.valid_from), "valid_from");
    check(row, file, row.valid_to === "" || isIsoDate(row.valid_to), "valid_to");
    return {
      kind: row.kind as ThresholdKind,
      category: row.category as ThresholdCategory,
      amountEur: Number(row.amount_eur),
      validFrom: row.valid_from,
      validTo: row.valid_to || null,
      legalSource: row.legal_source,
    };
  });
}

function readCsv<C extends string>(
  dir: string,
  file: string,
  columns: readonly C[],
  optional: readonly C[] = [],
): Row<C>[] {
  const records = parse(readFileSync(join(dir, file)), {
    bom: true,
    columns: (header: string[]) => {
      if (header.join() !== columns.join()) {
        throw new ReferenceDataError(
          `${file}: expected the columns ${columns.join(",")}, got ${header.join(",")}`,
        );
      }
      return header;
    },
  }) as Record<C, string>[];
  // The files have no line breaks inside fields, so record n is on line n + 2 (after the header).
  return records.map((record, index) => {
    const row: Row<C> = { ...record, line: index + 2 };
    for (const column of columns) {
      check(row, file, optional.includes(column) || row[column].trim() !== "", column);
    }
    return row;
  });
}

function check<C extends string>(row: Row<C>, file: string, isValid: boolean, column: C): void {
  if (!isValid) throw new ReferenceDataError(`${file} line ${row.line}: bad ${column} "${row[column]}"`);
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
