import { z } from "zod";

// The forms of the organisation's API token page.

export const apiTokenNameSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(100, "validation.tooLong");

export const createApiTokenFormSchema = z.object({ name: apiTokenNameSchema });

export const revokeApiTokenFormSchema = z.object({ tokenId: z.uuid() });
