import { describe, expect, it } from "vitest";
import { readHilmaNotice } from "./hilma-notice.ts";
import { transitionSchema } from "./schemas.ts";

describe("the notice of a published call for tenders", () => {
  it("accepts Hilma's notice address, a notice number and an eForms notice identifier", () => {
    const address = "https://www.hankintailmoitukset.fi/fi/public/procurement/92953/notice/136810/overview";
    expect(readHilmaNotice(address)).toEqual({ kind: "address", text: address, href: address });
    expect(readHilmaNotice("https://hankintailmoitukset.fi/sv/public/procedure/28/enotice/86/")?.kind).toBe(
      "address",
    );
    expect(readHilmaNotice(" 2027-012345 ")).toEqual({ kind: "number", text: "2027-012345", href: null });
    expect(readHilmaNotice("2b6a0d3e-1f2c-4d5e-8a9b-0c1d2e3f4a5b-01")?.kind).toBe("eforms");
  });

  it.each([
    "katso Hilmasta",
    "http://www.hankintailmoitukset.fi/fi/public/procurement/1/notice/2/overview",
    "https://evil.example/fi/public/procurement/1/notice/2/overview",
    "https://www.hankintailmoitukset.fi.evil.example/fi/public/procurement/1/",
    "https://user@www.hankintailmoitukset.fi/fi/public/procurement/1/",
    "https://www.hankintailmoitukset.fi/",
    "javascript:alert(1)",
    "27-012345",
  ])("refuses %s", (value) => {
    expect(readHilmaNotice(value)).toBeNull();
    const parsed = transitionSchema.safeParse({ to: "tender-published", hilmaNotice: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("plans.errors.hilmaInvalid");
  });

  it("still asks for the notice when none is given", () => {
    const parsed = transitionSchema.safeParse({ to: "tender-published", hilmaNotice: "" });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["plans.errors.hilmaRequired"]);
  });
});
