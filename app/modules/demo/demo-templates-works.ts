import type { PlanTemplate } from "./demo-plan-template.ts";

const oneSite = {
  fi: "Urakka koskee yhtä kohdetta, ja sen jakaminen osiin lisäisi rajapintoja ja riskejä työmaalla.",
  sv: "Entreprenaden gäller ett objekt; en uppdelning skulle öka gränssnitten och riskerna på byggplatsen.",
};

/** Works: renovation, streets, bridges, lighting and pipes. */
export const worksTemplates: PlanTemplate[] = [
  {
    title: {
      fi: "Koulun peruskorjaus, {area}",
      sv: "Grundrenovering av skola, {area}",
      en: "School renovation, {area}",
    },
    need: {
      fi: "Koulurakennuksen talotekniikka ja julkisivut ovat käyttöikänsä lopussa ja sisäilmassa on ollut ongelmia. Peruskorjauksen jälkeen rakennuksen on palveltava vielä kolmekymmentä vuotta ja energiankulutuksen on laskettava puoleen. Urakkamuoto ratkaistaan markkinavuoropuhelun jälkeen.",
      sv: "Skolbyggnadens teknik och fasader är uttjänta. Efter renoveringen ska byggnaden tjäna i trettio år till och energiförbrukningen halveras.",
      en: "The school's building services and facades are at the end of their life; after renovation the building must serve thirty more years using half the energy.",
    },
    mainCpv: "45214200",
    additionalCpv: ["45453000", "45331000"],
    valueCategory: "works",
    value: [2_000_000, 18_000_000],
    durationMonths: 20,
    procedures: ["restricted", "competitive-dialogue", "open"],
    noLotsReason: oneSite,
    sustainability: [
      { list: "environmental-impact", code: "clim-mitig" },
      { list: "strategic-procurement", code: "env-imp" },
      { list: "social-objective", code: "work-cond" },
    ],
    employmentCondition: true,
  },
  {
    title: {
      fi: "Päiväkodin rakennusten muutostyöt, {area}",
      sv: "Ombyggnad av daghem, {area}",
      en: "Day-care centre alterations, {area}",
    },
    need: {
      fi: "Päiväkotiin tarvitaan kaksi uutta ryhmätilaa ja esteetön sisäänkäynti. Työt on tehtävä vaiheittain niin, että toiminta jatkuu koko rakentamisen ajan.",
      sv: "Daghemmet behöver två nya grupprum och en tillgänglig entré; arbetet görs i etapper medan verksamheten pågår.",
    },
    mainCpv: "45262700",
    valueCategory: "works",
    value: [200_000, 1_500_000],
    durationMonths: 8,
    procedures: ["open"],
    noLotsReason: oneSite,
    sustainability: [{ list: "accessibility", code: "inc" }],
  },
  {
    title: {
      fi: "Katujen ja siltojen korjausurakka, {area}",
      sv: "Reparation av gator och broar, {area}",
      en: "Street and bridge repairs, {area}",
    },
    need: {
      fi: "Alueen katujen päällysteet ja kaksi kevyen liikenteen siltaa ovat huonossa kunnossa. Korjaukset ajoitetaan kesäkaudelle, ja liikennejärjestelyt suunnitellaan niin, että koulureitit pysyvät turvallisina.",
      sv: "Gatubeläggningen och två gång- och cykelbroar i området är i dåligt skick; reparationerna görs under sommaren.",
    },
    mainCpv: "45233142",
    additionalCpv: ["45221119", "45233222"],
    valueCategory: "works",
    value: [400_000, 4_500_000],
    durationMonths: 6,
    procedures: ["open", "restricted"],
    lots: [
      { fi: "Katujen päällystys", sv: "Gatubeläggning", cpv: "45233220" },
      { fi: "Siltojen korjaus", sv: "Brorenovering", cpv: "45221000" },
    ],
    noLotsReason: oneSite,
    sustainability: [{ list: "environmental-impact", code: "circ-econ" }],
    employmentCondition: true,
  },
  {
    title: {
      fi: "Katuvalaistuksen uusiminen LED-valaisimiin, {area}",
      sv: "Förnyelse av gatubelysningen till LED, {area}",
      en: "Street lighting renewal to LED, {area}",
    },
    need: {
      fi: "Elohopeavalaisimet vaihdetaan LED-valaisimiin, joiden valotehoa voidaan ohjata ajan ja liikenteen mukaan. Tavoitteena on puolittaa katuvalaistuksen sähkönkulutus.",
      sv: "Kvicksilverarmaturerna byts till styrbara LED-armaturer för att halvera elförbrukningen.",
    },
    mainCpv: "45316110",
    additionalCpv: ["50232100"],
    valueCategory: "works",
    value: [250_000, 2_500_000],
    durationMonths: 10,
    procedures: ["open"],
    noLotsReason: oneSite,
    sustainability: [
      { list: "environmental-impact", code: "clim-mitig" },
      { list: "gpp-criteria", code: "eu" },
    ],
  },
  {
    title: {
      fi: "Vesihuoltolinjojen saneeraus, {area}",
      sv: "Sanering av vatten- och avloppsledningar, {area}",
      en: "Water and sewer pipe rehabilitation, {area}",
    },
    need: {
      fi: "Vanhat vesi- ja viemärijohdot uusitaan ennen kuin vuodot aiheuttavat katkoja. Haluamme selvittää, missä kaivamaton sujutusmenetelmä on mahdollinen, jotta liikenne- ja ympäristöhaitat jäävät pieniksi.",
      sv: "Gamla vatten- och avloppsledningar förnyas; där det är möjligt används schaktfria metoder.",
    },
    mainCpv: "45231300",
    additionalCpv: ["45232400"],
    valueCategory: "works",
    value: [500_000, 6_000_000],
    durationMonths: 12,
    procedures: ["open", "restricted"],
    noLotsReason: oneSite,
    sustainability: [{ list: "environmental-impact", code: "water-mar" }],
  },
];
