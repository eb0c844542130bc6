// `npm run db:reset`: delete every table and start again from the migrations. Asks first unless --yes.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import pg from "pg";
import { openConfiguredDatabase } from "../server/open-configured-database.ts";
import { runCli } from "../server/run-cli.ts";

await runCli(async (config) => {
  const target = config.DATABASE_URL ? "the PostgreSQL database at DATABASE_URL" : resolve(config.PGLITE_DIR);
  if (!process.argv.includes("--yes")) {
    if (!process.stdin.isTTY) {
      console.error(`Refusing to erase ${target} without confirmation: run \`npm run db:reset -- --yes\`.`);
      process.exit(1);
    }
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question(`This erases all data in ${target}. Type "yes" to continue: `);
    prompt.close();
    if (answer.trim() !== "yes") {
      console.log("Nothing was erased.");
      return;
    }
  }
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    await client.query("drop schema if exists public cascade; drop schema if exists drizzle cascade;");
    await client.query("drop schema if exists pgboss cascade; create schema public;");
    await client.end();
  } else {
    rmSync(resolve(config.PGLITE_DIR), { recursive: true, force: true });
  }
  const database = await openConfiguredDatabase(config);
  await database.close();
  console.log(`Erased ${target} and applied the migrations. Demo data is seeded at the next start.`);
});
