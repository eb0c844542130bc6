import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 15: the code picker's suggestions endpoint validates its query and is rate-limited.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: "manual" });

describe("/:lang/picker", () => {
  it("suggests CPV codes by words in the page's language, with the hierarchy", async () => {
    const response = await get("/sv/picker?kind=cpv&q=f%C3%B6nsterputs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { options: { code: string; label: string; path: string[] }[] };
    expect(body.options).toContainEqual(
      expect.objectContaining({ code: "90911300", label: "Fönsterputsning" }),
    );
    expect(body.options[0]?.path.length).toBeGreaterThan(0);
  });

  it("suggests municipalities by name", async () => {
    const body = (await (await get("/fi/picker?kind=municipality&q=esp")).json()) as {
      options: { code: string }[];
    };
    expect(body.options[0]?.code).toBe("049");
  });

  it.each([
    "/fi/picker?kind=cpv",
    "/fi/picker?kind=cpv&q=s",
    `/fi/picker?kind=cpv&q=${"s".repeat(101)}`,
    "/fi/picker?kind=organisation&q=espoo",
    "/fi/picker?q=siivous",
  ])("refuses %s with 400", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid-query" });
  });

  it("refuses a client that asks too fast with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 130; index += 1)
      statuses.push((await get(`/en/picker?kind=cpv&q=clean${index % 10}`)).status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const refused = await get("/en/picker?kind=cpv&q=cleaning");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
