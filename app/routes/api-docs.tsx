import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { pageTitle } from "../i18n/page-title.ts";
import type { Route } from "./+types/api-docs";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "apiDocs.title") }];

export function loader({ context }: Route.LoaderArgs) {
  return { apiUrl: `${context.services.publicUrl}/api/v1`, prefix: context.services.ocdsOcidPrefix };
}

type Endpoint = { key: string; path: string; params: string[]; example: (prefix: string) => string };

const endpoints: Endpoint[] = [
  {
    key: "plans",
    path: "/plans",
    params: ["cursor", "limit", "q", "filters", "organisation", "status"],
    example: () => "/plans?q=siivous&organisation=espoo&status=market-dialogue&limit=20",
  },
  { key: "plan", path: "/plans/{id}", params: ["id"], example: () => "/plans/{id}" },
  {
    key: "atom",
    path: "/plans.atom",
    params: ["q", "filters", "lang", "cursor", "feedLimit"],
    example: () => "/plans.atom?cpv=90900000&lang=sv",
  },
  {
    key: "ics",
    path: "/plans.ics",
    params: ["q", "filters", "lang", "cursor", "feedLimit"],
    example: () => "/plans.ics?organisation=espoo&dialogueOpen=1",
  },
  {
    key: "csv",
    path: "/plans.csv",
    params: ["q", "filters", "cursor", "downloadLimit"],
    example: () => "/plans.csv?region=01&valueBand=eu",
  },
  {
    key: "xlsx",
    path: "/plans.xlsx",
    params: ["q", "filters", "cursor", "downloadLimit"],
    example: () => "/plans.xlsx?year=2027&quarter=1",
  },
  {
    key: "releases",
    path: "/ocds/releases",
    params: ["cursor", "limit"],
    example: () => "/ocds/releases?limit=50",
  },
  {
    key: "record",
    path: "/ocds/records/{ocid}",
    params: ["ocid"],
    example: (prefix) => `/ocds/records/${prefix}-{id}`,
  },
  {
    key: "attachment",
    path: "/plans/{id}/attachments/{attachmentId}",
    params: ["id", "attachmentId"],
    example: () => "/plans/{id}/attachments/{attachmentId}",
  },
  { key: "openapi", path: "/openapi.json", params: [], example: () => "/openapi.json" },
];

type WriteEndpoint = { key: "create" | "patch" | "transitions"; method: string; path: string; body: object };

// Examples of the write API; the bodies are data, so they are not translated.
const writeEndpoints: WriteEndpoint[] = [
  {
    key: "create",
    method: "POST",
    path: "/plans",
    body: {
      title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
      need: { fi: "Puhtaat ja terveelliset oppimisympäristöt." },
      mainCpv: "90910000",
      noLotsReason: { fi: "Yksi sopimus on kokonaistaloudellisesti edullisin." },
      visibility: "public",
    },
  },
  {
    key: "patch",
    method: "PATCH",
    path: "/plans/{id}",
    body: {
      estimatedValueEur: 480000,
      tenderYear: 2027,
      tenderQuarter: 3,
      changeReason: "Arvio päivitetty markkinakartoituksen jälkeen.",
    },
  },
  {
    key: "transitions",
    method: "POST",
    path: "/plans/{id}/transitions",
    body: { to: "tender-published", hilmaNotice: "2027-012345" },
  },
];

/** A curl command line for a write endpoint. */
function writeExample(apiUrl: string, endpoint: WriteEndpoint): string {
  return [
    `curl -X ${endpoint.method} '${apiUrl}${endpoint.path}'`,
    `  -H 'Authorization: Bearer <token>'`,
    `  -H 'Content-Type: application/json'`,
    `  -d '${JSON.stringify(endpoint.body)}'`,
  ].join(" \\\n");
}

