import {
  buyerLegalType,
  contractNature,
  eformsLanguageCodes,
  eurAmount,
  helsinkiDateAndTime,
  helsinkiDay,
  isCpvCode,
  namesIn,
  noticeKinds,
  noticeLanguages,
  partId,
  plannedTenderDate,
  textIn,
  textsIn,
} from "./eforms-values.ts";
import type { NoticeLanguage, NoticeSource, NoticeSourceLot, NoticeType } from "./notice-source.ts";
import { type LanguageText, writePriorInformationNotice, type XmlElementWriter } from "./xml-writer.ts";

// Plan → eForms (issue 14), field by field. Each row writes one element and names its Business Term
// (BT-…) or, where eForms has no BT, its technical field (OPP/OPT). The rows follow the UBL 2.3 XSD
// sequence, which the validator enforces: moving a row out of order makes the notice invalid.
// Values are derived in eforms-values.ts; what a row needs but the plan lacks is reported by
// find-missing-fields.ts before this runs, so here an absent value simply writes nothing.

/** The organisation id of the buyer within the notice (OPT-200); the buyer is the only organisation. */
const buyerOrganisationId = "ORG-0001";

/**
 * BT-01(f) local legal basis of E1 and E2 (voluntary notices outside the directives): the Finnish
 * Procurement Act. Its official names are legal identifiers, not interface text.
 */
const localLegalBasis: Record<NoticeLanguage, string> = {
  fi: "Laki julkisista hankinnoista ja käyttöoikeussopimuksista (1397/2016)",
  sv: "Lag om offentlig upphandling och koncession (1397/2016)",
  en: "Act on Public Procurement and Concession Contracts (1397/2016)",
};

/** One lot or part as the notice writes it: a plan lot, or the whole procurement when it has none. */
type NoticePart = {
  title: LanguageText[];
  description: LanguageText[];
  mainCpv: string;
  estimatedValueEur: number | null;
};

/**
 * The eForms UBL XML (SDK 1.15, PriorInformationNotice) of one notice type for a plan. Call
 * findMissingFields first: a field the plan lacks is left out here, which the validator then rejects.
 * @example buildNoticeXml("E2", source).startsWith('<?xml version="1.0" encoding="UTF-8"?>') // true
 */
export function buildNoticeXml(type: NoticeType, source: NoticeSource): string {
  const { plan, buyer } = source;
  const kind = noticeKinds[type];
  const languages = noticeLanguages(source);
  const [mainLanguage, ...otherLanguages] = languages;
  const issued = helsinkiDateAndTime(source.issuedAt);
  const plannedDate = plannedTenderDate(plan, source.issuedAt);
  const parts = noticeParts(source, languages);

  return writePriorInformationNotice((notice) =>
    notice
      .el("ext:UBLExtensions", (extensions) =>
        extensions.el("ext:UBLExtension", (extension) =>
          extension.el("ext:ExtensionContent", (content) =>
            content.el("efext:EformsExtension", (eforms) =>
              eforms
                .el(
                  "efac:NoticeSubType",
                  (subtype) => subtype.text("cbc:SubTypeCode", kind.subtype, { listName: "notice-subtype" }), // OPP-070 notice subtype
                )
                .el("efac:Organizations", (organisations) =>
                  organisations.el("efac:Organization", (organisation) =>
                    organisation.el("efac:Company", (company) => writeBuyer(company, source, languages)),
                  ),
                ),
            ),
          ),
        ),
      )
      .text("cbc:UBLVersionID", "2.3") // OPT-001 UBL version
      .text("cbc:CustomizationID", "eforms-sdk-1.15") // OPT-002 eForms SDK version
      .text("cbc:ID", source.noticeId, { schemeName: "notice-id" }) // BT-701 notice identifier
      .text("cbc:IssueDate", issued.date) // BT-05(a) dispatch date, Helsinki offset
      .text("cbc:IssueTime", issued.time) // BT-05(b) dispatch time
      .text("cbc:VersionID", "01") // BT-757 notice version
      .text("cbc:PlannedDate", plannedDate && helsinkiDay(plannedDate)) // BT-127 future notice (planned call for tenders)
      .text("cbc:RegulatoryDomain", kind.regulatoryDomain) // BT-01 legal basis
      .text("cbc:NoticeTypeCode", kind.code, { listName: kind.listName }) // BT-02 notice type, BT-03 form type
      .text("cbc:NoticeLanguageCode", mainLanguage && eformsLanguageCodes[mainLanguage]) // BT-702(a) notice language
      .each(otherLanguages, (root, language) =>
        root.el(
          "cac:AdditionalNoticeLanguage",
          (additional) => additional.text("cbc:ID", eformsLanguageCodes[language]), // BT-702(b) other notice languages
        ),
      )
      .el("cac:ContractingParty", (party) =>
        party
          .el(
            "cac:ContractingPartyType",
            (partyType) =>
              partyType.text("cbc:PartyTypeCode", buyerLegalType(buyer.kind), {
                listName: "buyer-legal-type",
              }), // BT-11 buyer legal type
          )
          .el(
            "cac:ContractingActivity",
            (activity) =>
              activity.text("cbc:ActivityTypeCode", "gen-pub", { listName: "authority-activity" }), // BT-10 activity: general public services
          )
          .el("cac:Party", (partyRef) =>
            partyRef.el(
              "cac:PartyIdentification",
              (id) => id.text("cbc:ID", buyerOrganisationId, { schemeName: "organization" }), // OPT-300 buyer → ORG-0001
            ),
          ),
      )
      // Only outside the directives (E1, E2) is the legal basis national and named here.
      .when(kind.regulatoryDomain === "other" && localLegalBasis, (root, basis) =>
        root.el("cac:TenderingTerms", (terms) =>
          terms.el(
            "cac:ProcurementLegislationDocumentReference",
            (law) =>
              law
                .text("cbc:ID", "LocalLegalBasis") // BT-01(e) legal basis without an ELI: local
                .texts("cbc:DocumentDescription", textsIn(basis, languages, "single-line")), // BT-01(f) local legal basis, named
          ),
        ),
      )
      .el("cac:ProcurementProject", (project) =>
        project
          .text("cbc:ID", plan.id, { schemeName: "InternalID" }) // BT-22 internal identifier: the plan's id
          .texts("cbc:Name", textsIn(plan.title, languages, "single-line")) // BT-21 title
          .texts("cbc:Description", textsIn(plan.description, languages, "multi-line")) // BT-24 description
          .text("cbc:ProcurementTypeCode", contractNature(plan.mainCpv), { listName: "contract-nature" }) // BT-23 main nature
          .texts("cbc:Note", procedureNotes(source, languages)) // BT-300 additional information
          .when(plan.estimatedValueEur, (p, value) =>
            p.el(
              "cac:RequestedTenderTotal",
              (total) =>
                total.text("cbc:EstimatedOverallContractAmount", eurAmount(value), { currencyID: "EUR" }), // BT-27 estimated value
            ),
          )
          .el(
            "cac:MainCommodityClassification",
            (cpv) => cpv.text("cbc:ItemClassificationCode", plan.mainCpv, { listName: "cpv" }), // BT-262 main CPV
          )
          // Reference data holds only valid codes; a malformed one would make the whole notice invalid.
          .each(plan.additionalCpv.filter(isCpvCode), (p, code) =>
            p.el(
              "cac:AdditionalCommodityClassification",
              (cpv) => cpv.text("cbc:ItemClassificationCode", code, { listName: "cpv" }), // BT-263 additional CPV
            ),
          )
          .el("cac:RealizedLocation", (place) => writePlace(place, source)),
      )
      .each(parts, (root, part, index) =>
        root.el("cac:ProcurementProjectLot", (lot) => writePart(lot, type, source, languages, part, index)),
      ),
  );
}

