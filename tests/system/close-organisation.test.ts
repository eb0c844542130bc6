import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The journey of point 19 (issue 11): a resident registers a one-person company, cannot delete their
// account as its only administrator, closes the company on its confirmation page (a plain form, no
// JavaScript) and then deletes the account.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, cookie: string) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers: { Cookie: cookie } });

describe("closing a one-person company, then leaving", () => {
  it("closes the company after confirmation and then deletes the account", async () => {
    const email = "kuntalainen@example.fi";
    const cookie = await logInAs(server.url, email);
    const created = await postForm(
      server.url,
      "/fi/organisations",
      { name: "Kaisan Kotisiivous", kind: "company", yTunnus: "1234567-1" },
      cookie,
    );
    expect(created.status).toBe(302);
    const organisationId = /\/fi\/organisations\/([\w-]+)\?created=1$/.exec(
      created.headers.get("location") ?? "",
    )?.[1];
    expect(organisationId).toBeTruthy();

    const refused = await postForm(
      server.url,
      "/fi/account",
      { confirmEmail: email, password: demoPassword },
      cookie,
    );
    expect(refused.status).toBe(409);
    const refusal = await refused.text();
    expect(refusal).toContain("Kaisan Kotisiivous");
    expect(refusal).toContain("Voit myös sulkea organisaation sen sivulla");

    const organisationPage = await (await get(`/fi/organisations/${organisationId}`, cookie)).text();
    expect(organisationPage).toContain(`href="/fi/organisations/${organisationId}/close"`);
    const page = await get(`/fi/organisations/${organisationId}/close`, cookie);
    expect(page.status).toBe(200);
    const confirmation = await page.text();
    expect(confirmation).toContain("Jäsenyydet: 1");
    expect(confirmation).toContain("Lokitiedot organisaation tapahtumista");
    expect(confirmation).toContain('name="confirmName"');

    const wrong = await postForm(
      server.url,
      `/fi/organisations/${organisationId}/close`,
      { confirmName: "Kaisan" },
      cookie,
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Nimi ei vastaa organisaation nimeä.");

    const closed = await postForm(
      server.url,
      `/fi/organisations/${organisationId}/close`,
      { confirmName: "Kaisan Kotisiivous" },
      cookie,
    );
    expect(closed.status).toBe(302);
    expect(closed.headers.get("location")).toBe("/fi/account?closed=1");
    expect(await (await get("/fi/account?closed=1", cookie)).text()).toContain("Organisaatio on suljettu.");
    expect((await get(`/fi/organisations/${organisationId}`, cookie)).status).toBe(404);

    const deleted = await postForm(
      server.url,
      "/fi/account",
      { confirmEmail: email, password: demoPassword },
      cookie,
    );
    expect(deleted.status).toBe(302);
    await expect(logInAs(server.url, email)).rejects.toThrow(/401/);
  });
});
