import type { Locale } from "../../i18n/locales.ts";
import { readIntent } from "../../lib/form-intent.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { getCpvCode } from "../reference-data/index.server.ts";
import { createPlan } from "./create-plan.server.ts";
import type { PlanRefusal } from "./lock-plan.server.ts";
import { type PlanFormValues, planFormIntents, planFormToInput, readPlanForm } from "./plan-form.ts";
import { type CpvResult, findCpvForForm } from "./plan-form-options.server.ts";
import { planFieldErrors, planInputSchema, type Visibility } from "./schemas.ts";
import { type PlanChange, updatePlan } from "./update-plan.server.ts";

export type PlanFormOutcome =
  | { saved: string }
  | {
      values: PlanFormValues;
      errors: Record<string, string>;
      cpvResults: CpvResult[] | null;
      /** The plan may no longer be changed (archived meanwhile): a message for the whole form. */
      refused?: PlanRefusal;
    };

/**
 * Handles a posted plan form: a CPV search (or picking a found code) only answers with the form as
 * typed; saving validates everything and creates or updates the plan, or returns field errors and the
 * typed values, saving nothing. A plan archived meanwhile is refused by the command with the typed values
 * kept.
 */
export async function submitPlanForm({
  services,
  viewer,
  formData,
  organisationId,
  planId,
  locale,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer;
  formData: FormData;
  organisationId: string;
  planId?: string;
  locale: Locale;
  requestId?: string;
}): Promise<PlanFormOutcome> {
  const intent = readIntent(formData, planFormIntents);
  const values = readPlanForm(formData.entries());
  if (intent.name !== "save") {
    if (intent.name === "useCpv") values.mainCpv = intent.argument;
    const query = typeof values.cpvQuery === "string" ? values.cpvQuery.trim().slice(0, 100) : "";
    const cpvResults = query ? await findCpvForForm(services.database.db, locale, query) : [];
    return { values, errors: {}, cpvResults };
  }
  const parsed = planInputSchema.safeParse(planFormToInput(values));
  if (!parsed.success) {
    const errors = planFieldErrors(parsed.error);
    // The command checks the code list only for a plan that passes the schema: say at once that a
    // well-formed main code is not in CPV 2008, so the person fixes everything in one go.
    const mainCpv = typeof values.mainCpv === "string" ? values.mainCpv : "";
    if (!errors.mainCpv && mainCpv.trim() && !(await getCpvCode({ db: services.database.db, code: mainCpv })))
      errors.mainCpv = "plans.errors.cpvUnknown";
    return { values, errors, cpvResults: null };
  }
  const reason = typeof values.changeReason === "string" ? values.changeReason : undefined;
  // The form has no visibility field any more (publishing is its own step, issue 12 point 12): a plan
  // keeps the visibility it has when saved, read under the lock; a new plan is a draft. A posted value
  // (older clients, scripts) is still honoured.
  const posted = typeof values.visibility === "string" && values.visibility !== "";
  const input: PlanChange = posted
    ? parsed.data
    : (current) => ({
        ok: true,
        input: { ...parsed.data, visibility: (current.visibility as Visibility) ?? "draft" },
      });
  const result = planId
    ? await updatePlan({ services, viewer, planId, input, reason, requestId })
    : await createPlan({ services, viewer, organisationId, input: parsed.data, requestId });
  if (!result.ok)
    return "refused" in result
      ? { values, errors: {}, cpvResults: null, refused: result.refused }
      : { values, errors: result.errors, cpvResults: null };
  return { saved: result.planId };
}
