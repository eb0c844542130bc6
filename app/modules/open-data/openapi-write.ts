import { z } from "zod";
import { planInputSchema, planStatuses, transitionSchema, visibilities } from "../plans/index.ts";

// The write API's part of the OpenAPI document (openapi.ts): POST /plans, PATCH /plans/{id} and
// POST /plans/{id}/transitions. The request schemas are generated from the Zod schemas the forms and
// the handlers use, so the document cannot drift from the checks.

/** A Zod schema's input as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its `$schema`. */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return rest;
}

const planInput: Record<string, unknown> = { ...jsonSchemaOf(planInputSchema), additionalProperties: false };
const planProperties = (planInput.properties ?? {}) as Record<string, object>;

const planPatch = {
  type: "object",
  description:
    "A JSON merge patch (RFC 7396) of PlanInput: only the fields that change; null removes a value; arrays are replaced whole.",
  properties: {
    ...Object.fromEntries(
      Object.entries(planProperties).map(([name, schema]) => [name, { anyOf: [schema, { type: "null" }] }]),
    ),
    changeReason: {
      type: ["string", "null"],
      maxLength: 2000,
      description:
        "What changed and why (at least 3 characters). Required when the plan is public; shown in its public version history.",
    },
  },
  additionalProperties: false,
};

const transition = {
  ...jsonSchemaOf(transitionSchema),
  description:
    "The new lifecycle status and what it needs: hilmaNotice for tender-published, contractEnd for contract-awarded, reason (or cancelReason) for cancelled.",
};

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description:
    "Refuse the change (412) unless the plan still has this ETag: from a write answer, or from GET /plans/{id}.",
  schema: { type: "string" },
};
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const security = [{ apiToken: [] }];
const json = (schema: object) => ({ "application/json": { schema } });
const written = {
  description: "The plan after the change.",
  headers: { ETag: { schema: { type: "string" }, description: "The plan's ETag now, for If-Match." } },
  content: json({ $ref: "#/components/schemas/PlanWritten" }),
};
const refusals = {
  "401": problem(
    "No valid API token: missing, unknown or revoked (type unauthorized), past its expiry (token-expired), or its owner no longer has a buyer role in the organisation (token-owner-without-role).",
  ),
  "403": problem("The token may not change this plan."),
  "404": problem("No plan with this id that the token can see."),
  "409": problem("The plan is archived, or the transition is not allowed."),
  "412": problem("If-Match does not match the plan's current ETag."),
  "429": problem("The token has made its 1,000 writes this hour; Retry-After says when to go on."),
};

export const writeOperations = {
  createPlan: {
    operationId: "createPlan",
    summary: "Create a plan for the token's organisation",
    security,
    requestBody: { required: true, content: json({ $ref: "#/components/schemas/PlanInput" }) },
    responses: {
      "201": {
        description: "Created; Location is the plan's URL (it answers once the plan is public).",
        headers: { Location: { schema: { type: "string" } } },
        content: json({
          type: "object",
          properties: {
            data: {
              type: "object",
              properties: { id: { type: "string", format: "uuid" }, url: { type: "string" } },
            },
          },
        }),
      },
      "400": problem("The body is not a JSON object, has unknown fields or invalid values (`errors`)."),
      "401": refusals["401"],
      "403": problem("The token's organisation may not have plans."),
      "429": refusals["429"],
    },
  },
  patchPlan: {
    operationId: "updatePlan",
    summary: "Change a plan (JSON merge patch)",
    security,
    parameters: [idParameter, ifMatch],
    requestBody: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: { $ref: "#/components/schemas/PlanPatch" } },
        ...json({ $ref: "#/components/schemas/PlanPatch" }),
      },
    },
    responses: {
      "200": written,
      "400": problem("Invalid body or values, or a public plan changed without changeReason (`errors`)."),
      ...refusals,
    },
  },
  transitionPlan: {
    operationId: "transitionPlan",
    summary: "Move a plan to another lifecycle status",
    security,
    parameters: [idParameter, ifMatch],
    requestBody: { required: true, content: json({ $ref: "#/components/schemas/Transition" }) },
    responses: {
      "200": written,
      "400": problem("Invalid body, or a field the new status needs is missing (`errors`)."),
      ...refusals,
    },
  },
};

export const writeSchemas = {
  PlanInput: planInput,
  PlanPatch: planPatch,
  Transition: transition,
  PlanWritten: {
    type: "object",
    properties: {
      data: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          url: { type: "string" },
          status: { type: "string", enum: [...planStatuses] },
          visibility: { type: "string", enum: [...visibilities] },
          plan: { $ref: "#/components/schemas/PlanInput" },
        },
      },
    },
  },
};

export const writeSecuritySchemes = {
  apiToken: {
    type: "http",
    scheme: "bearer",
    description:
      "An organisation API token (hs_…), created by a buyer administrator on the organisation's page and shown once. It acts as a buyer of that organisation, in the name of its owner (its creator, or the administrator who took it over). It expires after the time chosen at creation (a year by default, 30 days to two years; renewable on the same page) and works only while its owner is a buyer administrator or buyer of the organisation.",
  },
};
