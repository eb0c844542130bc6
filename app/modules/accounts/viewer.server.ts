import type { Db } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
// The viewer's memberships are the organisations module's data, read through its query (ADR 030).
import { listMemberships, type Membership } from "../organisations/index.server.ts";
import type { Auth } from "./auth.server.ts";

export type { Membership };

/** The person behind a request, as every policy sees them. */
export type Viewer = {
  userId: string;
  name: string;
  email: string;
  locale: Locale;
  isPlatformAdmin: boolean;
  memberships: Membership[];
  activeOrganisationId: string | null;
  /** Set when the request came with an organisation API token, so audit entries can say so. */
  apiToken?: { id: string; name: string };
};

/** Reads the session cookie; null for an anonymous visitor. */
export async function getViewer({ auth, db, headers }: { auth: Auth; db: Db; headers: Headers }) {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { locale?: string; platformRole?: string | null };
  const memberships = await listMemberships(db, user.id);
  const requested =
    (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null;
  const active = memberships.find((m) => m.organisationId === requested) ?? memberships[0] ?? null;
  const viewer: Viewer = {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : "fi",
    isPlatformAdmin: user.platformRole === "platform-admin",
    memberships,
    activeOrganisationId: active?.organisationId ?? null,
  };
  return viewer;
}
