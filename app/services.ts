import type { Database } from "./db/open-database.server.ts";
import type { DbOrTx } from "./db/types.ts";
import type { AccountMail, Auth } from "./modules/accounts/index.server.ts";
import type { Jobs } from "./modules/jobs/index.server.ts";
import type { MailSettings } from "./modules/mail/index.server.ts";

/**
 * What the HTTP server hands every loader and action through the load context. Routes reach the
 * database only through module commands and queries that take these.
 */
export type Services = {
  database: Database;
  auth: Auth;
  /** The pg-boss job runner (background work, e-mail delivery). */
  jobs: Jobs;
  /** What queueMail needs to build links and unsubscribe tokens. */
  mailSettings: MailSettings;
  publicUrl: string;
  /** The prefix of OCDS ocids (OCDS_OCID_PREFIX). */
  ocdsOcidPrefix: string;
  isProduction: boolean;
  /** Queues an account e-mail (verification, reset, magic link, invitation); inside `tx` when given. */
  sendAccountMail: (mail: AccountMail, tx?: DbOrTx) => Promise<void>;
  /** Folder of development e-mails when no SMTP server is configured; null when mail goes out by SMTP. */
  devMailDir: string | null;
};

declare module "react-router" {
  interface AppLoadContext {
    services: Services;
    requestId: string;
    cspNonce: string;
    /** The client's address, for rate limits. */
    clientIp: string;
    /** Whether a page of the app (not the catch-all 404) answers this path; for redirects after log-in. */
    isPagePath: (pathname: string) => boolean;
  }
}
