import { type OcdsRelease, ocdsExtensions } from "./ocds-release.ts";

/** The data licence of everything the API serves. */
export const dataLicense = "https://creativecommons.org/licenses/by/4.0/";
export const dataLicenseName = "CC BY 4.0";

type PackageMeta = { uri: string; publicUrl: string; publishedDate: Date };

function packageMetadata({ uri, publicUrl, publishedDate }: PackageMeta) {
  return {
    uri,
    version: "1.1",
    extensions: ocdsExtensions,
    publishedDate: publishedDate.toISOString(),
    publisher: { name: "Hankintasilta", uri: publicUrl },
    license: dataLicense,
    publicationPolicy: `${publicUrl}/en/api`,
  };
}

/** A release package; `next` is the URL of the following page when there is one. */
export function releasePackage(meta: PackageMeta & { releases: OcdsRelease[]; next: string | null }) {
  return {
    ...packageMetadata(meta),
    releases: meta.releases,
    ...(meta.next ? { links: { next: meta.next } } : {}),
  };
}

/** A record package with one record: every release of the process and the compiled release. */
export function recordPackage(meta: PackageMeta & { releases: OcdsRelease[] }) {
  const latest = meta.releases[meta.releases.length - 1];
  if (!latest) throw new Error("a record needs at least one release");
  return {
    ...packageMetadata(meta),
    records: [
      {
        ocid: latest.ocid,
        releases: meta.releases,
        compiledRelease: { ...latest, id: `${latest.ocid}-compiled`, tag: ["compiled"] },
      },
    ],
  };
}
