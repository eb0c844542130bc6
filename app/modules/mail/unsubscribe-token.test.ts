import { describe, expect, it } from "vitest";
import { buildUnsubscribeUrl, createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

const secret = "s".repeat(32);

describe("unsubscribe tokens", () => {
  it("carry the address (lower-cased) and topic", () => {
    const token = createUnsubscribeToken({ address: " Aino@Example.FI ", topic: "invitations", secret });
    expect(verifyUnsubscribeToken(token, secret)).toEqual({
      address: "aino@example.fi",
      topic: "invitations",
    });
  });

  it("fail when tampered with, truncated, or signed with another secret", () => {
    const token = createUnsubscribeToken({ address: "a@example.fi", topic: "plan-updates", secret });
    const [payload, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ a: "b@example.fi", t: "plan-updates" })).toString(
      "base64url",
    );
    expect(verifyUnsubscribeToken(`${forged}.${signature}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${payload}.${signature.slice(0, -2)}`, secret)).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(verifyUnsubscribeToken(`${payload}.${flipped}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "t".repeat(32))).toBeNull();
    expect(verifyUnsubscribeToken(`${token}.x`, secret)).toBeNull();
    expect(verifyUnsubscribeToken("", secret)).toBeNull();
    expect(verifyUnsubscribeToken("garbage", secret)).toBeNull();
  });

  it("need a real secret", () => {
    expect(() => createUnsubscribeToken({ address: "a@example.fi", topic: "x", secret: "short" })).toThrow();
  });

  it("go into a link on the public address, in the recipient's language", () => {
    expect(buildUnsubscribeUrl({ publicUrl: "https://h.example/", locale: "sv", token: "a.b" })).toBe(
      "https://h.example/sv/unsubscribe?token=a.b",
    );
  });
});
