import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { addPlanAttachment } from "../../app/modules/plans/add-plan-attachment.server.ts";
import { attachmentFieldsSchema } from "../../app/modules/plans/attachment-rules.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { transitionPlan } from "../../app/modules/plans/transition-plan.server.ts";
import { updatePlan } from "../../app/modules/plans/update-plan.server.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// An OCDS record carries the plan's history: one planning release per public version, oldest first,
// and the compiled release is the plan as it is now. Changes made while the plan was not public are
// not releases.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const base = {
  title: { fi: "Kirjastojen aineistohankinnat" },
  need: { fi: "Kirjat ja e-aineistot kuuden kunnan kirjastoille." },
  mainCpv: "22113000",
  estimatedValueEur: 300_000,
  tenderYear: 2030,
  tenderQuarter: 2,
  isDividedIntoLots: false,
  noLotsReason: { fi: "Yhteinen kokoelma." },
  visibility: "public",
};

describe("OCDS record history", () => {
  it("lists one release per public version and compiles the latest", async () => {
    const { database } = server.services;
    const organisations = await database.db.select().from(organisationsOrganisation);
    const organisationId = organisations.find((o) => o.slug === "espoo")?.id ?? "";
    const planId = await createFixturePlan(database, organisationId, base);
    const changed = await updatePlan({
      services: { database },
      viewer: fixtureAdmin,
      planId,
      input: planInputSchema.parse({ ...base, title: { fi: "Kirjastojen aineistohankinnat 2030–2034" } }),
      reason: "Sopimuskausi tarkentui.",
    });
    expect(changed.ok).toBe(true);
    const moved = await transitionPlan({
      services: { database },
      viewer: fixtureAdmin,
      planId,
      transition: { to: "need-identification" },
    });
    expect(moved.ok).toBe(true);

    const ocid = `${server.services.ocdsOcidPrefix}-${planId}`;
    const response = await fetch(`${server.url}/api/v1/ocds/records/${ocid}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(createOcdsValidators().recordPackageErrors(body)).toBe("");
    const [record] = body.records;
    expect(record.releases.map((release: { id: string }) => release.id)).toEqual([
      `${ocid}-v1`,
      `${ocid}-v2`,
      `${ocid}-v3`,
    ]);
    expect(record.releases[0].tender.title).toBe("Kirjastojen aineistohankinnat");
    expect(record.releases[1].tender.title).toBe("Kirjastojen aineistohankinnat 2030–2034");
    const dates = record.releases.map((release: { date: string }) => release.date);
    expect([...dates].sort()).toEqual(dates);
    expect(record.compiledRelease.tender.title).toBe("Kirjastojen aineistohankinnat 2030–2034");
    expect(record.compiledRelease.tag).toEqual(["compiled"]);
    expect(
      record.releases.some(
        (release: { planning?: { documents?: unknown[] } }) => release.planning?.documents,
      ),
    ).toBe(false);

    // A file added later is in the new version's release and the compiled release, not in older ones.
    const added = await addPlanAttachment({
      services: { database },
      viewer: fixtureAdmin,
      planId,
      file: { name: "Markkinakartoitus.pdf", bytes: samplePdf("Markkinakartoitus – yhteenveto") },
      fields: attachmentFieldsSchema.parse({ title: "Markkinakartoitus" }),
    });
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const after = await (await fetch(`${server.url}/api/v1/ocds/records/${ocid}`)).json();
    expect(createOcdsValidators().recordPackageErrors(after)).toBe("");
    const documentCounts = after.records[0].releases.map(
      (release: { planning?: { documents?: unknown[] } }) => release.planning?.documents?.length ?? 0,
    );
    expect(documentCounts).toEqual([0, 0, 0, 1]);
    expect(after.records[0].compiledRelease.planning.documents).toHaveLength(1);
  });
});
