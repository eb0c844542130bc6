import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, rateLimits } from "../../app/modules/accounts/rate-limit.server.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { presentationsMessage, presentationsRecipient } from "../../app/modules/presentations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Messages that e-mail other people are limited per person and hour. Over the limit, the reply form
// comes back with the text still in it and a clear message, never an error page.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

describe("the hourly message limit", () => {
  it("keeps the buyer's reply in the form and says when to send it", async () => {
    const { db } = server.services.database;
    const cookie = await logInAs(server.url, "hankinnat@espoo.example");
    const [espoo] = await db
      .select({ id: organisationsOrganisation.id })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.slug, "espoo"));
    const [item] = await db
      .select({ id: presentationsRecipient.id })
      .from(presentationsRecipient)
      .where(eq(presentationsRecipient.organisationId, espoo?.id ?? ""));
    const [buyer] = await db
      .select({ id: accountsUser.id })
      .from(accountsUser)
      .where(eq(accountsUser.email, "hankinnat@espoo.example"));
    for (let i = 0; i < rateLimits.messages.limit; i += 1)
      await consumeRateLimit(db, `messages:${buyer?.id}`, rateLimits.messages);
    const before = (await db.select().from(presentationsMessage)).length;

    const text = "Kiitos esittelystä: kutsumme teidät markkinavuoropuheluun keväällä.";
    const response = await postForm(
      server.url,
      `/fi/organisations/${espoo?.id}/inbox/${item?.id}`,
      { intent: "reply", body: text },
      cookie,
    );
    expect(response.status).toBe(429);
    const html = await response.text();
    expect(html).toContain(text);
    expect(html).toContain("Olet lähettänyt tunnin aikana jo 30 viestiä.");
    expect((await db.select().from(presentationsMessage)).length).toBe(before);
  });
});
