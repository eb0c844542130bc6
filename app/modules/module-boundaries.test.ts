// Module boundaries (ADR 030): a module is used from outside only through its public files, `index.ts`
// (safe for browser code), `index.server.ts` (server code) and `shared-tables.ts` (the tables it lets
// others join on, read only; it imports nothing but tables, so import cycles cannot reach it half-loaded);
// another module's tables are never written from outside. The test reads the import
// statements of every source file, so a new deep import fails here with the file and line to fix.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = normalize(join(import.meta.dirname, "../.."));
const modulesDir = join(root, "app/modules");
const modules = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());

/** Files that may reach into modules: tests and their fixtures, benchmarks, and the demo seeder (fixture
 * data written straight into each module's tables, like a test's), plus the two composition roots. */
function isExempt(path: string): boolean {
  return (
    /\.test\.tsx?$/.test(path) ||
    path.startsWith("tests/") ||
    path.startsWith("app/test/") ||
    path.startsWith("scripts/bench/") ||
    path.endsWith("-fixtures.ts") ||
    path.startsWith("app/modules/demo/") ||
    path === "app/db/schema.ts" ||
    path === "app/modules/personal-data.server.ts"
  );
}

/**
 * Tables a module shares in its `shared-tables.ts` for other modules to join on (read only). Plans
 * shares none: what of a plan is public is decided by its own queries (ADR 023).
 */
const publishedTables: Record<string, string[]> = {
  accounts: ["accountsUser"],
  audit: ["auditLog"],
  organisations: ["organisationsMember", "organisationsOrganisation"],
  partners: ["partnersRequest"],
  "reference-data": ["refCpvCode", "refEformsCode", "refMunicipality", "refRegion"],
};

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) found.push(path);
  }
  return found;
}

const files = ["app", "server", "scripts"].flatMap(sourceFiles);

type Import = { file: string; line: number; specifier: string; target: string; names: string[] };

const importPattern =
  /(?:^|\n)\s*(?:import|export)\b([^;]*?)\bfrom\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: Import[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[2] ?? match[3] ?? "";
    let target: string | null = null;
    if (specifier.startsWith("~/")) target = `app/${specifier.slice(2)}`;
    else if (specifier.startsWith(".")) target = relative(root, join(root, dirname(file), specifier));
    if (!target) continue;
    const names = [...(match[1] ?? "").matchAll(/\b(?:type\s+)?(\w+)(?:\s+as\s+\w+)?\s*[,}]/g)].map(
      (m) => m[1] ?? "",
    );
    const line = text.slice(0, match.index).split("\n").length + (match[0].startsWith("\n") ? 1 : 0);
    found.push({ file, line, specifier, target, names });
  }
  return found;
}

const allImports = files.flatMap(importsOf);

function moduleOf(path: string): { name: string; rest: string } | null {
  const match = /^app\/modules\/([^/]+)\/(.+)$/.exec(path);
  return match?.[1] && match[2] ? { name: match[1], rest: match[2] } : null;
}

const isTablesFile = (path: string) => /(^|\/|-)tables\.ts$/.test(path);
const publicFile = /^(index|index\.server|shared-tables)\.ts$/;

describe("module boundaries", () => {
  it("gives every module a public surface", () => {
    const without = modules.filter(
      (name) =>
        !files.some(
          (file) =>
            /^index(\.server)?\.ts$/.test(moduleOf(file)?.rest ?? "") && moduleOf(file)?.name === name,
        ),
    );
    expect(without).toEqual([]);
  });

  it("reaches another module only through its index.ts or index.server.ts", () => {
    const deep = allImports
      .filter(({ file, target }) => {
        if (isExempt(file)) return false;
        const to = moduleOf(target);
        if (!to || to.name === moduleOf(file)?.name) return false;
        if (publicFile.test(to.rest)) return false;
        // A table's foreign key names the other module's table: schema wiring, not a read.
        return !(isTablesFile(file) && isTablesFile(to.rest));
      })
      .map(({ file, line, specifier }) => `${file}:${line} imports ${specifier}`);
    expect(deep).toEqual([]);
  });

  it("keeps server code out of the browser-safe index.ts", () => {
    const leaks = allImports
      .filter(
        ({ file, target }) =>
          moduleOf(file)?.rest === "index.ts" && (/\.server\.tsx?$/.test(target) || isTablesFile(target)),
      )
      .map(({ file, specifier }) => `${file} re-exports ${specifier}`);
    expect(leaks).toEqual([]);
  });

  it("shares only the listed tables, and index files share none", () => {
    const published: Record<string, string[]> = {};
    const inIndex: string[] = [];
    for (const { file, target, names } of allImports) {
      const from = moduleOf(file);
      if (!from || !isTablesFile(target)) continue;
      const tables = names.filter((name) => /^[a-z]/.test(name));
      if (from.rest === "shared-tables.ts")
        published[from.name] = [...(published[from.name] ?? []), ...tables].sort();
      else if (/^index(\.server)?\.ts$/.test(from.rest) && tables.length)
        inIndex.push(`${file}: ${tables.join(", ")}`);
    }
    expect(published).toEqual(publishedTables);
    expect(inIndex).toEqual([]);
  });

  it("keeps shared-tables.ts free of anything but tables", () => {
    const other = allImports
      .filter(({ file, target }) => moduleOf(file)?.rest === "shared-tables.ts" && !isTablesFile(target))
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(other).toEqual([]);
  });

  it("never writes another module's table", () => {
    const tableOwner = new Map<string, string>();
    for (const file of files.filter(isTablesFile)) {
      const owner = moduleOf(file)?.name;
      const text = readFileSync(join(root, file), "utf8");
      for (const [, name] of text.matchAll(/export const (\w+) = pgTable/g))
        if (owner && name) tableOwner.set(name, owner);
    }
    const writes: string[] = [];
    for (const file of files.filter((path) => !isExempt(path))) {
      const own = moduleOf(file)?.name;
      const text = readFileSync(join(root, file), "utf8");
      for (const match of text.matchAll(/\.(insert|update|delete)\(\s*(\w+)\s*\)/g)) {
        const owner = tableOwner.get(match[2] ?? "");
        if (owner && owner !== own) writes.push(`${file} ${match[1]}s ${match[2]} (owned by ${owner})`);
      }
    }
    expect(writes).toEqual([]);
  });

  it("sees the imports it checks (the scanner is not blind)", () => {
    expect(
      allImports.filter(({ target }) => moduleOf(target)?.rest === "index.server.ts").length,
    ).toBeGreaterThan(200);
    expect(importsOf("app/modules/watches/save-watch.server.ts").map(({ specifier }) => specifier)).toContain(
      "../mail/index.server.ts",
    );
  });
});
