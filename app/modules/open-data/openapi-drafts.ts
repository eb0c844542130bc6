import { json, notModified, problemResponse } from "./openapi.ts";

// The OpenAPI path and schemas of drafts for comment (issue 13 point 5): a public plan's draft tender
// documents, their sections and the comments published with the contracting authority's responses.

const texts = {
  type: "object",
  description: "Text per language (fi, sv, en); any may be missing.",
  properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
};

/** `/plans/{id}/drafts`. */
export function draftPaths() {
  return {
    "/plans/{id}/drafts": {
      get: {
        operationId: "listPlanDrafts",
        summary: "The drafts of a public plan's tender documents opened for comment, newest first",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": json(
            {
              type: "object",
              properties: {
                meta: { $ref: "#/components/schemas/Meta" },
                data: { type: "array", items: { $ref: "#/components/schemas/Draft" } },
              },
            },
            "Each draft with its sections, the comments the authority has responded to and its summary.",
          ),
          "304": notModified,
          "404": problemResponse("No public plan has this id."),
        },
      },
    },
  };
}

/** The Draft schema. */
export function draftSchemas() {
  return {
    Draft: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        title: texts,
        intro: texts,
        state: { type: "string", enum: ["open", "closed"] },
        openedAt: { type: ["string", "null"], format: "date-time" },
        closesAt: { type: "string", format: "date-time" },
        closedAt: { type: ["string", "null"], format: "date-time" },
        document: {
          description:
            "The draft as one PDF, when the authority attached one; its sections then name its parts.",
          oneOf: [
            {
              type: "object",
              properties: {
                fileName: { type: "string" },
                sizeBytes: { type: "integer" },
                url: { type: "string", format: "uri" },
              },
              required: ["fileName", "sizeBytes", "url"],
            },
            { type: "null" },
          ],
        },
        sections: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "string", format: "uuid" },
              position: { type: "integer", minimum: 1 },
              heading: texts,
              text: texts,
              comments: {
                type: "array",
                description: "Comments published with the authority's response; never who wrote them.",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string", format: "uuid" },
                    comment: { type: "string" },
                    response: { type: "string" },
                    respondedAt: { type: "string", format: "date-time" },
                  },
                  required: ["id", "comment", "response", "respondedAt"],
                },
              },
            },
            required: ["id", "position", "heading", "text", "comments"],
          },
        },
        summary: { oneOf: [texts, { type: "null" }] },
        summaryPublishedAt: { type: ["string", "null"], format: "date-time" },
      },
      required: ["id", "title", "intro", "state", "closesAt", "sections", "summary"],
    },
  };
}
