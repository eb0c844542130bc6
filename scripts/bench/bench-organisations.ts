// The benchmark's organisations: real Finnish municipalities from reference-data (bilingual ones write
// Swedish titles too) and a joint procurement unit per region, with plan counts skewed like real life
// (a few large cities plan much more than small municipalities).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DemoRegionOrganisation } from "../../app/modules/demo/demo-organisations.ts";
import type { Random } from "../../app/modules/demo/demo-plans.ts";

export type BenchOrganisation = DemoRegionOrganisation & { regionCode: string };

const firstNames = ["Anna", "Mikko", "Laura", "Jari", "Sanna", "Timo", "Minna", "Ville", "Eeva", "Johan"];
const lastNames = ["Virtanen", "Korhonen", "Nieminen", "Mäkelä", "Lindholm", "Heikkinen", "Salonen", "Laine"];
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-");

type MunicipalityRow = { code: string; fi: string; sv: string; regionCode: string; language: string };

function readMunicipalities(): MunicipalityRow[] {
  return readFileSync(resolve("reference-data/municipalities-fi.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [code = "", fi = "", sv = "", regionCode = "", language = ""] = line.split(",");
      return { code, fi, sv, regionCode, language };
    });
}

/** `count` organisations (municipalities first, one joint unit per region) sharing `totalPlans`. */
export function generateBenchOrganisations(
  random: Random,
  { count, totalPlans }: { count: number; totalPlans: number },
): BenchOrganisation[] {
  const municipalities = readMunicipalities();
  const regions = [...new Set(municipalities.map((m) => m.regionCode))];
  const jointCount = Math.min(regions.length, Math.floor(count / 15));
  const chosen = municipalities.slice(0, count - jointCount);
  const weights = [...chosen.map(() => random.next() ** 3), ...regions.slice(0, jointCount).map(() => 0.3)];
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const planCount = (index: number) =>
    Math.max(1, Math.round(((weights[index] ?? 0) / weightSum) * totalPlans));
  const person = (domain: string) => {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    return {
      name,
      email: `${slugOf(name).replace(/-/g, ".")}@${domain}`,
      phone: `+358 40 ${random.int(1000000, 9999999)}`,
    };
  };
  const goals = [
    { fi: "Hiilineutraali kunta vuoteen 2035 mennessä", sv: "Kolneutral kommun före 2035" },
    { fi: "Elinvoimainen yritysympäristö", sv: "Livskraftigt näringsliv" },
    { fi: "Laadukkaat ja kustannustehokkaat palvelut", sv: "Högklassiga och kostnadseffektiva tjänster" },
  ];
  const organisations: BenchOrganisation[] = chosen.map((m, index) => {
    const domain = `${slugOf(m.fi)}.example`;
    return {
      key: `bench-${m.code}`,
      name: m.fi,
      kind: "municipality",
      municipalityCode: m.code,
      regionCode: m.regionCode,
      bilingual: m.language.includes("sv"),
      englishShare: 0.03,
      planCount: planCount(index),
      districts: [1, 2, 3].map((n) => ({ fi: `${m.fi}, alue ${n}`, sv: `${m.sv}, område ${n}` })),
      contacts: [person(domain), person(domain)],
      strategyGoals: goals,
    };
  });
  regions.slice(0, jointCount).forEach((regionCode, offset) => {
    organisations.push({
      key: `bench-joint-${regionCode}`,
      name: `Yhteishankintayksikkö ${regionCode}`,
      kind: "joint-procurement-unit",
      regionCode,
      bilingual: false,
      englishShare: 0,
      planCount: planCount(chosen.length + offset),
      districts: [{ fi: `seutu ${regionCode}`, sv: `region ${regionCode}` }],
      contacts: [person(`yhteishankinnat-${regionCode}.example`)],
      strategyGoals: goals,
    });
  });
  return organisations;
}
