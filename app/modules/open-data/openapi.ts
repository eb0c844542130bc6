import { attachmentFormats, planStatuses, valueBands } from "../plans/index.ts";
import { dataLicense, dataLicenseName } from "./ocds-packages.ts";
import { companyPaths } from "./openapi-companies.ts";
import { dialoguePaths, dialogueSchemas } from "./openapi-dialogue.ts";
import { draftPaths, draftSchemas } from "./openapi-drafts.ts";
import { eformsPaths } from "./openapi-eforms.ts";
import { rfiPaths, rfiSchemas } from "./openapi-rfis.ts";
import { writeOperations, writeSchemas, writeSecuritySchemes } from "./openapi-write.ts";

// The OpenAPI 3.1 description of /api/v1, written by hand next to the routes (api-v1.server.ts) and the
// parameter schemas (api-parameters.ts); the system test checks that every route is described.

export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const cached = {
  ETag: { schema: { type: "string" }, description: "Hash of the body; send it back in If-None-Match." },
  "Last-Modified": { schema: { type: "string" }, description: "When the data last changed." },
  "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
};
export const json = (schema: object, description: string) => ({
  description,
  headers: cached,
  content: { "application/json": { schema } },
});
export const notModified = {
  description: "Not modified (conditional request with a matching ETag or date).",
};
const cursor = {
  name: "cursor",
  in: "query",
  required: false,
  description: "Opaque position from `links.next` of the previous page.",
  schema: { type: "string" },
};
const limit = (max: number, fallback: number) => ({
  name: "limit",
  in: "query",
  required: false,
  description: `Items per page, 1–${max}.`,
  schema: { type: "integer", minimum: 1, maximum: max, default: fallback },
});
const translated = {
  type: "object",
  required: ["fi"],
  properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
};

const query = (name: string, description: string, schema: object) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const repeated = (item: object) => ({ type: "array", items: item, maxItems: 50 });

/** The public forward plan's filters (api-parameters.ts), shared by the list and every feed. */
const planFilters = [
  query("q", "Search words (Finnish, Swedish, English; compound-word parts; one wrong letter).", {
    type: "string",
    maxLength: 200,
  }),
  {
    ...query(
      "organisation",
      "Lead organisation id or short name (slug); repeatable.",
      repeated({ type: "string" }),
    ),
    explode: true,
  },
  query("region", "Region (maakunta) code of the organisation's municipality.", {
    type: "string",
    pattern: "^\\d{2}$",
  }),
  query("municipality", "Municipality code of the organisation.", { type: "string", pattern: "^\\d{3}$" }),
  query("cpv", "CPV code; plans with this code or any code below it.", { type: "string" }),
  {
    ...query("valueBand", "Value band; repeatable.", repeated({ type: "string", enum: [...valueBands] })),
    explode: true,
  },
  query("year", "Planned year of the call for tenders.", { type: "integer", minimum: 2000, maximum: 2100 }),
  query("quarter", "Planned quarter of the call for tenders.", { type: "integer", minimum: 1, maximum: 4 }),
  {
    ...query(
      "status",
      "Lifecycle status; repeatable.",
      repeated({ type: "string", enum: [...planStatuses] }),
    ),
    explode: true,
  },
  {
    ...query(
      "sustainability",
      "Sustainability objective as `list` or `list:code` (eForms code lists); repeatable.",
      repeated({ type: "string" }),
    ),
    explode: true,
  },
  query("lots", "Divided into lots.", { type: "string", enum: ["yes", "no"] }),
  query("dialogueOpen", "Only plans whose market dialogue is open today (Helsinki).", {
    type: "string",
    enum: ["1", "true", "0", "false"],
  }),
  query("partnerRequests", "Only plans on which a company looks for a partner or subcontractor now.", {
    type: "string",
    enum: ["1", "true", "0", "false"],
  }),
];

