import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { cookieHeaders } from "../accounts/index.ts";
import { assertAllowed, membershipIn } from "./policy.ts";

/** Makes one of the person's organisations the active one for this session. */
export async function switchActiveOrganisation({
  services,
  viewer,
  organisationId,
  requestHeaders,
}: {
  services: Services;
  viewer: Viewer;
  organisationId: string;
  requestHeaders: Headers;
}): Promise<Headers> {
  assertAllowed(membershipIn(viewer, organisationId) !== null);
  const { headers } = await services.auth.api.setActiveOrganization({
    body: { organizationId: organisationId },
    headers: requestHeaders,
    returnHeaders: true,
  });
  return cookieHeaders(headers);
}
