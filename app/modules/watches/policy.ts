import type { Viewer } from "../accounts/index.server.ts";

// Deny by default. A watch and its notifications are the person's own: nobody else, not even a
// platform administrator, reads or changes them through the app.

/** Save watches: any signed-in person. */
export function canCreateWatch(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null;
}

/** Read, change or delete a watch, or read its notifications: only its owner. */
export function canManageWatch(viewer: Viewer | null, watch: { userId: string }): boolean {
  return viewer !== null && viewer.userId === watch.userId;
}
