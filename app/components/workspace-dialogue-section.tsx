import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { Locale } from "../i18n/locales.ts";
import { pickText } from "../lib/pick-translation.ts";
import type { WorkspaceDialogue, WorkspaceDialogueItem } from "../modules/dialogue/index.server.ts";
import { DialogueWarningsCount } from "./dialogue-warnings.tsx";

type Tool = "rfi" | "events" | "meetings" | "drafts";

const tools: { tool: Tool; key: keyof Omit<WorkspaceDialogue, "openQuestions">; manage: string }[] = [
  { tool: "rfi", key: "rfis", manage: "rfi" },
  { tool: "events", key: "events", manage: "events" },
  { tool: "meetings", key: "meetings", manage: "meetings" },
  { tool: "drafts", key: "drafts", manage: "drafts" },
];

/**
 * The dialogue tab of the buyer's plan page (issue 13 point 8): every tool of the market dialogue with
 * each of its steps and their states, the open questions, the warnings and the record, in one place.
 */
export function WorkspaceDialogueSection({
  dialogue,
  warnings,
  locale,
  planId,
  canEdit,
}: {
  dialogue: WorkspaceDialogue;
  warnings: number | null;
  locale: Locale;
  planId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const base = `/${locale}/workspace/plans/${planId}`;
  return (
    <section aria-labelledby="workspace-dialogue-title" id="dialogue" className="workspace-dialogue">
      <Heading variant="h2" id="workspace-dialogue-title" mt="xl" mb="s">
        {t("dialogue.workspaceTitle")}
      </Heading>
      <Paragraph mb="s">{t("dialogue.workspaceIntro")}</Paragraph>
      <DialogueWarningsCount count={warnings} locale={locale} planId={planId} />
      <Paragraph mb="m">
        <Link to={`${base}/questions`} id="plan-questions-link">
          {dialogue.openQuestions > 0
            ? t("questions.manageLink", { count: dialogue.openQuestions })
            : t("questions.manageLinkNone")}
        </Link>
        {" · "}
        <Link to={`${base}/dialogue`} id="plan-dialogue-record-link">
          {t("dialogue.recordBuyerLink")}
        </Link>
      </Paragraph>
      {tools.map(({ tool, key, manage }) => (
        <section key={tool} aria-labelledby={`workspace-${tool}-title`}>
          <Heading variant="h3" id={`workspace-${tool}-title`} mt="m" mb="xs">
            {t(`dialogue.tools.${tool}`)}
          </Heading>
          {dialogue[key].length === 0 ? (
            <Paragraph mb="xs">{t(`dialogue.toolsEmpty.${tool}`)}</Paragraph>
          ) : (
            <ul className="compact-list">
              {dialogue[key].map((item) => (
                <DialogueItem key={item.id} item={item} tool={tool} locale={locale} />
              ))}
            </ul>
          )}
          {canEdit ? (
            <Paragraph mb="s">
              <Link to={`${base}/${manage}`} id={`workspace-${tool}-link`}>
                {t(`dialogue.toolsManage.${tool}`)}
              </Link>
            </Paragraph>
          ) : null}
        </section>
      ))}
    </section>
  );
}

function DialogueItem({ item, tool, locale }: { item: WorkspaceDialogueItem; tool: Tool; locale: Locale }) {
  const { t } = useTranslation();
  const stateKey = tool === "events" ? "events" : tool === "meetings" ? "meetings" : tool;
  return (
    <li>
      <Link to={`/${locale}${item.path}`}>{pickText(item.title, locale)}</Link>
      {" – "}
      {t(`${stateKey}.states.${item.state}`)}
      {item.count !== null ? ` · ${t(`dialogue.toolsCount.${tool}`, { count: item.count })}` : ""}
    </li>
  );
}
