import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import type { Route } from "./+types/home";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "home.title") },
  { name: "description", content: pageTitle(params.lang, "meta.tagline") },
];

const goals = ["sustainability", "openness", "partnership"] as const;
const audiences = [
  { key: "buyers", to: "signup" },
  { key: "companies", to: "signup" },
  { key: "residents", to: "plans" },
] as const;

export default function Home({ params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <>
      {search.get("deleted") === "1" ? <FormAlert status="neutral" message="home.accountDeleted" /> : null}
      <section className="hero" aria-labelledby="home-title">
        <Heading variant="h1" id="home-title">
          {t("home.title")}
        </Heading>
        <Paragraph className="lead">{t("home.lead")}</Paragraph>
      </section>
      <section aria-labelledby="goals-title">
        <Heading variant="h2" id="goals-title">
          {t("home.goalsTitle")}
        </Heading>
        <ul className="card-grid">
          {goals.map((goal) => (
            <li key={goal} className={`card goal-${goal}`}>
              <Heading variant="h3">{t(`home.goals.${goal}.title`)}</Heading>
              <Paragraph>{t(`home.goals.${goal}.text`)}</Paragraph>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="audiences-title">
        <Heading variant="h2" id="audiences-title">
          {t("home.audiencesTitle")}
        </Heading>
        <ul className="card-grid">
          {audiences.map(({ key, to }) => (
            <li key={key} className="card">
              <Heading variant="h3">{t(`home.audiences.${key}.title`)}</Heading>
              <Paragraph mb="s">{t(`home.audiences.${key}.text`)}</Paragraph>
              <Link to={`/${params.lang}/${to}`}>{t(`home.audiences.${key}.action`)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
