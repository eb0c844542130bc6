import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  XmlBufferInputProvider,
  XmlDocument,
  XsdValidator,
  type XsdValidator as XsdValidatorType,
  xmlRegisterInputProvider,
} from "libxml2-wasm";

// The eForms SDK 1.15 XSDs (assets/eforms, CC BY 4.0), compiled once per process on first use (about
// 0.1 s) and kept: a validator is reused across notices. libxml2 reads the schema's imports through an
// input provider serving our copies under an "eforms:/" address, so it never looks anywhere else.

const schemaFolders = ["common", "maindoc"] as const;
const mainSchema = "eforms:/maindoc/UBL-PriorInformationNotice-2.3.xsd";

let validator: XsdValidatorType | null = null;

/** Every .xsd under assets/eforms/{common,maindoc}, by its eforms:/ address; read relative to the cwd. */
function readSchemaFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const folder of schemaFolders) {
    const dir = resolve("assets/eforms", folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".xsd"))) {
      files[`eforms:/${folder}/${name}`] = new Uint8Array(readFileSync(resolve(dir, name)));
    }
  }
  return files;
}

/**
 * The compiled PriorInformationNotice schema, compiled on the first call.
 * @example priorInformationNoticeSchema().validate(doc) // throws XmlValidateError when invalid
 */
export function priorInformationNoticeSchema(): XsdValidatorType {
  if (validator) return validator;
  const files = readSchemaFiles();
  const main = files[mainSchema];
  if (!main) throw new Error(`The eForms schema ${mainSchema} is missing from assets/eforms`);
  xmlRegisterInputProvider(new XmlBufferInputProvider(files));
  // Kept for the life of the process with the validator: libxml2 does not promise the compiled schema
  // no longer points into the document it was parsed from.
  const schemaDoc = XmlDocument.fromBuffer(main, { url: mainSchema });
  validator = XsdValidator.fromDoc(schemaDoc);
  return validator;
}
