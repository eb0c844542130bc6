import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formIntents, parseIntent, readIntent } from "./form-intent.ts";

const intents = formIntents(["save", "searchCpv", "useCpv"], { fallback: "save" });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("form intents", () => {
  it("reads a known intent, its argument after a colon, and the fallback when none is posted", () => {
    expect(readIntent(form({ intent: "searchCpv" }), intents)).toEqual({ name: "searchCpv", argument: "" });
    expect(readIntent(form({ intent: "useCpv:90910000" }), intents)).toEqual({
      name: "useCpv",
      argument: "90910000",
    });
    expect(readIntent(form({ title: "x" }), intents)).toEqual({ name: "save", argument: "" });
  });

  it("refuses an unknown intent with a 400, and a missing one when there is no fallback", () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { init?: { status?: number } }).init?.status;
      }
      return "accepted";
    };
    expect(refused(() => readIntent(form({ intent: "delete" }), intents))).toBe(400);
    expect(refused(() => readIntent(form({ intent: "" }), intents))).toBe(400);
    expect(refused(() => readIntent(form({}), formIntents(["archive", "duplicate"])))).toBe(400);
    expect(parseIntent(new File([], "x"), intents)).toBeNull();
  });

  // The matrix finds a route's forms through `handle.intents`: an action that read the field some other
  // way could take a form the matrix never tries.
  it("is the only way an action reads the posted intent", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const source = readFileSync(path, "utf8");
          if (/\.get(All)?\(\s*["'`]intent["'`]\s*\)/.test(source) && !path.endsWith("form-intent.ts"))
            offenders.push(path);
        }
      }
    };
    walk("app");
    expect(offenders).toEqual([]);
  });
});
