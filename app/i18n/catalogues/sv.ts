import type { Catalogue } from "./catalogue.ts";
import { svAudit } from "./sv-audit.ts";
import { svClosing } from "./sv-closing.ts";
import { svCompanies } from "./sv-companies.ts";
import { svCore } from "./sv-core.ts";
import { svDialogue } from "./sv-dialogue.ts";
import { svDrafts } from "./sv-drafts.ts";
import { svEvents } from "./sv-events.ts";
import { svInterest } from "./sv-interest.ts";
import { svMeetings } from "./sv-meetings.ts";
import { svNotices } from "./sv-notices.ts";
import { svOpenData } from "./sv-open-data.ts";
import { svPlanForm } from "./sv-plan-form.ts";
import { svPlanWork } from "./sv-plan-work.ts";
import { svPlans } from "./sv-plans.ts";
import { svPresentations } from "./sv-presentations.ts";
import { svRecord } from "./sv-record.ts";
import { svRfi } from "./sv-rfi.ts";
import { svWatches } from "./sv-watches.ts";

/** The Swedish catalogue: exactly the Finnish catalogue's keys (catalogue.ts). */
export const sv: Catalogue = {
  ...svCore,
  ...svPlans,
  ...svPlanForm,
  ...svPlanWork,
  ...svOpenData,
  ...svCompanies,
  ...svWatches,
  ...svInterest,
  ...svPresentations,
  ...svClosing,
  ...svAudit,
  ...svDialogue,
  ...svMeetings,
  ...svDrafts,
  ...svEvents,
  ...svRecord,
  ...svRfi,
  ...svNotices,
};
