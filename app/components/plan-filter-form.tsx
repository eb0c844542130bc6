import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button } from "suomifi-ui-components";
import type { FacetOption, PublicPlanFacets } from "../modules/plans/index.server.ts";
import { type PublicPlanFilters, planPhases, planStatuses, valueBands } from "../modules/plans/index.ts";
import { FormTextField } from "./form-field.tsx";
import { NativeSelect } from "./native-select.tsx";

type Place = { code: string; name: string };

/**
 * The forward plan's search and filter form: a GET form, so every state is a shareable URL and it
 * works without JavaScript. Each option shows its facet count. The search and the phase come first;
 * the other filters wait behind one `<details>` button (no JavaScript needed), which says how many of
 * them are chosen, so that the first results are near the top on a phone (issue 12 point 11).
 */
export function PlanFilterForm({
  lang,
  filters,
  search,
  facets,
  regions,
  municipalities,
}: {
  lang: string;
  filters: PublicPlanFilters;
  /** What was typed in the search field, and why it was not searched for (a catalogue key). */
  search?: { text: string; error?: string };
  facets: PublicPlanFacets;
  regions: Place[];
  municipalities: Place[];
}) {
  const { t } = useTranslation();
  const counted = (label: string, count: number | undefined) =>
    count === undefined ? label : t("forwardPlan.withCount", { label, count });
  const countOf = (options: FacetOption[], value: string) =>
    options.find((o) => o.value === value)?.count ?? 0;
  const any = { value: "", label: t("forwardPlan.any") };
  const years = [...new Set(facets.quarter.map((o) => Number(o.value.slice(0, 4))))];
  if (filters.year && !years.includes(filters.year)) years.push(filters.year);
  const quarterCount = (quarter: number) =>
    facets.quarter
      .filter(
        (o) => o.value.endsWith(`Q${quarter}`) && (!filters.year || o.value.startsWith(`${filters.year}-`)),
      )
      .reduce((sum, o) => sum + o.count, 0);
  const organisations = [...facets.organisation];
  for (const id of filters.organisation)
    if (!organisations.some((o) => o.value === id)) organisations.push({ value: id, label: id, count: 0 });
  const chosen = [
    filters.organisation.length > 0,
    filters.region,
    filters.municipality,
    filters.cpv,
    filters.valueBand.length > 0,
    filters.year,
    filters.quarter,
    filters.status.length > 0,
    filters.sustainability.length > 0,
    filters.lots,
    filters.dialogueOpen,
    filters.partnerRequests,
    filters.sort && filters.sort !== (filters.q ? "relevance" : "tender"),
  ].filter(Boolean).length;
  return (
    <Form method="get" action={`/${lang}/plans`} className="form-stack plan-filters">
      <FormTextField
        id="plans-q"
        name="q"
        label={t("forwardPlan.search")}
        hintText={t("forwardPlan.searchHint")}
        defaultValue={search?.text ?? filters.q ?? ""}
        error={search?.error}
      />
      <NativeSelect
        id="plans-phase"
        name="phase"
        label={t("planWork.phase")}
        defaultValue={filters.phase ?? "current"}
        options={planPhases.map((phase) => ({ value: phase, label: t(`planWork.phases.${phase}`) }))}
      />
      <details className="plan-filters-more" id="plans-more-filters">
        <summary>
          {t("planWork.moreFilters")}
          {chosen > 0 ? (
            <span className="plan-filters-chosen">{t("planWork.filtersChosen", { count: chosen })}</span>
          ) : null}
        </summary>
        <div className="form-stack">
          <NativeSelect
            id="plans-organisation"
            name="organisation"
            label={t("plans.fields.organisation")}
            defaultValue={filters.organisation[0] ?? ""}
            options={[
              any,
              ...organisations.map((o) => ({ value: o.value, label: counted(o.label ?? o.value, o.count) })),
            ]}
          />
          <NativeSelect
            id="plans-region"
            name="region"
            label={t("forwardPlan.region")}
            defaultValue={filters.region ?? ""}
            options={[any, ...regions.map((r) => ({ value: r.code, label: r.name }))]}
          />
          <NativeSelect
            id="plans-municipality"
            name="municipality"
            label={t("forwardPlan.municipality")}
            defaultValue={filters.municipality ?? ""}
            options={[any, ...municipalities.map((m) => ({ value: m.code, label: m.name }))]}
          />
          <FormTextField
            id="plans-cpv"
            name="cpv"
            label={t("forwardPlan.cpv")}
            hintText={t("forwardPlan.cpvHint")}
            defaultValue={filters.cpv ?? ""}
          />
          <NativeSelect
            id="plans-value-band"
            name="valueBand"
            label={t("plans.fields.valueBand")}
            defaultValue={filters.valueBand[0] ?? ""}
            options={[
              any,
              ...valueBands.map((band) => ({
                value: band,
                label: counted(t(`plans.valueBands.${band}`), countOf(facets.valueBand, band)),
              })),
            ]}
          />
          <NativeSelect
            id="plans-year"
            name="year"
            label={t("forwardPlan.year")}
            defaultValue={filters.year ? String(filters.year) : ""}
            options={[any, ...years.map((year) => ({ value: String(year), label: String(year) }))]}
          />
          <NativeSelect
            id="plans-quarter"
            name="quarter"
            label={t("forwardPlan.quarter")}
            defaultValue={filters.quarter ? String(filters.quarter) : ""}
            options={[
              any,
              ...[1, 2, 3, 4].map((quarter) => ({
                value: String(quarter),
                label: counted(t("forwardPlan.quarterOption", { quarter }), quarterCount(quarter)),
              })),
            ]}
          />
          <NativeSelect
            id="plans-status"
            name="status"
            label={t("plans.fields.status")}
            defaultValue={filters.status[0] ?? ""}
            options={[
              any,
              ...planStatuses.map((status) => ({
                value: status,
                label: counted(t(`plans.statuses.${status}`), countOf(facets.status, status)),
              })),
            ]}
          />
          <NativeSelect
            id="plans-sustainability"
            name="sustainability"
            label={t("plans.fields.sustainability")}
            defaultValue={filters.sustainability[0] ?? ""}
            options={[
              any,
              ...facets.sustainability.map((o) => ({
                value: o.value,
                label: counted(o.label ?? o.value, o.count),
              })),
            ]}
          />
          <NativeSelect
            id="plans-lots"
            name="lots"
            label={t("plans.fields.lots")}
            defaultValue={filters.lots ?? ""}
            options={[
              any,
              { value: "yes", label: counted(t("forwardPlan.lotsYes"), countOf(facets.lots, "yes")) },
              { value: "no", label: counted(t("forwardPlan.lotsNo"), countOf(facets.lots, "no")) },
            ]}
          />
          <div className="native-field native-check">
            <input
              type="checkbox"
              id="plans-dialogue-open"
              name="dialogueOpen"
              value="1"
              defaultChecked={filters.dialogueOpen}
            />
            <label htmlFor="plans-dialogue-open">{t("forwardPlan.dialogueOpen")}</label>
          </div>
          <div className="native-field native-check">
            <input
              type="checkbox"
              id="plans-partner-requests"
              name="partnerRequests"
              value="1"
              defaultChecked={filters.partnerRequests}
            />
            <label htmlFor="plans-partner-requests">{t("forwardPlan.partnerRequests")}</label>
          </div>
          <NativeSelect
            id="plans-sort"
            name="sort"
            label={t("forwardPlan.sort")}
            defaultValue={filters.sort ?? (filters.q ? "relevance" : "tender")}
            options={[
              { value: "tender", label: t("forwardPlan.sortTender") },
              { value: "value", label: t("forwardPlan.sortValue") },
              { value: "updated", label: t("forwardPlan.sortUpdated") },
              ...(filters.q ? [{ value: "relevance", label: t("forwardPlan.sortRelevance") }] : []),
            ]}
          />
        </div>
      </details>
      <div className="button-row">
        <Button type="submit" id="plans-apply">
          {t("forwardPlan.apply")}
        </Button>
        <Link to={`/${lang}/plans`}>{t("forwardPlan.clear")}</Link>
      </div>
    </Form>
  );
}
