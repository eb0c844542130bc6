import { z } from "zod";
import { singleLineText } from "../../lib/text-schemas.ts";

// The forms of the organisation's API token page.

export const apiTokenNameSchema = singleLineText(100);

export const createApiTokenFormSchema = z.object({ name: apiTokenNameSchema });

export const revokeApiTokenFormSchema = z.object({ tokenId: z.uuid() });
