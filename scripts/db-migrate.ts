// `npm run db:migrate`: apply the migrations in ./drizzle to the configured database.
import { openConfiguredDatabase } from "../server/open-configured-database.ts";
import { runCli } from "../server/run-cli.ts";

await runCli(async (config) => {
  const database = await openConfiguredDatabase(config);
  await database.close();
  console.log(`Migrations applied (${database.kind}).`);
});
