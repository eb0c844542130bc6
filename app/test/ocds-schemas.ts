import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const folder = resolve("reference-data/ocds/1.1.5");
const read = (name: string) => JSON.parse(readFileSync(resolve(folder, name), "utf8"));

/**
 * Validators for the official OCDS 1.1.5 release-package and record-package schemas (JSON Schema draft-04).
 * The record package schema also names the versioned-release schema, which is not in the official download
 * we keep; our records carry no `versionedRelease`, so a stub that accepts nothing stands in for it and the
 * tests check that the field is absent.
 */
export function createOcdsValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read("release-schema.json"));
  ajv.addSchema({
    id: "https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json",
    not: {},
  });
  const releasePackage = ajv.compile(read("release-package-schema.json"));
  const recordPackage = ajv.compile(read("record-package-schema.json"));
  const describe = (errors: typeof releasePackage.errors) =>
    (errors ?? []).map((error) => `${error.instancePath} ${error.message}`).join("; ");
  return {
    /** Errors as one line, or "" when the document is a valid release package. */
    releasePackageErrors: (document: unknown) =>
      releasePackage(document) ? "" : describe(releasePackage.errors),
    recordPackageErrors: (document: unknown) =>
      recordPackage(document) ? "" : describe(recordPackage.errors),
  };
}
