/**
 * The demo region: ten Uusimaa municipalities and their joint procurement unit, with what the plan
 * generator needs to write like them (districts, contact persons, strategy goals, languages).
 * Municipality codes are those of reference-data/municipalities-fi.csv.
 */

type Words = { fi: string; sv: string };

export type DemoRegionOrganisation = {
  key: string;
  name: string;
  kind: "municipality" | "joint-procurement-unit";
  municipalityCode?: string;
  /** Officially bilingual: the plans get Swedish titles, often a Swedish need text too. */
  bilingual: boolean;
  /** Share of plans that are also written in English (0–1). */
  englishShare: number;
  planCount: number;
  districts: Words[];
  contacts: { name: string; email: string; phone: string }[];
  strategyGoals: Words[];
};

const sharedGoals: Words[] = [
  { fi: "Hiilineutraali kunta vuoteen 2035 mennessä", sv: "Kolneutral kommun före 2035" },
  {
    fi: "Elinvoimainen yritysympäristö ja pk-yritysten osallistuminen",
    sv: "Livskraftigt näringsliv och små företags deltagande",
  },
  { fi: "Lapsi- ja nuorisoystävällinen kunta", sv: "En barn- och ungdomsvänlig kommun" },
  { fi: "Laadukkaat ja kustannustehokkaat palvelut", sv: "Högklassiga och kostnadseffektiva tjänster" },
];

/** The new municipalities of the region; Espoo, Porvoo and the joint unit are in demo-data.ts. */
export const regionMunicipalities: { key: string; name: string; municipalityCode: string }[] = [
  { key: "helsinki", name: "Helsingin kaupunki", municipalityCode: "091" },
  { key: "vantaa", name: "Vantaan kaupunki", municipalityCode: "092" },
  { key: "kauniainen", name: "Kauniaisten kaupunki", municipalityCode: "235" },
  { key: "kirkkonummi", name: "Kirkkonummen kunta", municipalityCode: "257" },
  { key: "kerava", name: "Keravan kaupunki", municipalityCode: "245" },
  { key: "jarvenpaa", name: "Järvenpään kaupunki", municipalityCode: "186" },
  { key: "tuusula", name: "Tuusulan kunta", municipalityCode: "858" },
  { key: "sipoo", name: "Sipoon kunta", municipalityCode: "753" },
];

const contact = (name: string, domain: string, phone: string) => ({
  name,
  email: `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ /g, ".")}@${domain}`,
  phone,
});

