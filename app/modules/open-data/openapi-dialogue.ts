import { json, notModified, problemResponse } from "./openapi.ts";

// The OpenAPI paths and schemas of market dialogue's open data (issue 13): a public plan's published
// questions and answers.

/** `/plans/{id}/questions`. */
export function dialoguePaths() {
  return {
    "/plans/{id}/questions": {
      get: {
        operationId: "listPlanQuestions",
        summary: "The published questions and answers of a public plan's market dialogue, oldest first",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": json(
            {
              type: "object",
              properties: {
                meta: { $ref: "#/components/schemas/Meta" },
                data: { type: "array", items: { $ref: "#/components/schemas/Question" } },
              },
            },
            "Each question as the contracting authority published it, with its answer.",
          ),
          "304": notModified,
          "404": problemResponse("No public plan has this id."),
        },
      },
    },
    "/events.ics": {
      get: {
        operationId: "listEventsIcal",
        summary: "Market dialogue events (info sessions, supplier days, workshops, webinars) as iCalendar",
        description:
          "Published and cancelled (STATUS:CANCELLED) events of public plans from 90 days back on, in UTC. The address only: online links and attendees are never in the feed.",
        parameters: [
          {
            name: "lang",
            in: "query",
            required: false,
            description: "Language of the texts.",
            schema: { type: "string", enum: ["fi", "sv", "en"], default: "fi" },
          },
        ],
        responses: {
          "200": { description: "The events.", content: { "text/calendar": { schema: { type: "string" } } } },
          "304": notModified,
          "400": problemResponse("An unknown or malformed query parameter."),
        },
      },
    },
  };
}

/** The Question schema. */
export function dialogueSchemas() {
  return {
    Question: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        question: {
          type: "string",
          description: "As published (the authority may reword it neutrally).",
        },
        answer: { type: "string" },
        company: {
          type: ["string", "null"],
          description: "The asking company's name when it chose to be named; null when anonymous.",
        },
        publishedAt: { type: "string", format: "date-time" },
      },
      required: ["id", "question", "answer", "company", "publishedAt"],
    },
  };
}
