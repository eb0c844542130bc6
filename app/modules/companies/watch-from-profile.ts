import type { CompanyProfileView } from "./company-queries.server.ts";

/** A watch takes at most 20 CPV codes and 50 municipalities (watchSchema). */
const maxWatchCodes = 20;
const maxWatchMunicipalities = 50;

/**
 * The new-watch page's parameters that fill a watch in from a company profile: its offering's CPV codes,
 * and its regions and municipalities unless it serves all of Finland (then no place is set).
 * @example `/fi/watches/new?${watchParamsFromProfile(profile, "Siivous Oy")}`
 */
export function watchParamsFromProfile(
  profile: Pick<CompanyProfileView, "offering" | "regions" | "municipalities" | "servesAllFinland">,
  name: string,
): URLSearchParams {
  const params = new URLSearchParams({ fromProfile: "1", name });
  for (const item of profile.offering.slice(0, maxWatchCodes)) params.append("cpv", item.code);
  if (!profile.servesAllFinland) {
    for (const item of profile.regions) params.append("region", item.code);
    for (const item of profile.municipalities.slice(0, maxWatchMunicipalities))
      params.append("municipality", item.code);
  }
  return params;
}
