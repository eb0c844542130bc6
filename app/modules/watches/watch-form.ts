import { watchFormInput } from "./schemas.ts";
import type { WatchSummary } from "./watch-queries.server.ts";

/** What the watch form shows; the component's WatchFormValues. */
export type WatchFormValues = {
  name: string;
  keywords: string;
  cpv: string;
  region: string[];
  municipality: string[];
  organisation: string[];
  valueBand: string[];
  event: string[];
  instant: boolean;
  digest: boolean;
};

/** A new watch: new plans, e-mailed at once. */
export const emptyWatchValues: WatchFormValues = {
  name: "",
  keywords: "",
  cpv: "",
  region: [],
  municipality: [],
  organisation: [],
  valueBand: [],
  event: ["published"],
  instant: true,
  digest: false,
};

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/**
 * The form's values from a posted form, or from a forward-plan search's URL ("save this search as a
 * watch": q, cpv, region, municipality, organisation and valueBand carry over).
 */
export function watchValuesFrom(
  data: FormData | URLSearchParams,
  { fromSearch = false } = {},
): WatchFormValues {
  const input = watchFormInput(data);
  return {
    name: String(input.name ?? ""),
    keywords: String(input.keywords ?? ""),
    cpv: list(input.cpv).join(", "),
    region: list(input.region),
    municipality: list(input.municipality),
    organisation: list(input.organisation),
    valueBand: list(input.valueBand),
    event: fromSearch ? emptyWatchValues.event : list(input.event),
    instant: fromSearch ? true : input.instant === true,
    digest: fromSearch ? false : input.digest === true,
  };
}

export function watchValuesOf(watch: WatchSummary): WatchFormValues {
  return {
    name: watch.name,
    keywords: watch.keywords,
    cpv: watch.cpvCodes.join(", "),
    region: watch.regions,
    municipality: watch.municipalities,
    organisation: watch.organisations,
    valueBand: watch.valueBands,
    event: watch.events,
    instant: watch.instant,
    digest: watch.digest,
  };
}
