import { describe, expect, it } from "vitest";
import { clientAddress } from "./create-app.ts";

describe("client address for rate limits", () => {
  it("uses the socket's address unless a proxy is trusted", () => {
    expect(clientAddress("203.0.113.9", "10.0.0.2", false)).toBe("10.0.0.2");
  });
  it("takes the entry the trusted proxy added, not what the client claimed", () => {
    expect(clientAddress("1.2.3.4, 203.0.113.9", "10.0.0.2", true)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "10.0.0.2", true)).toBe("10.0.0.2");
  });
});
