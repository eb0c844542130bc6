// `npm test`: every Vitest project, then one plain closing line ("tests: N passed, N failed, N skipped").
// Browser tests need Debian's Chromium; without it they are skipped with a clear note, except in CI.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertNode24 } from "../server/require-node-24.ts";

assertNode24();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromium);
const isCi = process.env.CI === "true";
if (!hasChromium) {
  const note = `Browser tests skipped: Chromium was not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to run them.`;
  if (isCi) {
    console.error(`${note} CI must run them.`);
    process.exit(1);
  }
  console.warn(note);
}

const out = mkdtempSync(join(tmpdir(), "hs-tests-"));
const report = join(out, "report.json");
const args = [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const result = spawnSync("npx", args, {
  stdio: "inherit",
  env: {
    ...process.env,
    // Helsinki unless the caller names a zone (CI also runs once with TZ=UTC to catch zone bugs).
    TZ: process.env.TZ || "Europe/Helsinki",
    SKIP_BROWSER: hasChromium ? "" : "1",
    CHROMIUM_PATH: chromium,
  },
});

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenFiles: string[] = [];
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
  };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
  // A file that fails to load (an import error, a throw at top level) has no tests to count: name it.
  brokenFiles = json.testResults
    .filter((file) => file.status === "failed" && file.assertionResults.length === 0)
    .map((file) => file.name);
}
const database = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
const zone = process.env.TZ || "Europe/Helsinki";
console.log(
  `\nDatabase: ${database}. Time zone: ${zone}. Browser tests: ${hasChromium ? "ran" : "SKIPPED (no Chromium)"}.`,
);
const broken = brokenFiles.length ? `, ${brokenFiles.length} test files failed to load` : "";
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${broken}`);
process.exit(result.status === 0 && failed === 0 && brokenFiles.length === 0 ? 0 : 1);
