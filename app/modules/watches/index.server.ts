// The public surface of the watches module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { notifyWatchers, notifyWatchersOfDialogue } from "./match-plan-version.server.ts";
export { listPlanWatcherCompanyIds } from "./plan-watcher-companies.server.ts";
export { listPlansMatchingWatch } from "./plans-matching-watch.server.ts";
export { registerWatchWorker } from "./register-watch-worker.server.ts";
export { deleteWatch, saveWatch } from "./save-watch.server.ts";
export { type CriterionLabel, describeWatchCriteria } from "./watch-criteria.server.ts";
export { emptyWatchValues, type WatchFormValues, watchValuesFrom, watchValuesOf } from "./watch-form.ts";
export { describeWatchPicks } from "./watch-picks.server.ts";
export {
  countUnreadNotifications,
  getWatch,
  listNotifications,
  listWatches,
  markNotificationsRead,
  openNotification,
  watchFormOptions,
  watchNameOfTopic,
} from "./watch-queries.server.ts";
