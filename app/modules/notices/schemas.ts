import { z } from "zod";
import { isHilmaNotice } from "../plans/index.ts";
import { type NoticeType, noticeTypes } from "./notice-source.ts";

// The notices module's forms and parameters (issue 14), checked with Zod at the edge. Client-safe.

/** A notice type given in a query or form: E1, E2 or PIN (upper or lower case). */
export const noticeTypeSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(noticeTypes, { error: "notices.errors.type" }));

/** Whether a text names a notice type. */
export const isNoticeType = (value: unknown): value is NoticeType =>
  typeof value === "string" && (noticeTypes as readonly string[]).includes(value);

/**
 * "Record the Hilma notice": the type and where Hilma published it: the notice's address in Hilma,
 * Hilma's notice number or the eForms notice identifier (BT-701), checked by readHilmaNotice.
 */
export const recordNoticeSchema = z.object({
  type: noticeTypeSchema,
  reference: z
    .string({ error: "notices.errors.reference" })
    .trim()
    .min(1, "notices.errors.referenceRequired")
    .max(500, "notices.errors.reference")
    .refine(isHilmaNotice, "notices.errors.reference"),
});

export type RecordNoticeInput = z.output<typeof recordNoticeSchema>;
