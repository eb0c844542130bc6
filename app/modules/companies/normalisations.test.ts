import { describe, expect, it } from "vitest";
import { signUpSchema } from "../accounts/index.ts";
import { createOrganisationSchema, inviteMemberSchema } from "../organisations/index.ts";
import { companyProfileSchema, withHttps } from "./schemas.ts";

// Issue 12 point 18: what people type is normalised at the schema edge — a website gets "https://", a
// Y-tunnus without its hyphen is accepted in the register's form, e-mail addresses are trimmed and
// lower-cased.

const profile = {
  sizeClass: "micro",
  description: { fi: "Siivousta" },
  offering: ["90910000"],
  servesAllFinland: true,
  serviceLanguages: ["fi"],
};

describe("a company's website", () => {
  it.each([
    ["yritys.fi", "https://yritys.fi"],
    ["www.yritys.fi/palvelut", "https://www.yritys.fi/palvelut"],
    ["  https://yritys.fi  ", "https://yritys.fi"],
    ["http://vanha.example.fi", "http://vanha.example.fi"],
    ["HTTPS://Yritys.fi", "HTTPS://Yritys.fi"],
  ])("%s is kept as %s", (typed, stored) => {
    const parsed = companyProfileSchema.parse({ ...profile, website: typed });
    expect(parsed.website).toBe(stored);
  });

  it.each(["javascript:alert(1)", "ftp://yritys.fi", "localhost", "yritys"])("%s is refused", (typed) => {
    const result = companyProfileSchema.safeParse({ ...profile, website: typed });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("companies.errors.website");
  });

  it("an empty website stays empty", () => {
    expect(companyProfileSchema.parse({ ...profile, website: "  " }).website).toBeUndefined();
    expect(withHttps("")).toBe("");
  });
});

describe("a Y-tunnus", () => {
  const company = (yTunnus: string) =>
    createOrganisationSchema.safeParse({ name: "Testiyritys Oy", kind: "company", yTunnus });

  it.each([
    ["0112038-9", "0112038-9"],
    ["01120389", "0112038-9"],
    [" 0112038 9 ", "0112038-9"],
    ["FI01120389", "0112038-9"],
    ["fi01120389", "0112038-9"],
  ])("%s is accepted as %s", (typed, stored) => {
    const result = company(typed);
    expect(result.success).toBe(true);
    expect(result.data?.yTunnus).toBe(stored);
  });

  it.each(["01120388", "0112038-8", "112038-9", "abcdefgh"])("%s is refused with its reason", (typed) => {
    const result = company(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("organisations.yTunnusInvalid");
  });
});

describe("e-mail addresses", () => {
  const typed = "  Maija.Meikalainen@Yritys.FI ";
  const stored = "maija.meikalainen@yritys.fi";

  it("are trimmed and lower-cased on sign-up", () => {
    const parsed = signUpSchema.parse({
      name: "Maija",
      email: typed,
      password: "salasana-123",
      locale: "fi",
      acceptPrivacy: "on",
    });
    expect(parsed.email).toBe(stored);
  });

  it("are trimmed and lower-cased in invitations", () => {
    expect(inviteMemberSchema.parse({ email: typed, role: "company-member" }).email).toBe(stored);
  });

  it("are trimmed and lower-cased in a company's contacts", () => {
    const parsed = companyProfileSchema.parse({
      ...profile,
      contacts: [{ name: "Maija", email: typed }],
    });
    expect(parsed.contacts[0]?.email).toBe(stored);
  });
});

// Issue 12 point 8: the name of another certificate is kept even when "Other" was not ticked.
describe("another certificate's name", () => {
  it("counts as ticking Other", () => {
    const parsed = companyProfileSchema.parse({
      ...profile,
      certificates: ["iso-9001"],
      otherCertificate: "Green Office",
    });
    expect(parsed.certificates).toEqual(["iso-9001", "other"]);
    expect(parsed.otherCertificate).toBe("Green Office");
  });

  it("is still required when Other is ticked", () => {
    const result = companyProfileSchema.safeParse({ ...profile, certificates: ["other"] });
    expect(result.error?.issues[0]?.message).toBe("companies.errors.otherCertificate");
  });
});
