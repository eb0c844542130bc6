import { z } from "zod";
import { multiLineText } from "../../lib/text-schemas.ts";

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
