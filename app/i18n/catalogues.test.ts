import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from "./i18n.ts";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "catalogues" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const fiKeys = keysOf(catalogues.fi).sort();

describe("translation catalogues", () => {
  it.each(["sv", "en"] as const)("%s has exactly the Finnish keys, none empty", (locale) => {
    expect(keysOf(catalogues[locale]).sort()).toEqual(fiKeys);
    for (const key of fiKeys) {
      const value = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[locale]);
      expect(value, key).not.toBe("");
    }
  });

  it("every key is used in the code and every literal key used exists", () => {
    const code = sourceFiles("app")
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // Keys built at run time (`home.goals.${goal}.title`) count as used when their fixed prefix appears.
    const dynamicPrefixes = [...code.matchAll(/`([a-z][\w.]*)\.\$\{/g)].map((m) => `${m[1]}.`);
    // A plural form (`key_one`, `key_other`) is used through its base key with a count.
    const baseOf = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
    const unused = fiKeys.filter(
      (key) =>
        !code.includes(`"${baseOf(key)}"`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
    const literal = [...code.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)].map((m) => m[1] as string);
    const missing = literal.filter((key) => !fiKeys.includes(key) && !fiKeys.includes(`${key}_other`));
    expect(missing).toEqual([]);
  });
});
