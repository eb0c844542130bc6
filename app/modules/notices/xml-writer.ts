import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { withoutXmlForbidden } from "../../lib/clean-text.ts";

// A thin layer over xmlbuilder2 so the eForms mapping reads as rows: one element per line, the namespace
// taken from the prefix, empty values left out (eForms rejects empty elements), and every text and
// attribute cleaned of what XML 1.0 cannot hold before xmlbuilder2 escapes it.

/** The namespaces of a UBL PriorInformationNotice with the eForms extensions, by the prefixes eForms uses. */
export const eformsNamespaces = {
  ext: "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  efext: "http://data.europa.eu/p27/eforms-ubl-extensions/1",
  efbc: "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
  efac: "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
} as const;

const noticeNamespace = "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2";

type Prefix = keyof typeof eformsNamespaces;
type QName = `${Prefix}:${string}`;
type Attributes = Record<string, string>;

/** One text in one language: the eForms three-letter code (FIN, SWE, ENG) and the text. */
export type LanguageText = { languageID: string; text: string };

/** An element being written; each method adds children in call order, which must be the XSD's order. */
export class XmlElementWriter {
  readonly #node: XMLBuilder;

  constructor(node: XMLBuilder) {
    this.#node = node;
  }

  /** A child element with children written by `build`. */
  el(name: QName, build: (child: XmlElementWriter) => void, attributes: Attributes = {}): this {
    build(new XmlElementWriter(this.#add(name, attributes)));
    return this;
  }

  /** A child element holding text; nothing when the value is null, undefined or empty after cleaning. */
  text(name: QName, value: string | number | null | undefined, attributes: Attributes = {}): this {
    if (value === null || value === undefined) return this;
    const clean = withoutXmlForbidden(String(value));
    if (clean.trim() === "") return this;
    this.#add(name, attributes).txt(clean);
    return this;
  }

  /** One element per language, each with its languageID (eForms multilingual text). */
  texts(name: QName, values: LanguageText[]): this {
    for (const { languageID, text } of values) this.text(name, text, { languageID });
    return this;
  }

  /** Writes `build` for each item, in order. */
  each<T>(items: readonly T[], build: (writer: this, item: T, index: number) => void): this {
    for (const [index, item] of items.entries()) build(this, item, index);
    return this;
  }

  /** Writes `build` with the value only when there is one (an optional group of elements). */
  when<T>(value: T | null | undefined | false, build: (writer: this, value: T) => void): this {
    if (value !== null && value !== undefined && value !== false) build(this, value);
    return this;
  }

  #add(name: QName, attributes: Attributes): XMLBuilder {
    const prefix = name.slice(0, name.indexOf(":")) as Prefix;
    const clean = Object.fromEntries(
      Object.entries(attributes).map(([key, value]) => [key, withoutXmlForbidden(value)]),
    );
    return this.#node.ele(eformsNamespaces[prefix], name, clean);
  }
}

/**
 * A PriorInformationNotice document: `build` writes the root's children; the result is indented UTF-8.
 * @example writePriorInformationNotice((root) => root.text("cbc:UBLVersionID", "2.3"))
 */
export function writePriorInformationNotice(build: (root: XmlElementWriter) => void): string {
  const namespaceDeclarations = Object.fromEntries(
    Object.entries(eformsNamespaces).map(([prefix, uri]) => [`xmlns:${prefix}`, uri]),
  );
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(
    noticeNamespace,
    "PriorInformationNotice",
    namespaceDeclarations,
  );
  build(new XmlElementWriter(root));
  return `${root.end({ prettyPrint: true })}\n`;
}
