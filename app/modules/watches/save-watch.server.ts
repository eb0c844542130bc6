import { count, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { resubscribe } from "../mail/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { prepareSearch } from "../plans/index.server.ts";
import { cpvDescendantPrefix } from "../reference-data/index.ts";
import { refCpvCode, refMunicipality, refRegion } from "../reference-data/shared-tables.ts";
import { canCreateWatch, canManageWatch } from "./policy.ts";
import { maxWatchesPerUser, type WatchInput } from "./schemas.ts";
import { watchesWatch } from "./tables.ts";
import { watchTopic } from "./watch-topic.ts";

export type SaveWatchResult = { ok: true; watchId: string } | { ok: false; errors: Record<string, string> };

/** Field errors for codes that are not in the reference data (the form shows them by field). */
async function checkReferences(db: Db, input: WatchInput) {
  const errors: Record<string, string> = {};
  const known = async (
    table: typeof refCpvCode | typeof refRegion | typeof refMunicipality,
    codes: string[],
  ) =>
    codes.length === 0
      ? new Set<string>()
      : new Set(
          (await db.select({ code: table.code }).from(table).where(inArray(table.code, codes))).map(
            (r) => r.code,
          ),
        );
  const cpv = await known(refCpvCode, input.cpv);
  if (input.cpv.some((code) => !cpv.has(code))) errors.cpv = "plans.errors.cpvUnknown";
  const regions = await known(refRegion, input.region);
  if (input.region.some((code) => !regions.has(code))) errors.region = "watches.errors.unknownPlace";
  const municipalities = await known(refMunicipality, input.municipality);
  if (input.municipality.some((code) => !municipalities.has(code)))
    errors.municipality = "watches.errors.unknownPlace";
  return errors;
}

/** Organisation ids (a search may name them by slug); unknown ones are an error. */
async function resolveOrganisations(db: Db, given: string[]) {
  if (given.length === 0) return { ids: [] as string[], unknown: false };
  const rows = await db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation)
    .where(or(inArray(organisationsOrganisation.id, given), inArray(organisationsOrganisation.slug, given)));
  const ids = [...new Set(rows.map((row) => row.id))];
  const found = new Set(rows.flatMap((row) => [row.id, row.slug]));
  return { ids, unknown: given.some((value) => !found.has(value)) };
}

/** The stored form of the criteria: CPV prefixes for descendants, keywords ready for matching. */
async function criteria(db: Db, input: WatchInput, organisations: string[]) {
  const search = await prepareSearch(db, input.keywords);
  const words = search?.words ?? [];
  return {
    name: input.name,
    cpvCodes: input.cpv,
    cpvPrefixes: [...new Set(input.cpv.map(cpvDescendantPrefix))],
    regions: input.region,
    municipalities: input.municipality,
    organisations,
    valueBands: input.valueBand,
    keywords: input.keywords,
    keywordText: words.join(" "),
    keywordGroups: words.map((word) => [word, ...(search?.alternatives[word] ?? [])].join(" ")),
    events: input.event,
    instant: input.instant,
    digest: input.digest,
  };
}

/**
 * Creates a watch (watchId undefined) or changes the viewer's own watch. Choosing e-mail again lifts an
 * earlier one-click unsubscribe of this watch.
 */
export async function saveWatch({
  db,
  viewer,
  watchId,
  input,
  requestId,
}: {
  db: Db;
  viewer: Viewer | null;
  watchId?: string;
  input: WatchInput;
  requestId?: string;
}): Promise<SaveWatchResult> {
  if (!canCreateWatch(viewer)) throw new AppError("unauthenticated");
  if (watchId) {
    const [existing] = await db
      .select({ userId: watchesWatch.userId })
      .from(watchesWatch)
      .where(eq(watchesWatch.id, watchId));
    if (!existing || !canManageWatch(viewer, existing)) throw new AppError("not_found");
  } else {
    const [row] = await db
      .select({ n: count() })
      .from(watchesWatch)
      .where(eq(watchesWatch.userId, viewer.userId));
    if ((row?.n ?? 0) >= maxWatchesPerUser) return { ok: false, errors: { name: "watches.errors.tooMany" } };
  }
  const errors = await checkReferences(db, input);
  const organisations = await resolveOrganisations(db, input.organisation);
  if (organisations.unknown) errors.organisation = "watches.errors.unknownOrganisation";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const values = await criteria(db, input, organisations.ids);
  const id = await db.transaction(async (tx) => {
    let saved: string;
    if (watchId) {
      await tx
        .update(watchesWatch)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(watchesWatch.id, watchId));
      saved = watchId;
    } else {
      const [row] = await tx
        .insert(watchesWatch)
        .values({ ...values, userId: viewer.userId })
        .returning({ id: watchesWatch.id });
      if (!row) throw new Error("The watch insert returned no row");
      saved = row.id;
    }
    if (values.instant || values.digest) await resubscribe(tx, viewer.email, watchTopic(saved));
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: watchId ? "watches.update" : "watches.create",
      entityType: "watch",
      entityId: saved,
      summary: {
        cpv: values.cpvCodes,
        regions: values.regions,
        municipalities: values.municipalities,
        organisations: values.organisations.length,
        events: values.events,
        instant: values.instant,
        digest: values.digest,
      },
      requestId,
    });
    return saved;
  });
  return { ok: true, watchId: id };
}

/** Deletes the viewer's own watch and its notifications. */
export async function deleteWatch({
  db,
  viewer,
  watchId,
  requestId,
}: {
  db: Db;
  viewer: Viewer | null;
  watchId: string;
  requestId?: string;
}): Promise<void> {
  const [existing] = await db
    .select({ userId: watchesWatch.userId })
    .from(watchesWatch)
    .where(eq(watchesWatch.id, watchId));
  if (!existing || !canManageWatch(viewer, existing) || !viewer) throw new AppError("not_found");
  await db.transaction(async (tx) => {
    await tx.delete(watchesWatch).where(eq(watchesWatch.id, watchId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "watches.delete",
      entityType: "watch",
      entityId: watchId,
      summary: {},
      requestId,
    });
  });
}
