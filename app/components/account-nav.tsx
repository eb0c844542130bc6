import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Locale } from "../i18n/locales.ts";

export type HeaderViewer = {
  name: string;
  activeOrganisationId: string | null;
  memberships: { organisationId: string; name: string }[];
  /** The active organisation is a contracting authority whose workspace this person may use. */
  hasWorkspace?: boolean;
  /** Unread notifications from the person's watches (the header's badge). */
  unreadNotifications?: number;
  /** The person acts for a company: partner search and interests. */
  hasPartners?: boolean;
  /** The active organisation's inbox of presentations and how many are new, for its buyers. */
  inbox?: { organisationId: string; newCount: number } | null;
  /** The person presents services for a company (its members). */
  presents?: boolean;
} | null;

/** Log-in state in the header: links for visitors; name, organisation switcher and log-out for members. */
export function AccountNav({ locale, viewer }: { locale: Locale; viewer: HeaderViewer }) {
  const { t } = useTranslation();
  if (!viewer) {
    return (
      <nav aria-label={t("shell.accountNav")} className="account-nav">
        <ul>
          <li>
            <Link to={`/${locale}/login`}>{t("shell.logIn")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/signup`}>{t("shell.signUp")}</Link>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label={t("shell.accountNav")} className="account-nav">
      <ul>
        {viewer.memberships.length > 1 ? (
          <li>
            <Form method="post" action={`/${locale}/organisations/switch`} className="org-switcher">
              <label htmlFor="org-switcher-select">{t("shell.activeOrganisation")}</label>
              <select
                id="org-switcher-select"
                name="organisationId"
                defaultValue={viewer.activeOrganisationId ?? ""}
              >
                {viewer.memberships.map((m) => (
                  <option key={m.organisationId} value={m.organisationId}>
                    {m.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="link-button">
                {t("shell.switchOrganisation")}
              </button>
            </Form>
          </li>
        ) : viewer.memberships[0] ? (
          <li className="org-name">{viewer.memberships[0].name}</li>
        ) : null}
        <li>
          <Link
            to={`/${locale}/notifications`}
            aria-label={
              viewer.unreadNotifications
                ? t("notifications.navUnread", { count: viewer.unreadNotifications })
                : undefined
            }
          >
            {t("notifications.nav")}
            {viewer.unreadNotifications ? (
              <span className="badge" aria-hidden="true">
                {" "}
                {viewer.unreadNotifications > 99 ? "99+" : viewer.unreadNotifications}
              </span>
            ) : null}
          </Link>
        </li>
        <li>
          <Link to={`/${locale}/account`}>
            {t("shell.account")}
            <span className="visually-hidden">: </span>
            <span className="account-name"> ({viewer.name})</span>
          </Link>
        </li>
        <li>
          <Form method="post" action={`/${locale}/logout`}>
            <button type="submit" className="link-button">
              {t("shell.logOut")}
            </button>
          </Form>
        </li>
      </ul>
    </nav>
  );
}