function feedPath(
  operationId: string,
  summary: string,
  mediaType: string,
  { withLang }: { withLang: boolean },
) {
  return {
    get: {
      operationId,
      summary,
      description:
        "The same filters as `/plans`, most recently changed first. A next page is announced in the `Link` header (rel=next).",
      parameters: [
        cursor,
        withLang ? limit(1000, 100) : limit(10_000, 10_000),
        ...(withLang
          ? [
              query("lang", "Language of the texts.", {
                type: "string",
                enum: ["fi", "sv", "en"],
                default: "fi",
              }),
            ]
          : []),
        ...planFilters,
      ],
      responses: {
        "200": {
          description: "The plans.",
          headers: {
            ...cached,
            Link: { schema: { type: "string" }, description: "rel=next and rel=license." },
          },
          content: {
            [mediaType]: {
              schema: { type: "string", ...(mediaType.includes("sheet") ? { format: "binary" } : {}) },
            },
          },
        },
        "304": notModified,
        "400": problemResponse("A query parameter is invalid or unknown."),
      },
    },
  };
}

export function openApiDocument(publicUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Hankintasilta open data API",
      version: "1.0.0",
      summary:
        "Public procurement plans of Finnish public buyers, as JSON and OCDS 1.1; writes with an organisation API token.",
      description: `Only plans that their organisation has published are served. The data is licensed ${dataLicenseName}: credit "Hankintasilta" and the organisation that published the plan. Documentation: ${publicUrl}/en/api`,
      license: { name: dataLicenseName, identifier: "CC-BY-4.0" },
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    externalDocs: { url: `${publicUrl}/en/api` },
    paths: {
      "/plans": {
        get: {
          operationId: "listPlans",
          summary: "Public plans, most recently changed first",
          parameters: [cursor, limit(100, 20), ...planFilters],
          responses: {
            "200": json({ $ref: "#/components/schemas/PlanList" }, "A page of plans."),
            "304": notModified,
            "400": problemResponse("A query parameter is invalid or unknown."),
          },
        },
        post: writeOperations.createPlan,
      },
      "/plans.atom": feedPath("listPlansAtom", "Public plans as an Atom 1.0 feed", "application/atom+xml", {
        withLang: true,
      }),
      "/plans.ics": feedPath(
        "listPlansIcal",
        "Planned tender publications and market dialogue windows as iCalendar all-day events (Europe/Helsinki)",
        "text/calendar",
        { withLang: true },
      ),
      "/plans.csv": feedPath("listPlansCsv", "Public plans as CSV (UTF-8, comma, header row)", "text/csv", {
        withLang: false,
      }),
      "/plans.xlsx": feedPath(
        "listPlansXlsx",
        "Public plans as an Excel workbook",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        { withLang: false },
      ),
      "/plans/{id}": {
        get: {
          operationId: "getPlan",
          summary: "One public plan",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: {
            "200": json(
              {
                type: "object",
                properties: {
                  meta: { $ref: "#/components/schemas/Meta" },
                  data: { $ref: "#/components/schemas/Plan" },
                },
              },
              "The plan.",
            ),
            "304": notModified,
            "404": problemResponse("No public plan has this id."),
          },
        },
        patch: writeOperations.patchPlan,
      },
      "/plans/{id}/transitions": { post: writeOperations.transitionPlan },
      ...dialoguePaths(),
      ...draftPaths(),
      ...rfiPaths(),
      ...eformsPaths(),
      ...companyPaths(),
      "/ocds/releases": {
        get: {
          operationId: "listOcdsReleases",
          summary: "OCDS release package of planning releases, oldest change first",
          parameters: [cursor, limit(100, 50)],
          responses: {
            "200": json(
              { $ref: "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json" },
              "An OCDS 1.1 release package; `links.next` points to the next page.",
            ),
            "304": notModified,
            "400": problemResponse("A query parameter is invalid or unknown."),
          },
        },
      },
      "/ocds/records/{ocid}": {
        get: {
          operationId: "getOcdsRecord",
          summary: "OCDS record package of one plan, with its compiled release",
          parameters: [{ name: "ocid", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": json(
              { $ref: "https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json" },
              "An OCDS 1.1 record package.",
            ),
            "304": notModified,
            "404": problemResponse("No public plan has this ocid."),
          },
        },
      },
      "/plans/{id}/attachments/{attachmentId}": {
        get: {
          operationId: "getPlanAttachment",
          summary: "A file attached to a public plan (PDF, DOCX, XLSX or ODT)",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
            {
              name: "attachmentId",
              in: "path",
              required: true,
              schema: { type: "string", format: "uuid" },
            },
          ],
          responses: {
            "200": {
              description:
                "The file as a download, with the media type detected from its content; the ETag is its SHA-256.",
              content: Object.fromEntries(
                Object.values(attachmentFormats).map((format) => [
                  format.mediaType,
                  { schema: { type: "string", contentMediaType: format.mediaType } },
                ]),
              ),
            },
            "304": notModified,
            "404": problemResponse("No public plan has this attachment."),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1 document." } },
        },
      },
    },
    components: {
      securitySchemes: writeSecuritySchemes,
      schemas: {
        ...writeSchemas,
        Problem: {
          type: "object",
          description: "RFC 9457 problem details.",
          required: ["type", "title", "status"],
          properties: {
            type: { type: "string", format: "uri" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                properties: { name: { type: "string" }, reason: { type: "string" } },
              },
            },
          },
        },
        Meta: {
          type: "object",
          properties: {
            license: { type: "string", const: dataLicense },
            licenseName: { type: "string", const: dataLicenseName },
            publisher: { type: "string" },
          },
        },
        ...dialogueSchemas(),
        ...draftSchemas(),
        ...rfiSchemas(),
        Organisation: {
          type: "object",
          properties: {
            id: { type: "string" },
            name: { type: "string", description: "The registered name." },
            names: {
              type: "object",
              description:
                "The name per language: the registered name as fi, Swedish and English where known.",
              properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
              required: ["fi"],
            },
            slug: { type: "string" },
            kind: { type: "string" },
            businessId: { type: ["string", "null"] },
            municipalityCode: { type: ["string", "null"] },
          },
        },
        Plan: {
          type: "object",
          properties: {
            id: { type: "string", format: "uuid" },
            ocid: { type: "string" },
            organisation: { $ref: "#/components/schemas/Organisation" },
            participants: { type: "array", items: { $ref: "#/components/schemas/Organisation" } },
            title: translated,
            need: translated,
            cpv: { type: "object", properties: { main: { type: "string" }, additional: { type: "array" } } },
            estimatedValue: { type: ["object", "null"] },
            valueBand: { type: ["string", "null"], enum: ["below-national", "national", "eu", null] },
            plannedTender: { type: "object" },
            procedure: { type: "string" },
            lots: { type: "array" },
            sustainability: { type: "array" },
            attachments: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "string", format: "uuid" },
                  url: { type: "string", format: "uri" },
                  name: { type: "string" },
                  title: { type: ["string", "null"] },
                  description: { type: ["string", "null"] },
                  language: { type: "string", enum: ["fi", "sv", "en"] },
                  mediaType: {
                    type: "string",
                    enum: Object.values(attachmentFormats).map((format) => format.mediaType),
                  },
                  size: { type: "integer", description: "Bytes." },
                  sha256: { type: "string" },
                  publishedAt: { type: "string", format: "date-time" },
                },
              },
            },
            interestedCompanies: {
              type: "integer",
              minimum: 0,
              description:
                'How many companies have told the buyer "we are interested" (which ones only the buyer sees). Not a change of the plan: it does not move updatedAt.',
            },
            status: { type: "string", enum: [...planStatuses] },
            updatedAt: { type: "string", format: "date-time" },
          },
        },
        PlanList: {
          type: "object",
          properties: {
            meta: { $ref: "#/components/schemas/Meta" },
            links: {
              type: "object",
              properties: { self: { type: "string" }, next: { type: ["string", "null"] } },
            },
            data: { type: "array", items: { $ref: "#/components/schemas/Plan" } },
          },
        },
      },
    },
  };
}
