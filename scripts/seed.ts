// `npm run seed`: (re)load the reference data and add the demo data to an empty database. Safe to run
// again: reference rows are upserted, and demo data goes only into a database without users. Running it
// asks for demo data as SEED_DEMO_DATA=true does, under the same rule (decideDemoSeeding).
import { seedDemoData } from "../app/modules/demo/index.server.ts";
import { loadReferenceData } from "../app/modules/reference-data/index.server.ts";
import { decideDemoSeeding } from "../server/config.ts";
import { openConfiguredDatabase } from "../server/open-configured-database.ts";
import { runCli } from "../server/run-cli.ts";

await runCli(async (config) => {
  const database = await openConfiguredDatabase(config);
  try {
    const reference = await loadReferenceData({ db: database.db });
    console.log(`Reference data loaded: ${JSON.stringify(reference)}`);
    const seeding = decideDemoSeeding({ ...config, SEED_DEMO_DATA: config.SEED_DEMO_DATA ?? true });
    if (!seeding.seed) {
      console.log(`Demo data not seeded: ${seeding.reason}.`);
      return;
    }
    if (seeding.warning) console.warn(`Warning: ${seeding.warning}.`);
    const { seeded } = await seedDemoData({ db: database.db });
    console.log(
      seeded ? "Demo data seeded." : "Demo data skipped: the database already has users or organisations.",
    );
  } finally {
    await database.close();
  }
});
