import type { Catalogue } from "./catalogue.ts";
import { enAudit } from "./en-audit.ts";
import { enClosing } from "./en-closing.ts";
import { enCompanies } from "./en-companies.ts";
import { enCore } from "./en-core.ts";
import { enDialogue } from "./en-dialogue.ts";
import { enDrafts } from "./en-drafts.ts";
import { enEvents } from "./en-events.ts";
import { enInterest } from "./en-interest.ts";
import { enMeetings } from "./en-meetings.ts";
import { enNotices } from "./en-notices.ts";
import { enOpenData } from "./en-open-data.ts";
import { enPlanForm } from "./en-plan-form.ts";
import { enPlanWork } from "./en-plan-work.ts";
import { enPlans } from "./en-plans.ts";
import { enPresentations } from "./en-presentations.ts";
import { enRecord } from "./en-record.ts";
import { enRfi } from "./en-rfi.ts";
import { enWatches } from "./en-watches.ts";

/** The English catalogue: exactly the Finnish catalogue's keys (catalogue.ts). */
export const en: Catalogue = {
  ...enCore,
  ...enPlans,
  ...enPlanForm,
  ...enPlanWork,
  ...enOpenData,
  ...enCompanies,
  ...enWatches,
  ...enInterest,
  ...enPresentations,
  ...enClosing,
  ...enAudit,
  ...enDialogue,
  ...enMeetings,
  ...enDrafts,
  ...enEvents,
  ...enRecord,
  ...enRfi,
  ...enNotices,
};
