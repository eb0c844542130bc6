import { useTranslation } from "react-i18next";
import { readHilmaNotice } from "../modules/plans/index.ts";

/**
 * A plan's tender notice: Hilma's address as a link, a notice number or an eForms identifier named as
 * such (issue 12 point 4); text stored before the address was checked is shown as it is.
 */
export function HilmaNotice({ value }: { value: string }) {
  const { t } = useTranslation();
  const notice = readHilmaNotice(value);
  if (!notice) return <span className="wrap">{value}</span>;
  if (notice.kind === "address")
    return (
      <a href={notice.href} className="hilma-link" rel="noopener noreferrer external">
        {t("planWork.noticeLink")}
      </a>
    );
  return (
    <span>
      {t(notice.kind === "number" ? "planWork.noticeNumber" : "planWork.noticeEforms", {
        notice: notice.text,
      })}
    </span>
  );
}
