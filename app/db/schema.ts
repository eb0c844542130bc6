// Every module's tables, for Drizzle's relational queries and drizzle-kit. Tables are prefixed by module.

export * from "../modules/accounts/tables.ts";
export * from "../modules/audit/tables.ts";
export * from "../modules/companies/tables.ts";
export * from "../modules/dialogue/draft-tables.ts";
export * from "../modules/dialogue/events-tables.ts";
export * from "../modules/dialogue/meetings-tables.ts";
export * from "../modules/dialogue/questions-tables.ts";
export * from "../modules/dialogue/record-tables.ts";
export * from "../modules/dialogue/rfi-tables.ts";
export * from "../modules/dialogue/tables.ts";
export * from "../modules/interest/tables.ts";
export * from "../modules/mail/tables.ts";
export * from "../modules/notices/tables.ts";
export * from "../modules/open-data/tables.ts";
export * from "../modules/organisations/tables.ts";
export * from "../modules/partners/tables.ts";
export * from "../modules/plans/attachments-tables.ts";
export * from "../modules/plans/public-generation-tables.ts";
export * from "../modules/plans/search-lexicon-tables.ts";
export * from "../modules/plans/tables.ts";
export * from "../modules/presentations/tables.ts";
export * from "../modules/reference-data/tables.ts";
export * from "../modules/watches/tables.ts";
