import { type ErrorDetail, XmlDocument, XmlLibError } from "libxml2-wasm";
import { priorInformationNoticeSchema } from "./eforms-schema.server.ts";
import { eformsNamespaces } from "./xml-writer.ts";

// A notice is checked twice: against the eForms XSD (structure, order, data types) and against the few
// eForms rules the XSD leaves optional but without which TED and Hilma refuse a notice. The second
// list is ours, not the full eForms Schematron: it catches a notice we would otherwise hand out empty.

export type NoticeValidationError = { line: number; message: string };
export type NoticeValidation = { valid: true } | { valid: false; errors: NoticeValidationError[] };

const extension = "/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension";
const company = `${extension}/efac:Organizations/efac:Organization/efac:Company`;

/** eForms-required elements: an XPath that must find something, and what to tell when it does not. */
const requiredElements: { xpath: string; message: string }[] = [
  {
    xpath: "/*/cbc:ID[@schemeName='notice-id'][normalize-space()]",
    message: "BT-701: the notice identifier (cbc:ID with schemeName notice-id) is missing",
  },
  {
    xpath: "/*/cbc:CustomizationID[starts-with(normalize-space(), 'eforms-sdk-')]",
    message: "OPT-002: the eForms SDK version (cbc:CustomizationID eforms-sdk-…) is missing",
  },
  {
    xpath: `${extension}/efac:NoticeSubType/cbc:SubTypeCode[@listName='notice-subtype'][normalize-space()]`,
    message: "OPP-070: the notice subtype (cbc:SubTypeCode with listName notice-subtype) is missing",
  },
  {
    xpath: "/*/cbc:NoticeLanguageCode[normalize-space()]",
    message: "BT-702: the notice language (cbc:NoticeLanguageCode) is missing",
  },
  {
    xpath: `${company}[cac:PartyName/cbc:Name[normalize-space()]][cac:PostalAddress/cac:Country/cbc:IdentificationCode[normalize-space()]]`,
    message: "BT-500, BT-514: no organisation (efac:Organization) with a name and a country",
  },
  {
    xpath: `/*/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID[normalize-space()][. = ${company}/cac:PartyIdentification/cbc:ID]`,
    message: "OPT-300: the buyer (cac:ContractingParty) does not refer to an organisation of the notice",
  },
  {
    xpath: "/*/cac:ProcurementProject/cbc:Name[normalize-space()]",
    message: "BT-21: the procedure's title (cac:ProcurementProject/cbc:Name) is missing",
  },
  {
    xpath:
      "/*/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode[normalize-space()]",
    message: "BT-262: the procedure's main CPV code is missing",
  },
  {
    xpath: "/*/cac:ProcurementProjectLot",
    message: "BT-137: the notice has no lot or part (cac:ProcurementProjectLot)",
  },
];

/**
 * Whether an eForms PriorInformationNotice is valid: the XSD and our eForms-required checks, every
 * problem with its line. Never throws: XML that does not parse is invalid with the parser's messages.
 * @example validateNoticeXml("<notice") // { valid: false, errors: [{ line: 1, message: "…" }] }
 */
export function validateNoticeXml(xml: string): NoticeValidation {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (error) {
    return { valid: false, errors: errorsOf(error, "The notice is not well-formed XML") };
  }
  try {
    const errors = [...schemaErrors(doc), ...missingElements(doc)];
    return errors.length === 0 ? { valid: true } : { valid: false, errors };
  } finally {
    doc.dispose();
  }
}

function schemaErrors(doc: XmlDocument): NoticeValidationError[] {
  try {
    priorInformationNoticeSchema().validate(doc);
    return [];
  } catch (error) {
    return errorsOf(error, "The notice does not match the eForms schema");
  }
}

function missingElements(doc: XmlDocument): NoticeValidationError[] {
  const line = doc.root.line;
  return requiredElements
    .filter(({ xpath }) => doc.find(xpath, eformsNamespaces).length === 0)
    .map(({ message }) => ({ line, message }));
}

/** libxml2's details (one per problem, with line) or, for anything else, one message. */
function errorsOf(error: unknown, fallback: string): NoticeValidationError[] {
  const details: ErrorDetail[] = error instanceof XmlLibError ? error.details : [];
  if (details.length > 0) return details.map((d) => ({ line: d.line, message: withPrefixes(d.message) }));
  const message = error instanceof Error && error.message.trim() !== "" ? error.message.trim() : fallback;
  return [{ line: 0, message }];
}

const noticeNamespace = "{urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2}";

/** libxml2 names elements as {namespace}Name; a reader knows them as cbc:Name. */
function withPrefixes(message: string): string {
  let readable = message.trim().replaceAll(noticeNamespace, "");
  for (const [prefix, uri] of Object.entries(eformsNamespaces))
    readable = readable.replaceAll(`{${uri}}`, `${prefix}:`);
  return readable;
}
