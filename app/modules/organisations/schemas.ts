import { FinnishBusinessIds } from "finnish-business-ids";
import { z } from "zod";
import { singleLineText } from "../../lib/text-schemas.ts";
import { organisationKinds, organisationRoles } from "./roles.ts";

const blankAsUndefined = (schema: z.ZodString | z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(schema.optional());

export const createOrganisationSchema = z
  .object({
    name: singleLineText(200, { min: 2 }),
    kind: z.enum(organisationKinds, { message: "validation.invalid" }),
    // Empty means "not given"; anything else must be valid, and says why when it is not.
    municipalityCode: blankAsUndefined(z.string().regex(/^\d{3}$/, "organisations.municipalityCodeInvalid")),
    yTunnus: blankAsUndefined(
      z
        .string()
        .refine((value) => FinnishBusinessIds.isValidBusinessId(value), "organisations.yTunnusInvalid"),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "municipality" && !value.municipalityCode) {
      ctx.addIssue({
        code: "custom",
        path: ["municipalityCode"],
        message: "organisations.municipalityCodeRequired",
      });
    }
    if (value.kind === "company" && !value.yTunnus) {
      ctx.addIssue({ code: "custom", path: ["yTunnus"], message: "organisations.yTunnusRequired" });
    }
  });
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("validation.emailInvalid")),
  role: z.enum(organisationRoles, { message: "validation.invalid" }),
});

export const switchOrganisationSchema = z.object({ organisationId: z.string().min(1).max(100) });

/** "Ask to join" after a sign-up met an already registered Y-tunnus. */
export const joinRequestSchema = z.object({ organisationId: z.string().min(1).max(100) });

/** Closing an organisation: the person types its name to confirm. */
export const closeOrganisationSchema = z.object({
  confirmName: z.string().trim().min(1, "validation.required").max(300, "validation.tooLong"),
});