/** /:lang/api: how to use the open data API, in plain HTML. */
export default function ApiDocs({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { apiUrl, prefix } = loaderData;
  return (
    <article className="prose">
      <Heading variant="h1">{t("apiDocs.title")}</Heading>
      <Paragraph mb="m">{t("apiDocs.intro")}</Paragraph>

      <section aria-labelledby="api-licence">
        <Heading variant="h2" id="api-licence">
          {t("apiDocs.licenceTitle")}
        </Heading>
        <Paragraph mb="s">{t("apiDocs.licence")}</Paragraph>
        <p>
          <a href="https://creativecommons.org/licenses/by/4.0/" lang="en">
            {t("apiDocs.licenceLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="api-openapi">
        <Heading variant="h2" id="api-openapi">
          {t("apiDocs.openApiTitle")}
        </Heading>
        <p>
          {t("apiDocs.openApi")} <a href={`${apiUrl}/openapi.json`}>{`${apiUrl}/openapi.json`}</a>
        </p>
      </section>

      <section aria-labelledby="api-endpoints">
        <Heading variant="h2" id="api-endpoints">
          {t("apiDocs.endpointsTitle")}
        </Heading>
        {endpoints.map((endpoint) => (
          <section key={endpoint.key} aria-labelledby={`endpoint-${endpoint.key}`}>
            <Heading variant="h3" id={`endpoint-${endpoint.key}`}>
              <code>{`GET /api/v1${endpoint.path}`}</code>
            </Heading>
            <Paragraph mb="s">{t(`apiDocs.endpoints.${endpoint.key}`)}</Paragraph>
            <p>
              <strong>{t("apiDocs.parameters")}</strong>
            </p>
            {endpoint.params.length > 0 ? (
              <ul>
                {endpoint.params.map((param) => (
                  <li key={param}>{t(`apiDocs.params.${param}`, { prefix })}</li>
                ))}
              </ul>
            ) : (
              <p>{t("apiDocs.noParameters")}</p>
            )}
            <p>
              <strong>{t("apiDocs.example")}</strong>
            </p>
            <pre>
              <code>{`curl '${apiUrl}${endpoint.example(prefix)}'`}</code>
            </pre>
          </section>
        ))}
      </section>

      <section aria-labelledby="api-write">
        <Heading variant="h2" id="api-write">
          {t("apiDocs.writeTitle")}
        </Heading>
        <Paragraph mb="s">{t("apiDocs.writeIntro")}</Paragraph>
        <Paragraph mb="s">{t("apiDocs.writeAuth")}</Paragraph>
        <Paragraph mb="m" id="api-token-lifetime">
          {t("apiDocs.writeTokenLifetime")}
        </Paragraph>
        {writeEndpoints.map((endpoint) => (
          <section key={endpoint.key} aria-labelledby={`endpoint-write-${endpoint.key}`}>
            <Heading variant="h3" id={`endpoint-write-${endpoint.key}`}>
              <code>{`${endpoint.method} /api/v1${endpoint.path}`}</code>
            </Heading>
            <Paragraph mb="s">{t(`apiDocs.writeEndpoints.${endpoint.key}`)}</Paragraph>
            <p>
              <strong>{t("apiDocs.example")}</strong>
            </p>
            <pre>
              <code>{writeExample(apiUrl, endpoint)}</code>
            </pre>
          </section>
        ))}
      </section>

      <section aria-labelledby="api-eforms">
        <Heading variant="h2" id="api-eforms">
          {t("apiDocs.eformsTitle")}
        </Heading>
        <Paragraph mb="s">{t("apiDocs.eforms")}</Paragraph>
        <pre>
          <code>{`curl '${apiUrl}/plans/{id}/eforms?type=E1' \\\n  -H 'Authorization: Bearer <token>' -o notice.xml`}</code>
        </pre>
      </section>

      <section aria-labelledby="api-ocds">
        <Heading variant="h2" id="api-ocds">
          {t("apiDocs.ocdsTitle")}
        </Heading>
        <Paragraph mb="m">{t("apiDocs.ocds", { prefix })}</Paragraph>
      </section>

      <section aria-labelledby="api-caching">
        <Heading variant="h2" id="api-caching">
          {t("apiDocs.cachingTitle")}
        </Heading>
        <Paragraph mb="m">{t("apiDocs.caching")}</Paragraph>
      </section>

      <section aria-labelledby="api-errors">
        <Heading variant="h2" id="api-errors">
          {t("apiDocs.errorsTitle")}
        </Heading>
        <Paragraph mb="s">{t("apiDocs.errors")}</Paragraph>
        <ul>
          <li id="problem-invalid-parameters">{t("apiDocs.problemInvalidParameters")}</li>
          <li id="problem-not-found">{t("apiDocs.problemNotFound")}</li>
          <li id="problem-invalid-body">{t("apiDocs.problemInvalidBody")}</li>
          <li id="problem-unauthorized">{t("apiDocs.problemUnauthorized")}</li>
          <li id="problem-token-expired">{t("apiDocs.problemTokenExpired")}</li>
          <li id="problem-token-owner-without-role">{t("apiDocs.problemTokenOwnerWithoutRole")}</li>
          <li id="problem-forbidden">{t("apiDocs.problemForbidden")}</li>
          <li id="problem-archived">{t("apiDocs.problemArchived")}</li>
          <li id="problem-transition-not-allowed">{t("apiDocs.problemTransitionNotAllowed")}</li>
          <li id="problem-precondition-failed">{t("apiDocs.problemPreconditionFailed")}</li>
          <li id="problem-notice-incomplete">{t("apiDocs.problemNoticeIncomplete")}</li>
          <li id="problem-rate-limited">{t("apiDocs.problemRateLimited")}</li>
        </ul>
      </section>
    </article>
  );
}
