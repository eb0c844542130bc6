import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.ts";
import { sampleDocx, sampleOdt, samplePdf, sampleXlsx } from "../../test/attachment-files.ts";
import { createOcdsValidators } from "../../test/ocds-schemas.ts";
import { createFixturePlan } from "../../test/plan-fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { releasePackage } from "../open-data/ocds-packages.ts";
import { planToRelease } from "../open-data/ocds-release.ts";
import { planJson } from "../open-data/plan-json.ts";
import { getPublicPlan } from "../open-data/public-plan-queries.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { addPlanAttachment } from "./add-plan-attachment.server.ts";
import {
  getPublicAttachment,
  getWorkspaceAttachment,
  listPublicAttachments,
  listWorkspaceAttachments,
} from "./attachment-queries.server.ts";
import { attachmentFieldsSchema, maxAttachmentsPerPlan } from "./attachment-rules.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { getPublicPlanDetail } from "./public-plan-detail.server.ts";
import { removePlanAttachment } from "./remove-plan-attachment.server.ts";
import { plansPlan, plansVersion } from "./tables.ts";

let database: TestDatabase;
let services: { database: TestDatabase };
const espoo = randomUUID();
const porvoo = randomUUID();
type Role = "buyer" | "buyer-admin" | "leadership";
const membership = (organisationId: string, role: Role) => ({
  organisationId,
  name: "Kunta",
  kind: "municipality" as const,
  role,
});
const viewer = (userId: string, organisationId: string, role: Role): Viewer => ({
  userId,
  name: userId,
  email: `${userId}@example.fi`,
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [membership(organisationId, role)],
  activeOrganisationId: organisationId,
});
const buyer = viewer("buyer-1", espoo, "buyer");
const leadership = viewer("lead-1", espoo, "leadership");
const otherBuyer = viewer("porvoo-1", porvoo, "buyer-admin");
const fields = attachmentFieldsSchema.parse({});
let publicPlan = "";
let draftPlan = "";

beforeAll(async () => {
  database = await createTestDatabase();
  services = { database };
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoon kaupunki", slug: "espoo", kind: "municipality" },
    { id: porvoo, name: "Porvoon kaupunki", slug: "porvoo", kind: "municipality" },
  ]);
  publicPlan = await createFixturePlan(database, espoo);
  draftPlan = await createFixturePlan(database, espoo, { visibility: "draft" });
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

const add = (planId: string, name: string, bytes: Uint8Array, who: Viewer = buyer) =>
  addPlanAttachment({ services, viewer: who, planId, file: { name, bytes }, fields });

