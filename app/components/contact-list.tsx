import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { BuyerContact, PublicContact } from "../modules/dialogue/index.server.ts";

/**
 * The contact register as a stacked list. With `editBase` (the buyer's pages) every field and links to
 * edit and remove; public contacts show their kind, date and public line only.
 */
export function ContactList({
  contacts,
  locale,
  editBase,
}: {
  contacts: (BuyerContact | PublicContact)[];
  locale: Locale;
  editBase?: string;
}) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <p>{t("record.contacts.none")}</p>;
  return (
    <ol className="plain-list dialogue-record" id="contact-register">
      {contacts.map((contact) => {
        const full = "organisation" in contact ? contact : null;
        const facts: [string, string][] = full
          ? [
              ["ourParticipants", full.ourParticipants],
              ["theirParticipants", full.theirParticipants],
              ["sharedMaterial", full.sharedMaterial],
              ["isSharedMaterialPublic", t(full.isSharedMaterialPublic ? "record.yes" : "record.no")],
              ["conflictOfInterest", full.conflictOfInterest],
              ["publicSummary", full.publicSummary ?? ""],
            ]
          : [["publicSummary", contact.publicSummary ?? ""]];
        return (
          <li key={contact.id} id={`contact-${contact.id}`} className="dialogue-record-entry">
            <p>
              <strong>
                {t(`record.kinds.${contact.kind}`)}
                {full ? `: ${full.organisation}` : null}
              </strong>
            </p>
            <dl className="facts">
              <dt>{t("record.fields.occurredAt")}</dt>
              <dd>{formatDate(locale, new Date(contact.occurredAt), true)}</dd>
              {facts
                .filter(([, value]) => value !== "")
                .map(([name, value]) => (
                  <Fragment key={name}>
                    <dt>{t(`record.fields.${name}`)}</dt>
                    <dd className="wrap">{value}</dd>
                  </Fragment>
                ))}
            </dl>
            {editBase ? (
              <p className="action-links">
                <Link to={`${editBase}/${contact.id}`} id={`contact-edit-${contact.id}`}>
                  {t("record.contacts.edit")}
                </Link>{" "}
                <Link to={`${editBase}/${contact.id}/remove`} id={`contact-remove-${contact.id}`}>
                  {t("record.contacts.remove")}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
