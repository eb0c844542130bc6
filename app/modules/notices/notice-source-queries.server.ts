import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import type { PlanSnapshot } from "../plans/index.server.ts";
import { refMunicipality, refRegion } from "../reference-data/shared-tables.ts";
import { noticeIdFor } from "./notice-id.ts";
import type { NoticeLanguage, NoticeSource, NoticeType } from "./notice-source.ts";

// Fills a NoticeSource (what the eForms mapping reads) from a plan, its organisation and the reference
// data. Where the organisation has no municipality (a joint procurement unit), the buyer picks the
// municipality of its address and the region where the work is done on the notice page; a municipality's
// own are the default.

/** Where the buyer is and where the work is done, as picked on the notice page (both optional). */
export type NoticePlaces = { municipalityCode?: string | null; regionCode?: string | null };

const languageOrder: NoticeLanguage[] = ["fi", "sv", "en"];

async function findMunicipality(db: DbOrTx, code: string | null | undefined) {
  if (!code || !/^\d{3}$/.test(code)) return null;
  const [row] = await db
    .select({
      code: refMunicipality.code,
      nameFi: refMunicipality.nameFi,
      nameSv: refMunicipality.nameSv,
      regionCode: refMunicipality.regionCode,
    })
    .from(refMunicipality)
    .where(eq(refMunicipality.code, code));
  return row ?? null;
}

async function findRegionNuts(db: DbOrTx, code: string | null | undefined): Promise<string | null> {
  if (!code || !/^\d{2}$/.test(code)) return null;
  const [row] = await db
    .select({ nuts3: refRegion.nuts3Code })
    .from(refRegion)
    .where(eq(refRegion.code, code));
  return row?.nuts3 ?? null;
}

/** The plan's eForms strategic-procurement codes (BT-06) from its sustainability tags, "none" left out. */
function strategicCodes(plan: PlanSnapshot): string[] {
  return plan.sustainability
    .map((tag) => tag.split("/"))
    .filter(([list, code]) => list === "strategic-procurement" && code && code !== "none")
    .map(([, code]) => code as string);
}

function noticeLanguagesOf(plan: PlanSnapshot): NoticeLanguage[] {
  const complete = languageOrder.filter((language) => plan.title[language] && plan.need[language]);
  return complete.length > 0 ? complete : languageOrder.filter((language) => plan.title[language]);
}

const present = (text: TextByLanguage | null): TextByLanguage | null =>
  text && (text.fi || text.sv || text.en) ? text : null;

/**
 * The notice's source for a plan: the organisation's names, Y-tunnus and kind, the town and NUTS 3 of
 * its municipality (or the one picked), the plan's content, its public page and the notice identifier.
 * The municipality and region actually used are returned for the page's pickers.
 *
 * @example
 * const { source } = await loadNoticeSource({ db, plan, type: "E1", publicUrl, places: {} });
 */
export async function loadNoticeSource(options: {
  db: DbOrTx;
  plan: PlanSnapshot;
  type: NoticeType;
  publicUrl: string;
  places: NoticePlaces;
  now?: Date;
}): Promise<{
  source: NoticeSource;
  municipalityCode: string | null;
  regionCode: string | null;
  ownMunicipality: boolean;
}> {
  const { db, plan, type } = options;
  const [organisation] = await db
    .select()
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, plan.organisationId));
  const own = await findMunicipality(db, organisation?.municipalityCode);
  const municipality = own ?? (await findMunicipality(db, options.places.municipalityCode));
  const regionCode = (await findRegionNuts(db, options.places.regionCode))
    ? (options.places.regionCode ?? null)
    : (municipality?.regionCode ?? null);
  const buyerNuts = await findRegionNuts(db, municipality?.regionCode);
  const placeNuts = await findRegionNuts(db, regionCode);
  const name = organisation?.name ?? "";
  const source: NoticeSource = {
    noticeId: noticeIdFor(plan.id, type),
    issuedAt: options.now ?? new Date(),
    buyer: {
      name: { fi: name, sv: organisation?.nameSv ?? name, en: organisation?.nameEn ?? name },
      yTunnus: organisation?.yTunnus ?? null,
      kind: organisation?.kind ?? "contracting-authority",
      city: municipality
        ? { fi: municipality.nameFi, sv: municipality.nameSv, en: municipality.nameFi }
        : null,
      nuts3: buyerNuts,
      contactName: plan.contactName,
      contactEmail: plan.contactEmail,
      contactPhone: plan.contactPhone,
    },
    plan: {
      id: plan.id,
      url: `${options.publicUrl}/${plan.title.fi ? "fi" : "sv"}/plans/${plan.id}`,
      // The languages the plan has both its title and its need in: eForms wants every text in every
      // notice language, and a Finnish need under a bilingual title makes a Finnish notice.
      languages: noticeLanguagesOf(plan),
      title: plan.title,
      description: plan.need,
      mainCpv: plan.mainCpv,
      additionalCpv: plan.additionalCpv,
      estimatedValueEur: plan.estimatedValueEur,
      lots: plan.isDividedIntoLots
        ? plan.lots.map((lot) => ({
            number: lot.number,
            title: lot.title,
            // A lot written before lots had descriptions is described by its title.
            description: present(lot.description ?? null) ?? lot.title,
            mainCpv: lot.mainCpv ?? plan.mainCpv,
            estimatedValueEur: lot.estimatedValueEur,
          }))
        : [],
      noLotsReason: plan.isDividedIntoLots ? null : present(plan.noLotsReason),
      placeNuts3: placeNuts,
      strategicProcurement: strategicCodes(plan),
      tenderYear: plan.tenderYear,
      tenderQuarter: plan.tenderQuarter,
      tenderMonth: plan.tenderMonth,
      dialogueStart: plan.dialogueStart,
      dialogueEnd: plan.dialogueEnd,
      contractStart: plan.contractStart,
      contractDurationMonths: plan.contractDurationMonths,
    },
  };
  return { source, municipalityCode: municipality?.code ?? null, regionCode, ownMunicipality: own !== null };
}