describe("adding and removing attachments", () => {
  it("stores PDF, DOCX, XLSX and ODT with the type found in the content", async () => {
    const files = {
      "Markkinakartoitus.pdf": samplePdf(),
      "Tarvekuvaus.docx": await sampleDocx(),
      "Kustannusarvio.xlsx": await sampleXlsx(),
      "Muistio.odt": await sampleOdt(),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const result = await add(draftPlan, name, bytes);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    const { attachments, canEdit } = await listWorkspaceAttachments({
      services,
      viewer: leadership,
      planId: draftPlan,
    });
    expect(canEdit).toBe(false);
    expect(attachments.map((a) => [a.fileName, a.mediaType])).toEqual([
      ["Markkinakartoitus.pdf", "application/pdf"],
      ["Tarvekuvaus.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["Kustannusarvio.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["Muistio.odt", "application/vnd.oasis.opendocument.text"],
    ]);
    const first = attachments[0];
    if (!first) throw new Error("no attachment");
    const file = await getWorkspaceAttachment({
      services,
      viewer: leadership,
      planId: draftPlan,
      attachmentId: first.id,
    });
    expect(Buffer.from(file.content).equals(Buffer.from(samplePdf()))).toBe(true);
    // A draft's attachments are in no public output.
    expect(await getPublicAttachment(database.db, draftPlan, first.id)).toBeNull();
    expect(await listPublicAttachments(database.db, [draftPlan])).toEqual([]);
  });

  it("refuses a duplicate, a renamed text file and the eleventh file, storing nothing", async () => {
    const count = async () =>
      (await database.db.select().from(plansAttachment).where(eq(plansAttachment.planId, draftPlan))).length;
    expect(await add(draftPlan, "Kopio.pdf", samplePdf())).toEqual({
      ok: false,
      errors: { file: "attachments.errors.duplicate" },
    });
    expect(await add(draftPlan, "teksti.pdf", new TextEncoder().encode("ei pdf"))).toEqual({
      ok: false,
      errors: { file: "attachments.errors.fileType" },
    });
    for (let index = (await count()) + 1; index <= maxAttachmentsPerPlan; index++)
      expect((await add(draftPlan, `Liite ${index}.pdf`, samplePdf(`Liite ${index}`))).ok).toBe(true);
    expect(await add(draftPlan, "Yksitoista.pdf", samplePdf("11"))).toEqual({
      ok: false,
      errors: { file: "attachments.errors.tooMany" },
    });
    expect(await count()).toBe(maxAttachmentsPerPlan);
  });

  it("lets only the plan's organisation's editors add and remove", async () => {
    for (const who of [otherBuyer, leadership, null]) {
      await expect(add(publicPlan, "Luvaton.pdf", samplePdf("x"), who as Viewer)).rejects.toThrow(AppError);
    }
    const added = await add(publicPlan, "Ohje.pdf", samplePdf("ohje"));
    if (!added.ok) throw new Error("not added");
    await expect(
      removePlanAttachment({
        services,
        viewer: otherBuyer,
        planId: publicPlan,
        attachmentId: added.attachmentId,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      getWorkspaceAttachment({
        services,
        viewer: otherBuyer,
        planId: publicPlan,
        attachmentId: added.attachmentId,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await removePlanAttachment({
      services,
      viewer: buyer,
      planId: publicPlan,
      attachmentId: added.attachmentId,
    });
    await expect(
      removePlanAttachment({ services, viewer: buyer, planId: publicPlan, attachmentId: added.attachmentId }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("audits both, moves the plan's updated time and versions a public plan", async () => {
    const [before] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, publicPlan));
    const added = await add(publicPlan, "Hankintastrategia.pdf", samplePdf("strategia"));
    if (!added.ok) throw new Error("not added");
    const [after] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, publicPlan));
    expect(after?.updatedAt.getTime()).toBeGreaterThan(before?.updatedAt.getTime() ?? 0);
    const versions = await database.db.select().from(plansVersion).where(eq(plansVersion.planId, publicPlan));
    const last = versions.sort((a, b) => b.version - a.version)[0];
    expect(Object.keys(last?.changes ?? {})).toEqual(["attachments"]);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "plan-attachment"), eq(auditLog.organisationId, espoo)));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["plans.attachment-add", "plans.attachment-remove"]),
    );
    expect(audit.find((entry) => entry.entityId === added.attachmentId)?.summary).toMatchObject({
      planId: publicPlan,
      fileName: "Hankintastrategia.pdf",
      mediaType: "application/pdf",
    });
  });
});

describe("attachments in public outputs", () => {
  it("appear on the public plan page, in the plan JSON and as valid OCDS planning documents", async () => {
    const detail = await getPublicPlanDetail({
      db: database.db,
      locale: "fi",
      viewer: null,
      planId: publicPlan,
    });
    expect(detail?.attachments.map((a) => a.fileName)).toEqual(["Hankintastrategia.pdf"]);
    const plan = await getPublicPlan(database.db, publicPlan);
    if (!plan) throw new Error("missing plan");
    const attachment = plan.attachments[0];
    const json = planJson(plan, { publicUrl: "http://localhost", ocid: `ocds-hanksi-${plan.id}` });
    expect(json.attachments).toEqual([
      expect.objectContaining({
        url: `http://localhost/api/v1/plans/${plan.id}/attachments/${attachment?.id}`,
        name: "Hankintastrategia.pdf",
        mediaType: "application/pdf",
        size: attachment?.sizeBytes,
      }),
    ]);
    expect(JSON.stringify(json)).not.toContain("content");
    const release = planToRelease(plan, "ocds-hanksi", "http://localhost");
    expect((release.planning as { documents: unknown[] }).documents).toEqual([
      expect.objectContaining({
        id: attachment?.id,
        title: "Hankintastrategia.pdf",
        format: "application/pdf",
        language: "fi",
      }),
    ]);
    const document = releasePackage({
      uri: "http://localhost/api/v1/ocds/releases",
      publicUrl: "http://localhost",
      publishedDate: new Date(),
      releases: [release],
      next: null,
    });
    expect(createOcdsValidators().releasePackageErrors(document)).toBe("");
  });
});
