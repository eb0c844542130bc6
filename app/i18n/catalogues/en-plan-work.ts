import type { fiPlanWork } from "./fi-plan-work.ts";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// Part of the en catalogue (en.ts puts the parts together).
export const enPlanWork: Widen<typeof fiPlanWork> = {
  planWork: {
    phase: "Plans shown",
    phases: {
      current: "Upcoming and ongoing",
      finished: "Finished (contract awarded, cancelled or planned time passed)",
      all: "All",
    },
    currentOnly: "The list shows upcoming and ongoing plans.",
    showFinished: "Show finished plans",
    moreFilters: "More filters",
    filtersChosen: "Filters chosen: {{count}}",
    organisationCurrent: "The organisation's upcoming and ongoing plans",
    organisationFinished: "The organisation's finished plans",
    organisationEmpty: "The organisation has no upcoming or ongoing public procurement plans.",
    search: "Search the plans",
    searchHint: "A word from the plan's title or need, or the start of a CPV code.",
    overdueOnly: "Only plans whose planned time has passed",
    overdueTag: "The planned time has passed",
    overdueNotice:
      "Plans whose planned tender time has passed without a change of stage: {{count}}. Update their stage or schedule.",
    overdueShow: "Show these plans",
    overduePlan:
      "The planned tender time ({{when}}) has passed, but the plan is still at the stage {{status}}. Change the stage below, or change the schedule by editing the plan.",
    publicPage: "Open the public page",
    publicPageOf: "Open the public page of the plan {{title}}",
    publish: "Publish the plan",
    visibilityPage: "Publish or change the visibility",
    publishTitle: "Publish the plan",
    publishIntro:
      "Check how the plan will look in the public forward plan. A published plan is visible to everyone, also in open data and feeds, and its changes are kept in the public version history.",
    previewTitle: "Preview: the plan's public page",
    publishConfirm: "I have checked the details, and the plan may be published.",
    publishConfirmRequired: "Confirm the publication by ticking the box.",
    fixFirst: "The plan cannot be published until these details are corrected in the edit form:",
    publishSubmit: "Publish",
    published: "The plan has been published in the forward plan.",
    alreadyPublic: "The plan is public: it is shown in the forward plan.",
    otherVisibilityTitle: "Draft or internal plan",
    visibilityTo: "New visibility",
    visibilitySubmit: "Change the visibility",
    visibilityChanged: "The plan's visibility has been changed.",
    changedTo: "changed to",
    emptyValue: "not given",
    stageIntro:
      "Choose the stage the plan moves to. Only the stages the plan can move to from its current stage are offered.",
    stageNeedsNothing: "Moving from one planning stage to another needs no other information.",
    stageNeedsNotice:
      "When the call for tenders has been published, give the address of the notice in Hilma, its notice number or the eForms identifier. The address is shown as a link on the plan's page.",
    stageNeedsContractEnd:
      "When the contract has been awarded, give the date the contract ends. The plan is then shown in the re-tendering forecast.",
    stageNeedsReason:
      "When the procurement is cancelled, give the reason. The reason a public plan was cancelled is visible to everyone.",
    fieldFor: "Fill in only if you choose the stage {{status}}.",
    noticeHint:
      "Fill in only if you choose the stage {{status}}. Give the address of the notice in Hilma (https://www.hankintailmoitukset.fi/…), its notice number (e.g. 2027-012345) or the eForms notice identifier.",
    noticeNumber: "Hilma notice number {{notice}}",
    noticeEforms: "eForms notice identifier {{notice}}",
    noticeLink: "Open the notice in Hilma",
  },
};
