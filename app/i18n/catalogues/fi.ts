import { fiAudit } from "./fi-audit.ts";
import { fiClosing } from "./fi-closing.ts";
import { fiCompanies } from "./fi-companies.ts";
import { fiCore } from "./fi-core.ts";
import { fiDialogue } from "./fi-dialogue.ts";
import { fiDrafts } from "./fi-drafts.ts";
import { fiEvents } from "./fi-events.ts";
import { fiInterest } from "./fi-interest.ts";
import { fiMeetings } from "./fi-meetings.ts";
import { fiNotices } from "./fi-notices.ts";
import { fiOpenData } from "./fi-open-data.ts";
import { fiPlanForm } from "./fi-plan-form.ts";
import { fiPlanWork } from "./fi-plan-work.ts";
import { fiPlans } from "./fi-plans.ts";
import { fiPresentations } from "./fi-presentations.ts";
import { fiRecord } from "./fi-record.ts";
import { fiRfi } from "./fi-rfi.ts";
import { fiWatches } from "./fi-watches.ts";

/** The Finnish catalogue, the master: Swedish and English must have exactly its keys (catalogue.ts). */
export const fi = {
  ...fiCore,
  ...fiPlans,
  ...fiPlanForm,
  ...fiPlanWork,
  ...fiOpenData,
  ...fiCompanies,
  ...fiWatches,
  ...fiInterest,
  ...fiPresentations,
  ...fiClosing,
  ...fiAudit,
  ...fiDialogue,
  ...fiMeetings,
  ...fiDrafts,
  ...fiEvents,
  ...fiRecord,
  ...fiRfi,
  ...fiNotices,
};
