import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { refEformsCode } from "./tables.ts";
import type { EformsCode, EformsCodeList } from "./types.ts";

/**
 * The codes of one eForms code list with their labels in Finnish, Swedish and English, by code.
 * @example await listEformsCodes({ db, list: "strategic-procurement" }) // env-imp, inn-pur, none, soc-obj
 */
export async function listEformsCodes(options: { db: DbOrTx; list: EformsCodeList }): Promise<EformsCode[]> {
  const rows = await options.db
    .select()
    .from(refEformsCode)
    .where(eq(refEformsCode.listName, options.list))
    .orderBy(asc(refEformsCode.code));
  return rows.map((row) => ({
    list: row.listName,
    code: row.code,
    label: { fi: row.labelFi, sv: row.labelSv, en: row.labelEn },
  }));
}