/** The buyer as eForms' efac:Company: the rows of section "Organisations". */
function writeBuyer(company: XmlElementWriter, source: NoticeSource, languages: NoticeLanguage[]): void {
  const { buyer } = source;
  // BT-505 (the buyer's internet address) is left out: we do not know the organisation's own site, and
  // this service's address would name the wrong organisation.
  company
    .el(
      "cac:PartyIdentification",
      (id) => id.text("cbc:ID", buyerOrganisationId, { schemeName: "organization" }), // OPT-200 organisation id
    )
    .each(
      namesIn(buyer.name, languages),
      (c, name) => c.el("cac:PartyName", (partyName) => partyName.texts("cbc:Name", [name])), // BT-500 name, one per language
    )
    .el("cac:PostalAddress", (address) =>
      address
        .text("cbc:CityName", namesIn(buyer.city, languages)[0]?.text) // BT-513 town, in the main language
        .text("cbc:CountrySubentityCode", buyer.nuts3, { listName: "nuts" }) // BT-507 country subdivision (NUTS 3)
        .el(
          "cac:Country",
          (country) => country.text("cbc:IdentificationCode", "FIN", { listName: "country" }), // BT-514 country
        ),
    )
    .each(
      buyer.yTunnus ? [buyer.yTunnus] : [],
      (c, yTunnus) => c.el("cac:PartyLegalEntity", (entity) => entity.text("cbc:CompanyID", yTunnus)), // BT-501 registration number (Y-tunnus)
    )
    .el(
      "cac:Contact",
      (contact) =>
        contact
          .text("cbc:Name", buyer.contactName) // BT-502 contact point
          .text("cbc:Telephone", buyer.contactPhone) // BT-503 telephone
          .text("cbc:ElectronicMail", buyer.contactEmail), // BT-506 e-mail
    );
}

/** Place of performance: the plan's NUTS 3 region in Finland. */
function writePlace(place: XmlElementWriter, source: NoticeSource): void {
  place.el("cac:Address", (address) =>
    address
      .text("cbc:CountrySubentityCode", source.plan.placeNuts3, { listName: "nuts" }) // BT-5071 place of performance (NUTS 3)
      .el(
        "cac:Country",
        (country) => country.text("cbc:IdentificationCode", "FIN", { listName: "country" }), // BT-5141 country of performance
      ),
  );
}

