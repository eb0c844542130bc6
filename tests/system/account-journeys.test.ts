import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookieFrom, logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";
import { waitForWorkDone } from "../../app/test/wait-for-work.ts";

let smtp: TestSmtpServer;
let server: TestServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
}, 120_000);
afterAll(async () => {
  await server?.dispose();
  await smtp?.close();
});

async function mailTo(address: string, count = 1): Promise<ParsedMail> {
  await vi.waitFor(
    () => expect(smtp.received.filter((m) => toOf(m) === address).length).toBeGreaterThanOrEqual(count),
    {
      timeout: 15_000,
      interval: 100,
    },
  );
  const mails = smtp.received.filter((m) => toOf(m) === address);
  return mails[count - 1] as ParsedMail;
}
const toOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text) ?? "";
const linkIn = (mail: ParsedMail) => {
  const link = /(http:\/\/localhost:\d+\/\S+)/.exec(mail.text ?? "")?.[1];
  if (!link) throw new Error(`no link in: ${mail.text}`);
  return link;
};
/** mailparser turns List-Unsubscribe into headers.get("list").unsubscribe.url. */
const unsubscribeUrlOf = (mail: ParsedMail) =>
  (mail.headers.get("list") as { unsubscribe?: { url?: string } } | undefined)?.unsubscribe?.url ?? "";
const get = (path: string, cookie?: string) =>
  fetch(path.startsWith("http") ? path : `${server.url}${path}`, {
    redirect: "manual",
    headers: cookie ? { Cookie: cookie } : {},
  });

const password = "Kolme karhua kävi metsässä 2026";