/** Planning profile of every buying organisation of the region, by organisation key (= slug). */
export const demoPlanningProfiles: DemoRegionOrganisation[] = [
  {
    key: "helsinki",
    name: "Helsingin kaupunki",
    kind: "municipality",
    municipalityCode: "091",
    bilingual: true,
    englishShare: 0.2,
    planCount: 60,
    districts: [
      { fi: "Kallio", sv: "Berghäll" },
      { fi: "Vuosaari", sv: "Nordsjö" },
      { fi: "Malmi", sv: "Malm" },
      { fi: "Lauttasaari", sv: "Drumsö" },
      { fi: "Herttoniemi", sv: "Hertonäs" },
      { fi: "Kannelmäki", sv: "Gamlas" },
    ],
    contacts: [
      contact("Laura Virtanen", "hel.example", "+358 9 310 10001"),
      contact("Mikko Nieminen", "hel.example", "+358 9 310 10002"),
      contact("Anna Lindholm", "hel.example", "+358 9 310 10003"),
    ],
    strategyGoals: [
      { fi: "Hiilineutraali Helsinki 2030", sv: "Kolneutrala Helsingfors 2030" },
      ...sharedGoals,
    ],
  },
  {
    key: "espoo",
    name: "Espoon kaupunki",
    kind: "municipality",
    municipalityCode: "049",
    bilingual: true,
    englishShare: 0.15,
    planCount: 45,
    districts: [
      { fi: "Tapiola", sv: "Hagalund" },
      { fi: "Leppävaara", sv: "Alberga" },
      { fi: "Matinkylä", sv: "Mattby" },
      { fi: "Espoon keskus", sv: "Esbo centrum" },
      { fi: "Espoonlahti", sv: "Esboviken" },
    ],
    contacts: [
      contact("Helmi Hankkija", "espoo.example", "+358 9 816 20001"),
      contact("Aino Asiantuntija", "espoo.example", "+358 9 816 20002"),
    ],
    strategyGoals: [
      { fi: "Espoo-tarina: kestävä kasvu", sv: "Esboberättelsen: hållbar tillväxt" },
      ...sharedGoals,
    ],
  },
  {
    key: "vantaa",
    name: "Vantaan kaupunki",
    kind: "municipality",
    municipalityCode: "092",
    bilingual: true,
    englishShare: 0.05,
    planCount: 40,
    districts: [
      { fi: "Tikkurila", sv: "Dickursby" },
      { fi: "Myyrmäki", sv: "Myrbacka" },
      { fi: "Korso", sv: "Korso" },
      { fi: "Hakunila", sv: "Håkansböle" },
      { fi: "Koivukylä", sv: "Björkby" },
    ],
    contacts: [
      contact("Jari Korhonen", "vantaa.example", "+358 9 839 30001"),
      contact("Sanna Mäkelä", "vantaa.example", "+358 9 839 30002"),
    ],
    strategyGoals: sharedGoals,
  },
  {
    key: "kauniainen",
    name: "Kauniaisten kaupunki",
    kind: "municipality",
    municipalityCode: "235",
    bilingual: true,
    englishShare: 0,
    planCount: 8,
    districts: [{ fi: "keskusta", sv: "centrum" }],
    contacts: [contact("Eva Holmström", "kauniainen.example", "+358 9 505 40001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "kirkkonummi",
    name: "Kirkkonummen kunta",
    kind: "municipality",
    municipalityCode: "257",
    bilingual: true,
    englishShare: 0,
    planCount: 18,
    districts: [
      { fi: "Masala", sv: "Masaby" },
      { fi: "Veikkola", sv: "Veikkola" },
      { fi: "kirkonkylä", sv: "kyrkby" },
    ],
    contacts: [contact("Timo Lehtinen", "kirkkonummi.example", "+358 9 2967 5001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "porvoo",
    name: "Porvoon kaupunki",
    kind: "municipality",
    municipalityCode: "638",
    bilingual: true,
    englishShare: 0,
    planCount: 20,
    districts: [
      { fi: "keskusta", sv: "centrum" },
      { fi: "Gammelbacka", sv: "Gammelbacka" },
      { fi: "Hamari", sv: "Hammars" },
      { fi: "Kerkkoo", sv: "Kerko" },
    ],
    contacts: [
      contact("Sara Svensson", "porvoo.example", "+358 19 520 6001"),
      contact("Johan Granholm", "porvoo.example", "+358 19 520 6002"),
    ],
    strategyGoals: sharedGoals,
  },
  {
    key: "kerava",
    name: "Keravan kaupunki",
    kind: "municipality",
    municipalityCode: "245",
    bilingual: false,
    englishShare: 0,
    planCount: 15,
    districts: [
      { fi: "Ahjo", sv: "Ahjo" },
      { fi: "Kaleva", sv: "Kaleva" },
      { fi: "Savio", sv: "Savio" },
    ],
    contacts: [contact("Petri Salonen", "kerava.example", "+358 9 2949 7001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "jarvenpaa",
    name: "Järvenpään kaupunki",
    kind: "municipality",
    municipalityCode: "186",
    bilingual: false,
    englishShare: 0,
    planCount: 15,
    districts: [
      { fi: "Haarajoki", sv: "Haarajoki" },
      { fi: "Kyrölä", sv: "Kyrölä" },
      { fi: "keskusta", sv: "centrum" },
    ],
    contacts: [contact("Minna Heikkinen", "jarvenpaa.example", "+358 9 2719 8001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "tuusula",
    name: "Tuusulan kunta",
    kind: "municipality",
    municipalityCode: "858",
    bilingual: false,
    englishShare: 0,
    planCount: 15,
    districts: [
      { fi: "Hyrylä", sv: "Hyrylä" },
      { fi: "Jokela", sv: "Jokela" },
      { fi: "Kellokoski", sv: "Mariefors" },
    ],
    contacts: [contact("Ville Rantanen", "tuusula.example", "+358 9 8718 9001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "sipoo",
    name: "Sipoon kunta",
    kind: "municipality",
    municipalityCode: "753",
    bilingual: true,
    englishShare: 0,
    planCount: 12,
    districts: [
      { fi: "Nikkilä", sv: "Nickby" },
      { fi: "Söderkulla", sv: "Söderkulla" },
      { fi: "Talma", sv: "Talma" },
    ],
    contacts: [contact("Linda Åberg", "sipoo.example", "+358 9 2353 1001")],
    strategyGoals: sharedGoals,
  },
  {
    key: "joint",
    name: "Uudenmaan yhteishankinnat",
    kind: "joint-procurement-unit",
    bilingual: true,
    englishShare: 0.1,
    planCount: 25,
    districts: [{ fi: "Uusimaa", sv: "Nyland" }],
    contacts: [
      contact("Helmi Hankkija", "yhteishankinnat.example", "+358 40 100 2001"),
      contact("Kari Laine", "yhteishankinnat.example", "+358 40 100 2002"),
    ],
    strategyGoals: sharedGoals,
  },
];