/** A lot (E1) or part (E2, PIN) with its own title, description, CPV and value. */
function writePart(
  lot: XmlElementWriter,
  type: NoticeType,
  source: NoticeSource,
  languages: NoticeLanguage[],
  part: NoticePart,
  index: number,
): void {
  const { plan } = source;
  const scheme = noticeKinds[type].partScheme;
  lot.text("cbc:ID", partId(type, index), { schemeName: scheme }); // BT-137 lot / part identifier
  // E1 only: the consultation's own terms (where and until when to answer); parts of E2/PIN have none.
  if (type === "E1") {
    lot
      .el("cac:TenderingTerms", (terms) =>
        terms
          .el(
            "cac:TenderRecipientParty",
            (recipient) => recipient.text("cbc:EndpointID", plan.url), // BT-18 where to take part: the plan page
          )
          .each(
            languages,
            (t, language) => t.el("cac:Language", (l) => l.text("cbc:ID", eformsLanguageCodes[language])), // BT-97 languages of answers
          ),
      )
      .el("cac:TenderingProcess", (process) =>
        process.el("ext:UBLExtensions", (extensions) =>
          extensions.el("ext:UBLExtension", (extension) =>
            extension.el("ext:ExtensionContent", (content) =>
              content.el("efext:EformsExtension", (eforms) =>
                eforms.el(
                  "efac:AnswerReceptionPeriod",
                  (period) =>
                    period
                      .text("cbc:EndDate", plan.dialogueEnd && helsinkiDay(plan.dialogueEnd)) // BT-630(d) answers until: the dialogue's last day
                      .text(
                        "cbc:EndTime",
                        plan.dialogueEnd && `23:59:59${helsinkiDay(plan.dialogueEnd).slice(10)}`,
                      ), // BT-630(t) end of that day
                ),
              ),
            ),
          ),
        ),
      );
  }
  lot.el("cac:ProcurementProject", (project) =>
    project
      .texts("cbc:Name", part.title) // BT-21 lot / part title
      .texts("cbc:Description", part.description) // BT-24 lot / part description
      .text("cbc:ProcurementTypeCode", contractNature(part.mainCpv), { listName: "contract-nature" }) // BT-23 main nature
      .each(plan.strategicProcurement, (p, code) =>
        p.el(
          "cac:ProcurementAdditionalType",
          (additional) =>
            additional.text("cbc:ProcurementTypeCode", code, { listName: "strategic-procurement" }), // BT-06 strategic procurement
        ),
      )
      .when(part.estimatedValueEur, (p, value) =>
        p.el(
          "cac:RequestedTenderTotal",
          (total) =>
            total.text("cbc:EstimatedOverallContractAmount", eurAmount(value), { currencyID: "EUR" }), // BT-27 estimated value
        ),
      )
      .el(
        "cac:MainCommodityClassification",
        (cpv) => cpv.text("cbc:ItemClassificationCode", part.mainCpv, { listName: "cpv" }), // BT-262 main CPV
      )
      .el("cac:RealizedLocation", (place) => writePlace(place, source))
      .when(plannedPeriod(plan), (p, period) =>
        p.el(
          "cac:PlannedPeriod",
          (planned) =>
            planned
              .text("cbc:StartDate", period.start && helsinkiDay(period.start)) // BT-536 start date
              .text("cbc:DurationMeasure", period.months, { unitCode: "MONTH" }), // BT-36 duration
        ),
      ),
  );
}

/** BT-300: where the plan can be read (and taken part in), and why there are no lots, when there are none. */
function procedureNotes(source: NoticeSource, languages: NoticeLanguage[]): LanguageText[] {
  const { plan } = source;
  return languages.map((language) => {
    const reason = plan.lots.length === 0 ? textIn(plan.noLotsReason, language, "multi-line") : null;
    return {
      languageID: eformsLanguageCodes[language],
      text: reason ? `${plan.url}\n\n${reason}` : plan.url,
    };
  });
}

/** The plan's lots in number order, or the whole procurement as one when it has none. */
function noticeParts(source: NoticeSource, languages: NoticeLanguage[]): NoticePart[] {
  const { plan } = source;
  if (plan.lots.length === 0) {
    return [
      {
        title: textsIn(plan.title, languages, "single-line"),
        description: textsIn(plan.description, languages, "multi-line"),
        mainCpv: plan.mainCpv,
        estimatedValueEur: plan.estimatedValueEur,
      },
    ];
  }
  return [...plan.lots]
    .sort((a, b) => a.number - b.number)
    .map((lot: NoticeSourceLot) => ({
      title: textsIn(lot.title, languages, "single-line"),
      description: textsIn(lot.description, languages, "multi-line"),
      mainCpv: lot.mainCpv,
      estimatedValueEur: lot.estimatedValueEur,
    }));
}

/** BT-536 / BT-36: the planned contract start and duration, when the plan has either. */
function plannedPeriod(plan: NoticeSource["plan"]): { start: string | null; months: number | null } | null {
  if (plan.contractStart === null && plan.contractDurationMonths === null) return null;
  return { start: plan.contractStart, months: plan.contractDurationMonths };
}
