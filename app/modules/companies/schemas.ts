import { z } from "zod";
import { multiLineText, optionalMultiLineText, singleLineText } from "../../lib/text-schemas.ts";
import { cpvCode, optionalText } from "../plans/index.ts";

export const sizeClasses = ["micro", "small", "medium", "large"] as const;
export type SizeClass = (typeof sizeClasses)[number];

export const certificateCodes = [
  "iso-14001",
  "iso-9001",
  "emas",
  "nordic-swan",
  "eu-ecolabel",
  "fairtrade",
  "social-enterprise",
  "avainlippu",
  "other",
] as const;
export type CertificateCode = (typeof certificateCodes)[number];

/** Languages of service offered as choices; others may be added by their ISO 639-1 code. */
export const serviceLanguageChoices = ["fi", "sv", "en", "se", "ru", "et", "de"] as const;

export const maxOfferingCodes = 30;
export const maxReferences = 5;
export const maxContacts = 3;

/**
 * A website as people type it: "www.yritys.fi" gets "https://" in front (an address with a scheme of its
 * own is kept as it is, and http or https is then required).
 * @example withHttps("yritys.fi/palvelut") // "https://yritys.fi/palvelut"
 */
export function withHttps(value: string): string {
  return value === "" || /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`;
}

const website = z
  .string()
  .trim()
  .max(300, "validation.tooLong")
  .optional()
  .transform((value) => (value ? withHttps(value) : undefined))
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "companies.errors.website");

const reference = z.object({
  customer: singleLineText(200),
  description: multiLineText(1000),
  year: z
    .number({ message: "companies.errors.year" })
    .int("companies.errors.year")
    .min(1950, "companies.errors.year")
    .max(2100, "companies.errors.year")
    .optional(),
});

const contact = z.object({
  name: singleLineText(200),
  title: optionalText(200),
  email: z.string().trim().toLowerCase().pipe(z.email("validation.emailInvalid")),
  phone: optionalText(40).refine(
    (value) => !value || /^[+()\d\s-]{5,40}$/.test(value),
    "companies.errors.phone",
  ),
});

/**
 * A company profile as the form and the API give it. Finnish description required, Swedish and English
 * optional; at least one CPV code in the offering and somewhere served (all Finland, regions or
 * municipalities); contacts are personal data shown to signed-in buyers only.
 */
export const companyProfileSchema = z
  .object({
    sizeClass: z.enum(sizeClasses, { message: "companies.errors.sizeClass" }),
    description: z.object({
      fi: multiLineText(4000),
      sv: optionalMultiLineText(4000),
      en: optionalMultiLineText(4000),
    }),
    offering: z
      .array(cpvCode)
      .min(1, "companies.errors.offering")
      .max(maxOfferingCodes, "companies.errors.tooManyCodes")
      .transform((codes) => [...new Set(codes)]),
    servesAllFinland: z.boolean().default(false),
    regions: z
      .array(z.string().regex(/^\d{2}$/, "validation.invalid"))
      .max(19, "validation.invalid")
      .default([]),
    municipalities: z
      .array(z.string().regex(/^\d{3}$/, "validation.invalid"))
      .max(400, "validation.invalid")
      .default([]),
    certificates: z.array(z.enum(certificateCodes, { message: "validation.invalid" })).default([]),
    otherCertificate: optionalText(200),
    references: z.array(reference).max(maxReferences, "validation.invalid").default([]),
    serviceLanguages: z
      .array(z.string().regex(/^[a-z]{2}$/, "validation.invalid"))
      .min(1, "companies.errors.languages")
      .max(10, "validation.invalid"),
    website,
    contacts: z.array(contact).max(maxContacts, "validation.invalid").default([]),
    isListed: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (!value.servesAllFinland && value.regions.length === 0 && value.municipalities.length === 0) {
      ctx.addIssue({ code: "custom", path: ["serviceArea"], message: "companies.errors.serviceArea" });
    }
    if (value.certificates.includes("other") && !value.otherCertificate) {
      ctx.addIssue({
        code: "custom",
        path: ["otherCertificate"],
        message: "companies.errors.otherCertificate",
      });
    }
  })
  // A name written in "Other certificate" counts as ticking "Other": the name is kept, not dropped.
  .transform((value) =>
    value.otherCertificate && !value.certificates.includes("other")
      ? { ...value, certificates: [...value.certificates, "other" as const] }
      : value,
  );
export type CompanyProfileInput = z.output<typeof companyProfileSchema>;
