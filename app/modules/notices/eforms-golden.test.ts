import { describe, expect, it } from "vitest";
import { buildNoticeXml } from "./eforms-mapping.ts";
import { goldenSources } from "./fixtures/sources.ts";
import { noticeTypes } from "./notice-source.ts";
import { validateNoticeXml } from "./validate-notice.server.ts";

// The whole notice, byte for byte, against a committed file: any change to the mapping shows here as a
// diff a reviewer reads. After an intended change, rewrite the files with `npx vitest run -u` and
// review the diff of fixtures/expected-*.xml.

describe("eForms golden notices", () => {
  it.each(noticeTypes)("the %s notice equals its committed expected-<type>.xml", async (type) => {
    const xml = buildNoticeXml(type, goldenSources[type]);
    expect(validateNoticeXml(xml)).toEqual({ valid: true });
    await expect(xml).toMatchFileSnapshot(`./fixtures/expected-${type}.xml`);
  });
});
