import { json, notModified, problemResponse } from "./openapi.ts";

// The OpenAPI path and schema of a public plan's requests for information (issue 13 point 1).

const translated = {
  type: "object",
  description: "Text per language (fi, sv, en); a language may be missing.",
  properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
};

/** `/plans/{id}/rfis`. */
export function rfiPaths() {
  return {
    "/plans/{id}/rfis": {
      get: {
        operationId: "listPlanRfis",
        summary:
          "The requests for information of a public plan: questions, period, number of responses and the published summary",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": json(
            {
              type: "object",
              properties: {
                meta: { $ref: "#/components/schemas/Meta" },
                data: { type: "array", items: { $ref: "#/components/schemas/Rfi" } },
              },
            },
            "Opened requests, newest first. Companies' responses are never public; only their number is.",
          ),
          "304": notModified,
          "404": problemResponse("No public plan has this id."),
        },
      },
    },
  };
}

/** The Rfi schema. */
export function rfiSchemas() {
  return {
    Rfi: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        title: translated,
        intro: translated,
        state: { type: "string", enum: ["open", "closed"] },
        opensAt: { type: "string", format: "date-time" },
        closesAt: { type: "string", format: "date-time" },
        questions: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "string", format: "uuid" },
              kind: {
                type: "string",
                enum: [
                  "short-text",
                  "long-text",
                  "single-choice",
                  "multiple-choice",
                  "number",
                  "yes-no",
                  "file",
                ],
              },
              text: translated,
              options: { type: "array", items: translated },
              required: { type: "boolean" },
            },
            required: ["id", "kind", "text", "options", "required"],
          },
        },
        responseCount: { type: "integer", minimum: 0 },
        summary: { oneOf: [translated, { type: "null" }], description: "“What we heard”, once published." },
        summaryPublishedAt: { type: ["string", "null"], format: "date-time" },
      },
      required: ["id", "title", "state", "opensAt", "closesAt", "questions", "responseCount", "summary"],
    },
  };
}
