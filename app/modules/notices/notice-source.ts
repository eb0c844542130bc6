import type { TextByLanguage } from "../../lib/pick-translation.ts";

// What an eForms notice is made from (issue 14): a plan, its organisation and where it can be read, as
// plain data. The notices module's queries fill it from the database; the mapping (eforms-mapping.ts)
// turns it into UBL XML and never reads the database itself, so fixtures are plain objects. Client-safe.

/** The notices a plan can become: E1 pre-market consultation, E2 voluntary prior information, PIN-only (subtype 4). */
export const noticeTypes = ["E1", "E2", "PIN"] as const;
export type NoticeType = (typeof noticeTypes)[number];

/** The languages a notice is written in: those a plan's title has, Finnish first. */
export type NoticeLanguage = "fi" | "sv" | "en";

export type NoticeSourceLot = {
  /** 1, 2, 3 … (the plan's lot number). */
  number: number;
  title: TextByLanguage;
  /** The lot's own description; null where the plan has none for the lot. */
  description: TextByLanguage | null;
  /** The lot's main CPV code (8 digits, without check digit); the plan's where the lot has none. */
  mainCpv: string;
  estimatedValueEur: number | null;
};

export type NoticeSource = {
  /** The notice identifier (BT-701), a UUID; the same for one plan and type until the notice is recorded. */
  noticeId: string;
  /** When the notice is written (BT-05): date and time. */
  issuedAt: Date;
  buyer: {
    /** The organisation's name per language (Finnish name, Swedish and English where known). */
    name: TextByLanguage;
    /** Y-tunnus, e.g. 0101263-6 (BT-501); null when the organisation has none on record. */
    yTunnus: string | null;
    /** Organisation kind: municipality | joint-procurement-unit | contracting-authority | … */
    kind: string;
    /** The town (BT-513): the municipality's name per language; null when unknown. */
    city: TextByLanguage | null;
    /** NUTS 3 code of the buyer's region (BT-507), e.g. FI1B1; null when unknown. */
    nuts3: string | null;
    /** The contact point (BT-502, BT-506, BT-503): the plan's contact person. */
    contactName: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
  };
  plan: {
    id: string;
    /** The public plan page (absolute https address): where to read more and how to take part. */
    url: string;
    languages: NoticeLanguage[];
    title: TextByLanguage;
    /** The need, written as the plan's description. */
    description: TextByLanguage;
    mainCpv: string;
    additionalCpv: string[];
    estimatedValueEur: number | null;
    /** Empty: the whole procurement as one part. */
    lots: NoticeSourceLot[];
    /** Why the procurement is not divided into lots (Hankintalaki 75 §), when it is not. */
    noLotsReason: TextByLanguage | null;
    /** Place of performance (BT-5071): NUTS 3 code; null when unknown. */
    placeNuts3: string | null;
    /** eForms strategic-procurement codes (BT-06) from the plan's sustainability tags: env-imp, soc-obj, inn-pur. */
    strategicProcurement: string[];
    /** The planned call for tenders: year, quarter (1–4) and month (1–12) where known. */
    tenderYear: number | null;
    tenderQuarter: number | null;
    tenderMonth: number | null;
    /** The market dialogue window, ISO dates (YYYY-MM-DD). */
    dialogueStart: string | null;
    dialogueEnd: string | null;
    /** Planned contract start (ISO date) and duration in months. */
    contractStart: string | null;
    contractDurationMonths: number | null;
  };
};

/** Something a notice needs that the plan or organisation lacks: shown to the buyer, no XML given. */
export type MissingField = {
  /** What is missing, a stable code the pages translate (e.g. "buyer-nuts", "dialogue-end", "lot-title"). */
  code: string;
  /** The eForms business term(s) it fills, e.g. "BT-507". */
  businessTerm: string;
  /** Lot number, for a lot's field. */
  lot?: number;
  /** The notice language the text is missing in, for a text eForms wants in every notice language. */
  language?: NoticeLanguage;
};
