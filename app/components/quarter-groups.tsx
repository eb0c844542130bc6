import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import type { QuarterGroup } from "../modules/plans/index.server.ts";
import { PlanCard } from "./plan-card.tsx";

/** Plans under a heading per quarter (timeline and re-tender forecast). */
export function QuarterGroups({
  groups,
  lang,
  empty,
}: {
  groups: QuarterGroup[];
  lang: string;
  empty: string;
}) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p>{empty}</p>;
  return (
    <>
      {groups.map((group) => (
        <section
          key={`${group.year}-${group.quarter}`}
          aria-labelledby={`quarter-${group.year}-${group.quarter}`}
        >
          <Heading variant="h2" id={`quarter-${group.year}-${group.quarter}`} mt="l" mb="s">
            {t("forwardPlan.quarterLabel", { year: group.year, quarter: group.quarter })}
          </Heading>
          {group.plans.map((plan) => (
            <PlanCard key={plan.id} plan={plan} lang={lang} headingLevel={3} />
          ))}
        </section>
      ))}
    </>
  );
}