describe("signing up and verifying by e-mail", () => {
  const email = "uusi.kayttaja@example.fi";
  it("sends a Swedish verification e-mail and refuses log-in until it is opened", async () => {
    const signUp = await postForm(server.url, "/sv/signup", {
      name: "Ny Användare",
      email,
      password,
      locale: "sv",
      acceptPrivacy: "on",
    });
    expect(signUp.status).toBe(200);
    expect(await signUp.text()).toContain("Kontrollera din e-post");
    const mail = await mailTo(email);
    expect(mail.subject).toMatch(/e-post/i);
    const refused = await postForm(server.url, "/sv/login", { intent: "password", email, password });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Bekräfta först din e-postadress");
  });

  it("logs in by the link and lands on the first steps", async () => {
    const verify = await get(linkIn(await mailTo(email)));
    expect(verify.status).toBe(302);
    expect(verify.headers.get("location")).toContain("/sv/first-steps?verified=1");
    const cookie = cookieFrom(verify);
    const account = await get("/sv/first-steps?verified=1", cookie);
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain("Din e-postadress är bekräftad");
    expect(html).toContain("Ny Användare");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax (and Secure behind HTTPS)", async () => {
    const response = await postForm(server.url, "/fi/login", {
      intent: "password",
      email: "kuntalainen@example.fi",
      password: "Hankintasilta-demo-2026",
    });
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("hs.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
  });

  it("answers an address that already has an account exactly like a new one", async () => {
    const again = await postForm(server.url, "/fi/signup", {
      name: "Joku",
      email,
      password,
      locale: "fi",
      acceptPrivacy: "on",
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Tarkista sähköpostisi");
  });

  it("refuses a weak password and shows the field's error, keeping the other values", async () => {
    const weak = await postForm(server.url, "/en/signup", {
      name: "Weak Person",
      email: "weak@example.fi",
      password: "password123",
      locale: "en",
      acceptPrivacy: "on",
    });
    expect(weak.status).toBe(400);
    const html = await weak.text();
    expect(html).toContain("The password is too easy to guess");
    expect(html).toContain('value="weak@example.fi"');
    expect(html).not.toContain("password123");
  });

  it("stores the password as argon2id", async () => {
    const { accountsAccount } = await import("../../app/modules/accounts/tables.ts");
    const rows = await server.services.database.db
      .select({ password: accountsAccount.password })
      .from(accountsAccount);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password).toMatch(/^\$argon2id\$/);
  });
});

describe("password reset and magic link", () => {
  const email = "kuntalainen@example.fi";
  it("resets a forgotten password through the e-mailed link", async () => {
    const request = await postForm(server.url, "/fi/forgot-password", { email });
    expect(request.status).toBe(200);
    const link = linkIn(await mailTo(email));
    const opened = await get(link);
    expect(opened.status).toBe(302);
    const target = new URL(opened.headers.get("location") ?? "", server.url);
    expect(target.pathname).toBe("/fi/reset-password");
    const token = target.searchParams.get("token") ?? "";
    const reset = await postForm(server.url, "/fi/reset-password", {
      token,
      password: "Uusi salasana on pitkä ja hyvä 77",
    });
    expect(reset.status).toBe(302);
    expect(reset.headers.get("location")).toBe("/fi/login?reset=1");
    await expect(logInAs(server.url, email, "Uusi salasana on pitkä ja hyvä 77")).resolves.toContain("=");
    // The link works once.
    const replay = await postForm(server.url, "/fi/reset-password", {
      token,
      password: "Vielä yksi uusi salasana 88",
    });
    expect(replay.status).toBe(400);
  });

  it("logs in with a one-time e-mail link", async () => {
    const target = "neuvoja@neuvonta.example";
    const request = await postForm(server.url, "/en/login", { intent: "magic-link", email: target });
    expect(request.status).toBe(200);
    expect(await request.text()).toContain("a log-in link is on its way");
    const opened = await get(linkIn(await mailTo(target)));
    expect(opened.status).toBe(302);
    const account = await get("/en/account", cookieFrom(opened));
    expect(await account.text()).toContain("Niina Neuvoja");
    // The link lands on the page of the person's role, as a password log-in does: a buyer's workspace.
    const buyer = "upphandling@porvoo.example";
    await postForm(server.url, "/sv/login", { intent: "magic-link", email: buyer });
    const link = await get(linkIn(await mailTo(buyer)));
    expect(new URL(link.headers.get("location") ?? "", server.url).pathname).toBe("/sv/login");
    const landing = await get("/sv/login", cookieFrom(link));
    expect(landing.status).toBe(302);
    expect(landing.headers.get("location")).toBe("/sv/workspace/plans");
  });

  it("answers an unknown address like a known one and sends nothing", async () => {
    const response = await postForm(server.url, "/fi/forgot-password", { email: "ei.ole@example.fi" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Jos osoitteella on tunnus");
    // A known address, asked right after, gets its e-mail: the worker was running.
    const known = await postForm(server.url, "/fi/forgot-password", { email: "johto@espoo.example" });
    expect(known.status).toBe(200);
    await waitForWorkDone(server.services);
    expect(smtp.received.filter((m) => toOf(m) === "johto@espoo.example").length).toBeGreaterThanOrEqual(1);
    expect(smtp.received.filter((m) => toOf(m) === "ei.ole@example.fi")).toEqual([]);
  });
});

describe("rate limits", () => {
  it("stops guessing a password after ten attempts in 15 minutes", async () => {
    const email = "johto@espoo.example";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await postForm(server.url, "/fi/login", { intent: "password", email, password: `wrong-${i}-xxxxx` }))
          .status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused until the window passes.
    const right = await postForm(server.url, "/fi/login", {
      intent: "password",
      email,
      password: "Hankintasilta-demo-2026",
    });
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("organisation invitations", () => {
  it("invites by e-mail; the invitee accepts and becomes a member", async () => {
    const admin = await logInAs(server.url, "yrittaja@kirkas.example");
    const { organisationsOrganisation } = await import("../../app/modules/organisations/tables.ts");
    const orgs = await server.services.database.db.select().from(organisationsOrganisation);
    const kirkas = orgs.find((o) => o.slug === "kirkas");
    const invite = await postForm(
      server.url,
      `/fi/organisations/${kirkas?.id}`,
      { email: "asiantuntija@espoo.example", role: "company-member" },
      admin,
    );
    expect(invite.status).toBe(200);
    const mail = await mailTo("asiantuntija@espoo.example");
    expect(mail.text).toContain("Siivouspalvelu Kirkas Oy");
    expect(unsubscribeUrlOf(mail)).toMatch(/\/fi\/unsubscribe\?token=/);
    const link = linkIn(mail);
    const invitationPath = new URL(link).pathname;
    // Someone else who gets the link cannot use it.
    const other = await logInAs(server.url, "myynti@kirkas.example");
    const wrong = await postForm(server.url, invitationPath, { intent: "accept" }, other);
    expect(wrong.status).toBe(409);
    const invitee = await logInAs(server.url, "asiantuntija@espoo.example");
    const accepted = await postForm(server.url, invitationPath, { intent: "accept" }, invitee);
    expect(accepted.status).toBe(302);
    const page = await get(`/fi/organisations/${kirkas?.id}`, invitee);
    expect(await page.text()).toContain("Aino Asiantuntija");
    // The invitee now has two organisations and can switch between them.
    const switched = await fetch(`${server.url}/fi/organisations/switch`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: server.url,
        Cookie: invitee,
        Referer: `${server.url}/fi/account`,
      },
      body: new URLSearchParams({ organisationId: kirkas?.id ?? "" }),
    });
    expect(switched.status).toBe(302);
    const header = await get("/fi/account", invitee);
    expect(await header.text()).toMatch(
      /<option value="[^"]+" selected="">Siivouspalvelu Kirkas Oy<\/option>/,
    );
  });

  it("refuses a role that does not fit the organisation's kind", async () => {
    const admin = await logInAs(server.url, "hankinnat@espoo.example");
    const { organisationsOrganisation } = await import("../../app/modules/organisations/tables.ts");
    const orgs = await server.services.database.db.select().from(organisationsOrganisation);
    const espoo = orgs.find((o) => o.slug === "espoo");
    const response = await postForm(
      server.url,
      `/fi/organisations/${espoo?.id}`,
      { email: "x@example.fi", role: "company-admin" },
      admin,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Tätä roolia ei voi antaa");
  });

  it("stops invitation e-mails after one-click unsubscribe", async () => {
    const mail = await mailTo("asiantuntija@espoo.example");
    const unsubscribeUrl = unsubscribeUrlOf(mail);
    const oneClick = await fetch(unsubscribeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    const admin = await logInAs(server.url, "hankinnat@espoo.example");
    const { organisationsOrganisation } = await import("../../app/modules/organisations/tables.ts");
    const orgs = await server.services.database.db.select().from(organisationsOrganisation);
    const espoo = orgs.find((o) => o.slug === "espoo");
    const porvoo = orgs.find((o) => o.slug === "porvoo");
    const before = smtp.received.length;
    await postForm(
      server.url,
      `/fi/organisations/${espoo?.id}`,
      { email: "asiantuntija2@espoo.example", role: "buyer" },
      admin,
    );
    await mailTo("asiantuntija2@espoo.example");
    // Porvoo, where she is no member yet, invites her: the invitation is made, its e-mail is not sent.
    const porvooAdmin = await logInAs(server.url, "upphandling@porvoo.example");
    const invited = await postForm(
      server.url,
      `/fi/organisations/${porvoo?.id}`,
      { email: "asiantuntija@espoo.example", role: "buyer" },
      porvooAdmin,
    );
    expect(invited.status).toBe(200);
    expect(await invited.text()).toContain("Kutsu on lähetetty");
    await waitForWorkDone(server.services);
    expect(smtp.received.slice(before).filter((m) => toOf(m) === "asiantuntija@espoo.example")).toEqual([]);
  });
});

describe("my data", () => {
  it("exports everything about me as JSON, without secrets", async () => {
    const cookie = await logInAs(server.url, "myynti@kirkas.example");
    const response = await get("/fi/account/export", cookie);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="hankintasilta-my-data-/,
    );
    const body = await response.json();
    expect(body.profile.email).toBe("myynti@kirkas.example");
    expect(body.memberships).toEqual([
      expect.objectContaining({ name: "Siivouspalvelu Kirkas Oy", role: "company-member" }),
    ]);
    expect(Array.isArray(body.emails)).toBe(true);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/argon2|"token"/);
  });

  it("refuses to delete the last administrator, then deletes a member after confirmation", async () => {
    const admin = await logInAs(server.url, "catering@lahiruoka.example");
    const refused = await postForm(
      server.url,
      "/en/account",
      { confirmEmail: "catering@lahiruoka.example", password: "Hankintasilta-demo-2026" },
      admin,
    );
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Lähiruoka Catering Oy");

    const member = await logInAs(server.url, "myynti@kirkas.example");
    const wrongEmail = await postForm(
      server.url,
      "/fi/account",
      { confirmEmail: "joku@example.fi", password: "Hankintasilta-demo-2026" },
      member,
    );
    expect(wrongEmail.status).toBe(400);
    const deleted = await postForm(
      server.url,
      "/fi/account",
      { confirmEmail: "myynti@kirkas.example", password: "Hankintasilta-demo-2026" },
      member,
    );
    expect(deleted.status).toBe(302);
    expect((await get("/fi/account", member)).status).toBe(302);
    await expect(logInAs(server.url, "myynti@kirkas.example")).rejects.toThrow(/401/);
  });
});
