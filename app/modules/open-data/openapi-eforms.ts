import { problemResponse } from "./openapi.ts";

// The OpenAPI path of a plan's eForms notice (issue 14 point 4), for the organisation's API tokens.

/** `/plans/{id}/eforms`. */
export function eformsPaths() {
  return {
    "/plans/{id}/eforms": {
      get: {
        operationId: "getPlanEformsNotice",
        summary:
          "The plan's eForms notice (E1, E2 or PIN-only) as UBL XML, validated against the eForms schema",
        description:
          "For the plan's own organisation's API tokens. The XML is what the notice page downloads; a plan that lacks what the notice needs is a 422 problem whose `errors` name each missing field (`name`) and its eForms business term (`reason`).",
        security: [{ apiToken: [] }],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          {
            name: "type",
            in: "query",
            required: true,
            description:
              "E1 pre-market consultation, E2 voluntary prior information, PIN prior information only (subtype 4).",
            schema: { type: "string", enum: ["E1", "E2", "PIN"] },
          },
          {
            name: "municipality",
            in: "query",
            required: false,
            description:
              "Statistics Finland's code of the buyer's municipality, for an organisation that has none of its own.",
            schema: { type: "string", pattern: "^[0-9]{3}$" },
          },
          {
            name: "region",
            in: "query",
            required: false,
            description:
              "Region (maakunta) code of the place of performance; by default the municipality's region.",
            schema: { type: "string", pattern: "^[0-9]{2}$" },
          },
        ],
        responses: {
          "200": {
            description: "The notice, valid against the eForms SDK 1.15 schema.",
            content: { "application/xml": { schema: { type: "string" } } },
          },
          "400": problemResponse("Unknown or malformed parameters."),
          "401": problemResponse("No valid API token."),
          "403": problemResponse("The token's organisation does not own the plan."),
          "404": problemResponse("No plan has this id."),
          "422": problemResponse("The plan lacks what the notice needs (type notice-incomplete)."),
          "429": problemResponse("The token has made too many requests this hour."),
        },
      },
    },
  };
}
