import { z } from "zod";
import { multiLineText } from "../../lib/text-schemas.ts";
import { normalizeCpvCode } from "../reference-data/index.ts";

export const partnerKinds = ["joint-tender", "subcontracting"] as const;
export type PartnerKind = (typeof partnerKinds)[number];
export const partnerDirections = ["offering", "seeking"] as const;
export type PartnerDirection = (typeof partnerDirections)[number];

export const maxDescriptionLength = 2000;
export const maxMessageLength = 4000;
/** An identical message from the same person in the same thread within this time is refused as sent twice. */
export const duplicateMessageWindowSeconds = 60;
/** New threads a company may start in 24 hours (contacts to requests it has not written to before). */
export const maxNewThreadsPerDay = 20;

/** The partner request form: what kind of partnership, offered or sought, for the plan or one lot. */
export const partnerRequestSchema = z.object({
  kind: z.enum(partnerKinds, { message: "partners.errors.kind" }),
  direction: z.enum(partnerDirections, { message: "partners.errors.direction" }),
  lotNumber: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(z.number().int("validation.invalid").min(1, "validation.invalid").max(999).optional()),
  description: multiLineText(maxDescriptionLength, { min: 20, message: "partners.errors.descriptionShort" }),
});
export type PartnerRequestInput = z.output<typeof partnerRequestSchema>;

/** A message: the first contact and every answer in a thread. */
export const partnerMessageSchema = z.object({
  body: multiLineText(maxMessageLength, { message: "partners.errors.messageRequired" }),
});

/** Rows per page on the partner board. */
export const partnerBoardPageSize = 20;

/**
 * The partner board's filters as URL search parameters: cpv (with its sub-codes), region (code), plan
 * (id) and page. A malformed value is dropped, never an error page.
 */
export const partnerBoardFiltersSchema = z.object({
  cpv: z
    .string()
    .optional()
    .transform((value) => (value ? (normalizeCpvCode(value) ?? undefined) : undefined))
    .catch(undefined),
  region: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  plan: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type PartnerBoardFilters = z.output<typeof partnerBoardFiltersSchema>;

/** Reads the board's filters from the query string. */
export function parsePartnerBoardFilters(params: URLSearchParams): PartnerBoardFilters {
  return partnerBoardFiltersSchema.parse({
    cpv: params.get("cpv") || undefined,
    region: params.get("region") || undefined,
    plan: params.get("plan") || undefined,
    page: params.get("page") || undefined,
  });
}
