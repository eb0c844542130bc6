import { expect } from "vitest";
import { createOcdsValidators } from "./ocds-schemas.ts";
import type { TestServer } from "./test-server.ts";

/**
 * Reads a plan's OCDS record from the running server's API, checks it against the official record
 * package schema and returns the record's compiled release (its JSON text too, for leak checks).
 */
export async function readValidOcdsRecord(
  server: TestServer,
  planId: string,
): Promise<{ release: Record<string, any>; text: string }> {
  const ocid = `${server.services.ocdsOcidPrefix}-${planId}`;
  const response = await fetch(`${server.url}/api/v1/ocds/records/${ocid}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  const record = JSON.parse(text);
  expect(createOcdsValidators().recordPackageErrors(record)).toBe("");
  return { release: record.records[0].compiledRelease, text };
}
