import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { eq, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import "../personal-data.server.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { createPersonWithDataEverywhere, person } from "../../test/personal-data-fixtures.ts";
import { auditLog } from "../audit/tables.ts";
import { getCompanyProfile } from "../companies/company-queries.server.ts";
import { deleteMyAccount } from "./delete-my-account.server.ts";
import { exportMyData } from "./export-my-data.server.ts";
import { registeredPersonalDataModules } from "./personal-data-registry.ts";
import type { Viewer } from "./viewer.server.ts";

// A person with something in every module exports all of it, and after deleting the account their
// name, e-mail address and phone number are nowhere in the database: every table is dumped as text and
// searched. The audit log keeps its entries under the person's pseudonymous id, without those.

let world: CompanyWorld;
let viewer: Viewer;

beforeAll(async () => {
  world = await createCompanyWorld();
  viewer = await createPersonWithDataEverywhere(world);
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

/** Every row of every table in the public schema, as JSON text, with its table's name. */
async function dumpDatabase(): Promise<{ table: string; row: string }[]> {
  const { db } = world.database;
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  const dump: { table: string; row: string }[] = [];
  for (const { table_name: table } of tables.rows) {
    const result = (await db.execute(
      sql`select to_jsonb(t)::text as row from ${sql.identifier(table)} t`,
    )) as unknown as { rows: { row: string }[] };
    for (const { row } of result.rows) dump.push({ table, row });
  }
  return dump;
}

const needles = [person.name, person.email, person.phone, person.phone.replaceAll(" ", "")];
const found = (dump: { table: string; row: string }[]) =>
  dump
    .filter(({ row }) => needles.some((needle) => row.toLowerCase().includes(needle.toLowerCase())))
    .map(({ table, row }) => `${table}: ${row.slice(0, 200)}`);

describe("a person's data across the modules", () => {
  it("is planted in many tables before the deletion (the test's own check)", async () => {
    const tables = new Set(
      (await dumpDatabase()).filter(({ row }) => row.includes(person.email)).map((r) => r.table),
    );
    expect([...tables].sort()).toEqual(
      expect.arrayContaining([
        "accounts_rate_limit",
        "accounts_user",
        "accounts_verification",
        "companies_contact",
        "mail_outbox",
        "mail_suppression",
        "organisations_invitation",
      ]),
    );
  });

  it("is in the export, company contact entries included", async () => {
    const data = await exportMyData({ services: world.services, viewer });
    // The contact is the member themselves (their verified address), so it is linked to the account.
    expect(data.companyContacts).toEqual([
      expect.objectContaining({
        organisationId: world.ids.kirkas,
        name: person.name,
        email: person.email,
        phone: person.phone,
        linkedToAccount: true,
      }),
    ]);
    // Every module's section is there, and holds something for a person with data everywhere.
    const filled = [
      ...["profile", "logInMethods", "sessions", "memberships", "invitations", "activity", "emails"],
      ...["unsubscribedTopics", "companyContacts", "watches", "notifications", "presentations"],
      ...["presentationMessages", "partnerRequests", "partnerMessages", "interests", "dialogueQuestions"],
    ];
    for (const section of filled) expect([section, data[section]]).not.toEqual([section, []]);
    // Sections a company member's fixture does not fill: a buyer's plan contacts, meeting rounds and
    // notes, the market-dialogue contacts a buyer recorded, drafts for comment and Hilma notices.
    const present = [
      ...["planContacts", "meetingRounds", "meetingBookings", "meetingNotes", "dialogueContacts"],
      ...["dialogueDrafts", "dialogueDraftComments", "rfis", "rfiResponses", "rfiFiles"],
      ...["dialogueEvents", "dialogueEventRegistrations", "recordedNotices"],
    ];
    expect(Object.keys(data).sort()).toEqual(["exportedAt", "service", ...present, ...filled].sort());
  });

  it("has a registered part in every module whose tables hold personal data", async () => {
    // A table holds personal data when it references an account or has an address, phone or name column.
    const personal = /(^|_)(email|phone|address|author_name|contact_name|actor_id)$/;
    const modulesDir = resolve("app/modules");
    const holding = new Set<string>();
    for (const module of readdirSync(modulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)) {
      const files = readdirSync(resolve(modulesDir, module)).filter((file) => /(^|-)tables\.ts$/.test(file));
      for (const file of files) {
        const exports = await import(resolve(modulesDir, module, file));
        for (const table of Object.values(exports).filter((value) => is(value, PgTable))) {
          const config = getTableConfig(table as PgTable);
          const referencesAccount = config.foreignKeys.some(
            (key) => getTableConfig(key.reference().foreignTable).name === "accounts_user",
          );
          if (referencesAccount || config.columns.some((column) => personal.test(column.name)))
            holding.add(module);
        }
      }
    }
    expect(holding.size).toBeGreaterThanOrEqual(9);
    expect([...holding].filter((module) => !registeredPersonalDataModules().includes(module))).toEqual([]);
  });

  it("is gone from every table after the account is deleted; the audit log keeps only the id", async () => {
    const result = await deleteMyAccount({
      services: world.services,
      viewer,
      confirmEmail: person.email,
      password: person.password,
    });
    expect(result).toEqual({ ok: true });
    expect(found(await dumpDatabase())).toEqual([]);
    const kept = await world.database.db.select().from(auditLog).where(eq(auditLog.actorId, viewer.userId));
    expect(kept.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["companies.profile.save", "presentations.reply", "accounts.delete"]),
    );
    // Buyers no longer see the person as the company's contact.
    const profile = await getCompanyProfile({
      db: world.database.db,
      organisationId: world.ids.kirkas,
      locale: "fi",
    });
    expect(profile?.contacts).toEqual([]);
  });
});
