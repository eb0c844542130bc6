import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { describePicked } from "../reference-data/index.server.ts";
import type { PickerOption } from "../reference-data/index.ts";
import { watchPickers } from "./schemas.ts";
import type { WatchFormValues } from "./watch-form.ts";

/** What the watch form's pickers hold (CPV codes, municipalities), with names for the form. */
export function describeWatchPicks(
  db: DbOrTx,
  locale: Locale,
  values: WatchFormValues,
): Promise<Record<string, PickerOption[]>> {
  return describePicked({
    db,
    locale,
    pickers: watchPickers,
    values: {
      cpv: values.cpv.split(/[\s,;]+/).filter((code) => code !== ""),
      municipality: values.municipality,
    },
  });
}
