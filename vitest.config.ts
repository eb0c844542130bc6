import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["./app/test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/**/*.test.ts"],
          globalSetup: ["./tests/global-setup.ts"],
        },
      },
    ],
  },
});
