import { type Browser, chromium } from "playwright-core";
import { describe } from "vitest";

/** The flags the project's machines need for headless Debian Chromium (no network beyond loopback). */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Browser tests run where Chromium exists; `npm test` says so when it skips them (and CI refuses to). */
export const describeInBrowser = process.env.SKIP_BROWSER === "1" ? describe.skip : describe;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: chromiumFlags,
    headless: true,
  });
}
