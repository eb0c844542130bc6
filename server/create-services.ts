import type { Database } from "../app/db/open-database.server.ts";
import type { DbOrTx } from "../app/db/types.ts";
import {
  type AccountMail,
  createAuth,
  registerAccountJobs,
  registerAccountLinkJobs,
} from "../app/modules/accounts/index.server.ts";
import { seedDemoData } from "../app/modules/demo/index.server.ts";
import { registerEventJobs } from "../app/modules/dialogue/index.server.ts";
import { startJobs } from "../app/modules/jobs/index.server.ts";
import { type MailSettings, queueMail, registerMailWorker } from "../app/modules/mail/index.server.ts";
import { configurePublicCaches } from "../app/modules/plans/index.server.ts";
import { isReferenceDataLoaded, loadReferenceData } from "../app/modules/reference-data/index.server.ts";
import { registerWatchWorker } from "../app/modules/watches/index.server.ts";
import type { Services } from "../app/services.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import type { Config } from "./config.ts";
import { decideDemoSeeding, isLocalUrl } from "./config.ts";
import type { Logger } from "./logger.ts";

/**
 * Everything behind the HTTP layer, on an open and migrated database: reference data and demo data
 * when missing, the job runner with the mail worker, and authentication. `stop()` ends the jobs; the
 * caller closes the database afterwards.
 */
export async function createServices({
  config,
  logger,
  database,
  authSecret,
}: {
  config: Config;
  logger: Logger;
  database: Database;
  authSecret?: string;
}): Promise<{ services: Services; stop: () => Promise<void> }> {
  const { db } = database;
  if (!(await isReferenceDataLoaded({ db }))) {
    const loaded = await loadReferenceData({ db });
    logger.info({ referenceData: loaded }, "reference data loaded");
  }
  const seeding = decideDemoSeeding(config);
  if (seeding.seed) {
    const { seeded } = await seedDemoData({ db, withPlans: config.SEED_DEMO_PLANS });
    if (seeded && seeding.warning) logger.warn(`demo data seeded: ${seeding.warning}`);
    else if (seeded) logger.info("demo data seeded");
  } else {
    logger.info({ reason: seeding.reason }, "demo data not seeded");
  }
  const secret = authSecret ?? resolveAuthSecret(config);
  const jobs = await startJobs({ database, logger });
  const mailWorker = await registerMailWorker({
    jobs,
    db,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    mailDir: config.MAIL_DIR,
  });
  await registerAccountJobs({ jobs, db });
  const mailSettings: MailSettings = { publicUrl: config.PUBLIC_URL, unsubscribeSecret: secret };
  const watchWorker = await registerWatchWorker({ jobs, db, settings: mailSettings, logger });
  await registerEventJobs({ jobs, services: { database, mailSettings, publicUrl: config.PUBLIC_URL } });
  const sendAccountMail = async (mail: AccountMail, tx?: DbOrTx) => {
    const base = { db: tx ?? db, jobs, settings: mailSettings, to: mail.to, locale: mail.locale };
    if (mail.template === "invitation") {
      const { organisationName, inviterName, url } = mail.data;
      await queueMail({
        ...base,
        template: "invitation",
        data: { organisationName, inviterName, link: url },
      });
    } else {
      const template = mail.template === "reset-password" ? "password-reset" : mail.template;
      await queueMail({ ...base, template, data: { link: mail.data.url } });
    }
  };
  configurePublicCaches({ enabled: config.PUBLIC_CACHE });
  const auth = createAuth({ db, publicUrl: config.PUBLIC_URL, secret, sendMail: sendAccountMail });
  await registerAccountLinkJobs({ jobs, db, auth, publicUrl: config.PUBLIC_URL });
  const services: Services = {
    database,
    auth,
    jobs,
    mailSettings,
    publicUrl: config.PUBLIC_URL,
    ocdsOcidPrefix: config.OCDS_OCID_PREFIX,
    isProduction: config.NODE_ENV === "production",
    sendAccountMail,
    // The page that lists development e-mails shows log-in links: only on a local address without SMTP.
    devMailDir: mailWorker.transport === "files" && isLocalUrl(config.PUBLIC_URL) ? config.MAIL_DIR : null,
  };
  return {
    services,
    stop: async () => {
      await watchWorker.stop();
      await jobs.stop();
    },
  };
}
