import { asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/index.server.ts";
import type { OrganisationKind, OrganisationRole } from "../organisations/index.ts";
import type { Auth } from "./auth.server.ts";

export type Membership = {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  role: OrganisationRole;
};

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

export async function listMemberships(db: DbOrTx, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      organisationId: organisationsOrganisation.id,
      name: organisationsOrganisation.name,
      kind: organisationsOrganisation.kind,
      role: organisationsMember.role,
    })
    .from(organisationsMember)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, organisationsMember.organizationId),
    )
    .where(eq(organisationsMember.userId, userId))
    .orderBy(asc(organisationsOrganisation.name));
  return rows as Membership[];
}
