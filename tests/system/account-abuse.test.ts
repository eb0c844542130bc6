import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// What a stranger can do to someone else's account through the forms: lock it by guessing, or learn
// from response times whether an address is registered. The server trusts X-Forwarded-For here, so
// each request can come from its own client address.

let server: TestServer;
const registered: string[] = [];
const password = "Kolme karhua kävi metsässä 2026";

beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "true" });
  // Accounts to sign up again and to ask a reset link for, one per measured request.
  for (let i = 0; i < 18; i++) {
    const email = `olemassa.${i}@example.fi`;
    await server.services.auth.api.signUpEmail({ body: { name: `Olemassa ${i}`, email, password } });
    registered.push(email);
  }
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

let lastAddress = 0;
/** A new client address (TEST-NET-3) for each request, so only the limits under test apply. */
const nextAddress = () => `203.0.113.${++lastAddress}`;

const post = (path: string, fields: Record<string, string>, address = nextAddress()) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.url,
      "X-Forwarded-For": address,
    },
    body: new URLSearchParams(fields),
  });

describe("guessing a password", () => {
  const owner = "kuntalainen@example.fi";
  const logIn = (pass: string, address: string) =>
    post("/fi/login", { intent: "password", email: owner, password: pass }, address);

  it("slows the guessing address, not the account's owner at another address", async () => {
    const guesser = "198.51.100.66";
    for (let i = 0; i < 10; i++) expect((await logIn(`arvaus-${i}-väärin`, guesser)).status).toBe(401);
    const refused = await logIn("vielä-yksi-arvaus", guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // The right password does not help the guesser either while the window lasts.
    expect((await logIn(demoPassword, guesser)).status).toBe(429);
    const fromHome = await logIn(demoPassword, "198.51.100.10");
    expect(fromHome.status).toBe(302);
    expect(fromHome.headers.get("location")).toBe("/fi/account");
  });
});

/** The median time of the requests, in milliseconds. */
const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return ((sorted[7] ?? 0) + (sorted[8] ?? 0)) / 2;
};

/**
 * Times 15 requests for registered addresses and 15 for new ones, taking turns so that load on the
 * machine falls on both alike, after a warm-up round.
 */
async function timeBoth(send: (email: string) => Promise<Response>, status: number) {
  const known: number[] = [];
  const unknown: number[] = [];
  const stamp = Date.now();
  await send(registered[16] ?? "");
  await send(`lammitys.${stamp}@example.fi`);
  for (let i = 0; i < 15; i++) {
    for (const [email, times] of [
      [registered[i] ?? "", known],
      [`uusi.${stamp}.${i}@example.fi`, unknown],
    ] as const) {
      const started = performance.now();
      const response = await send(email);
      times.push(performance.now() - started);
      expect(response.status).toBe(status);
      await response.text();
    }
  }
  return { known: median(known), unknown: median(unknown) };
}

// The bound: with the same work both ways the medians differ by noise only. Before, an unknown
// sign-up also created the account and queued the e-mail, and a known reset request made a token and
// queued the e-mail, each tens of milliseconds more (more on a loaded machine).
const isAlike = ({ known, unknown }: { known: number; unknown: number }) =>
  Math.abs(known - unknown) < Math.max(8, 0.12 * Math.min(known, unknown));

describe("response times do not tell whether an address is registered", () => {
  it("sign-up answers alike for a registered and a new address", async () => {
    const times = await timeBoth(
      (email) =>
        post("/fi/signup", { name: "Uusi Ihminen", email, password, locale: "fi", acceptPrivacy: "on" }),
      200,
    );
    expect(isAlike(times), JSON.stringify(times)).toBe(true);
  }, 120_000);

  it("forgot-password answers alike for a registered and a new address", async () => {
    const times = await timeBoth((email) => post("/fi/forgot-password", { email }), 200);
    expect(isAlike(times), JSON.stringify(times)).toBe(true);
  }, 120_000);
});
