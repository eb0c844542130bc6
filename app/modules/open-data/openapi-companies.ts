import { certificateCodes, sizeClasses } from "../companies/index.ts";
import { watchEvents } from "../watches/index.ts";
import { json, notModified, problemResponse } from "./openapi.ts";

// The company directory and the caller's own watches in the OpenAPI document (issue 4 §8).

const translated = {
  type: "object",
  required: ["fi"],
  properties: { fi: { type: "string" }, sv: { type: "string" }, en: { type: "string" } },
};
const links = {
  type: "object",
  properties: { self: { type: "string", format: "uri" }, page: { type: "string" } },
};
const query = (name: string, description: string, schema: object = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

/** A function, not a constant: openapi.ts imports this file, and its helpers exist once it has loaded. */
export const companyPaths = () => ({
  "/companies": {
    get: {
      operationId: "listCompanies",
      summary: "Companies listed in the directory, by name (never their contact persons)",
      parameters: [
        query("q", "Keywords in the name or description"),
        query("cpv", "CPV code; its sub-codes match too", { type: "string", pattern: "^\\d{8}(-\\d)?$" }),
        query("region", "Region served (all of Finland, the region or one of its municipalities)", {
          type: "string",
          pattern: "^\\d{2}$",
        }),
        query("municipality", "Municipality served", { type: "string", pattern: "^\\d{3}$" }),
        {
          ...query("size", "Size class (repeatable)", { type: "array", items: { enum: [...sizeClasses] } }),
          explode: true,
        },
        {
          ...query("certificate", "Any of these certificates or labels (repeatable)", {
            type: "array",
            items: { enum: [...certificateCodes] },
          }),
          explode: true,
        },
        query("page", "Page number, 20 companies a page", { type: "integer", minimum: 1, maximum: 10000 }),
      ],
      responses: {
        "200": json(
          {
            type: "object",
            properties: {
              meta: {
                type: "object",
                properties: {
                  total: { type: "integer" },
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                },
              },
              links: {
                type: "object",
                properties: { self: { type: "string" }, next: { type: ["string", "null"] } },
              },
              data: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string", format: "uuid" },
                    name: { type: "string" },
                    sizeClass: { enum: [...sizeClasses] },
                    description: translated,
                    links,
                  },
                },
              },
            },
          },
          "A page of companies.",
        ),
        "304": notModified,
        "400": problemResponse("A query parameter is invalid or unknown."),
      },
    },
  },
  "/companies/{id}": {
    get: {
      operationId: "getCompany",
      summary: "One listed company's public profile",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": json(
          {
            type: "object",
            properties: {
              links,
              data: {
                type: "object",
                properties: {
                  id: { type: "string", format: "uuid" },
                  name: { type: "string" },
                  yTunnus: { type: ["string", "null"] },
                  sizeClass: { enum: [...sizeClasses] },
                  description: translated,
                  website: { type: ["string", "null"] },
                  serviceLanguages: { type: "array", items: { type: "string" } },
                  servesAllFinland: { type: "boolean" },
                  offering: { type: "array", items: { type: "string", description: "CPV code" } },
                  regions: { type: "array", items: { type: "string" } },
                  municipalities: { type: "array", items: { type: "string" } },
                  certificates: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        code: { enum: [...certificateCodes] },
                        otherName: { type: ["string", "null"] },
                      },
                    },
                  },
                  references: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        customer: { type: "string" },
                        description: { type: "string" },
                        year: { type: ["integer", "null"] },
                      },
                    },
                  },
                  updatedAt: { type: "string", format: "date-time" },
                },
              },
            },
          },
          "The company.",
        ),
        "304": notModified,
        "404": problemResponse("No listed company has this id."),
      },
    },
  },
  "/watches": {
    get: {
      operationId: "listMyWatches",
      summary: "The watches of the person signed in (session cookie); never cached",
      responses: {
        "200": {
          description: "The caller's watches.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  data: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        id: { type: "string", format: "uuid" },
                        name: { type: "string" },
                        criteria: { type: "object" },
                        events: { type: "array", items: { enum: [...watchEvents] } },
                        delivery: {
                          type: "object",
                          properties: {
                            instant: { type: "boolean" },
                            digest: { type: "boolean" },
                            unsubscribed: { type: "boolean" },
                          },
                        },
                        notifications: { type: "integer" },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        "401": problemResponse("Nobody is signed in."),
      },
    },
  },
});
