import type { Viewer } from "../accounts/index.server.ts";
import { canEditPlansOf, canUseWorkspaceOf } from "../plans/index.server.ts";

/**
 * Make and record the Hilma notices of an organisation's plans: its buyers and buyer-admins in the
 * workspace (or through its API tokens), as for editing the plan; leadership only reads plans.
 */
export function canPrepareNotices(viewer: Viewer | null, organisationId: string): boolean {
  return canUseWorkspaceOf(viewer, organisationId) && canEditPlansOf(viewer, organisationId);
}
