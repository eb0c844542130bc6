import { z } from "zod";
import { singleLineText } from "../../lib/text-schemas.ts";

// The forms of the organisation's API token page.

export const apiTokenNameSchema = singleLineText(100);

/** How long a new or renewed token works, in days (ADR 024): a year unless the administrator chooses. */
export const apiTokenValidities = ["30", "90", "180", "365", "730"] as const;
export const defaultApiTokenValidity = "365";
export const apiTokenValiditySchema = z.enum(apiTokenValidities, "validation.invalid");

export const createApiTokenFormSchema = z.object({
  name: apiTokenNameSchema,
  validDays: apiTokenValiditySchema.default(defaultApiTokenValidity),
});

export const revokeApiTokenFormSchema = z.object({ tokenId: z.uuid() });

export const renewApiTokenFormSchema = z.object({
  tokenId: z.uuid(),
  validDays: apiTokenValiditySchema.default(defaultApiTokenValidity),
});

export const reownApiTokenFormSchema = z.object({ tokenId: z.uuid() });
