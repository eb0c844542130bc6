import { attachmentFormats } from "../plans/attachment-rules.ts";
import { planStatuses } from "../plans/lifecycle.ts";
import { dataLicense, dataLicenseName } from "./ocds-packages.ts";

// The OpenAPI 3.1 description of /api/v1, written by hand next to the routes (api-v1.server.ts) and the
// parameter schemas (api-parameters.ts); the system test checks that every route is described.

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const cached = {
  ETag: { schema: { type: "string" }, description: "Hash of the body; send it back in If-None-Match." },
  "Last-Modified": { schema: { type: "string" }, description: "When the data last changed." },
  "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
};
const json = (schema: object, description: string) => ({
  description,
  headers: cached,
  content: { "application/json": { schema } },
});
const notModified = { description: "Not modified (conditional request with a matching ETag or date)." };
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

export function openApiDocument(publicUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Hankintasilta open data API",
      version: "1.0.0",
      summary: "Public procurement plans of Finnish public buyers, as JSON and OCDS 1.1.",
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
          parameters: [
            cursor,
            limit(100, 20),
            {
              name: "organisation",
              in: "query",
              required: false,
              description: "The lead organisation's id or short name (slug).",
              schema: { type: "string" },
            },
            {
              name: "status",
              in: "query",
              required: false,
              description: "Lifecycle status.",
              schema: { type: "string", enum: [...planStatuses] },
            },
          ],
          responses: {
            "200": json({ $ref: "#/components/schemas/PlanList" }, "A page of plans."),
            "304": notModified,
            "400": problemResponse("A query parameter is invalid or unknown."),
          },
        },
      },
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
      },
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
      schemas: {
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
        Organisation: {
          type: "object",
          properties: {
            id: { type: "string" },
            name: { type: "string" },
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
