import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("configuration", () => {
  it("has working defaults for a local start", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.PGLITE_DIR).toBe("./data/pglite");
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_URL).toBe("http://localhost:3000");
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/x"],
    ["DATABASE_URL", "not a url"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["SMTP_URL", "localhost:25"],
    ["LOG_LEVEL", "loud"],
  ])("refuses a bad %s with one line naming it", (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
  });

  it("never prints a database password", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgres://u:secret@:5432/x", PORT: "x" })).toThrow(/PORT/);
    try {
      loadConfig({ DATABASE_URL: "postgres://u:secret@/x" });
    } catch (error) {
      expect((error as Error).message).not.toContain("secret");
    }
  });

  it("needs AUTH_SECRET in production on a public address", () => {
    expect(() => loadConfig({ PUBLIC_URL: "https://hankintasilta.example" })).toThrow(/AUTH_SECRET/);
    expect(
      loadConfig({ PUBLIC_URL: "https://hankintasilta.example", AUTH_SECRET: "x".repeat(32) }).PUBLIC_URL,
    ).toBe("https://hankintasilta.example");
  });
});
