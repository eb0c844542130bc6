import { describe, expect, it } from "vitest";
import { ConfigError, decideDemoSeeding, loadConfig } from "./config.ts";

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

describe("demo data", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
  it.each([
    // [environment, seeded, warns]
    [{ ...production }, true, false],
    [{ ...production, PUBLIC_URL: "http://127.0.0.1:3000" }, true, false],
    [{ ...production, PUBLIC_URL: "http://[::1]:8080" }, true, false],
    [{ ...production, PUBLIC_URL: "http://localhost:3000", SEED_DEMO_DATA: "false" }, false, false],
    [{ ...production, PUBLIC_URL: "https://hankintasilta.example" }, false, false],
    [{ ...production, PUBLIC_URL: "https://localhost.example" }, false, false],
    [{ NODE_ENV: "development", PUBLIC_URL: "https://demo.example" }, false, false],
    [{ NODE_ENV: "development", PUBLIC_URL: "https://demo.example", SEED_DEMO_DATA: "true" }, true, true],
    [{ NODE_ENV: "test", PUBLIC_URL: "https://demo.example", SEED_DEMO_DATA: "yes" }, true, true],
    [{ NODE_ENV: "development", PUBLIC_URL: "https://demo.example", SEED_DEMO_DATA: "0" }, false, false],
  ])("%j: seeded %s, warning %s", (env, seeded, warns) => {
    const decision = decideDemoSeeding(loadConfig(env));
    expect(decision.seed).toBe(seeded);
    expect(decision.seed && decision.warning !== null).toBe(warns);
  });

  it("refuses SEED_DEMO_DATA=true in production on a public address with one line", () => {
    let error: unknown;
    try {
      loadConfig({ ...production, PUBLIC_URL: "https://hankintasilta.example", SEED_DEMO_DATA: "true" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /SEED_DEMO_DATA=true is refused: demo data is never seeded with NODE_ENV=production/,
    );
    expect((error as Error).message).not.toContain("\n");
  });
});
