import { afterEach, beforeEach, vi } from "vitest";

if (Number(process.versions.node.split(".")[0]) !== 24) {
  throw new Error(`Tests need Node.js 24 (running ${process.versions.node}): run them with \`npm test\`.`);
}
// Helsinki unless the run names a zone: `TZ=UTC npm test` shows dates computed in the server's zone.
process.env.TZ ||= "Europe/Helsinki";

// A console.error during a test is a bug the user would meet (a React warning, an unhandled failure).
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${errors.map((e) => e.map(String).join(" ")).join("\n")}`,
    );
  }
});
