import type { PlanTemplate } from "./demo-plan-template.ts";

const oneSupplier = {
  fi: "Yhtenäinen toimittaja on tarpeen tuen ja yhteensopivuuden vuoksi; hankinta on silti pk-yrityksille mahdollinen alihankintana tai ryhmittymänä.",
  sv: "En enhetlig leverantör behövs för support och kompatibilitet; små företag kan delta som underleverantörer eller i grupp.",
};
const small = {
  fi: "Hankinta on pieni ja yhtenäinen, joten osiin jakaminen ei ole tarkoituksenmukaista.",
  sv: "Upphandlingen är liten och enhetlig, så det är inte ändamålsenligt att dela upp den.",
};

/** Goods, ICT and consultancy. */
export const goodsTemplates: PlanTemplate[] = [
  {
    title: {
      fi: "Oppilaiden kannettavat tietokoneet ja tabletit",
      sv: "Bärbara datorer och surfplattor för elever",
      en: "Laptops and tablets for pupils",
    },
    need: {
      fi: "Jokaisella yläkoulun oppilaalla on oltava toimiva päätelaite oppimisen tukena. Laitteiden on kestettävä koulukäyttöä vähintään neljä vuotta, ja toimittajan on huolehdittava huollosta, tietoturvasta ja käytöstä poistettujen laitteiden kierrätyksestä.",
      sv: "Varje elev i högstadiet ska ha en fungerande enhet. Enheterna ska hålla i minst fyra år och leverantören ska sköta service och återvinning.",
      en: "Every lower-secondary pupil needs a working device that lasts at least four years, with maintenance, security and recycling handled by the supplier.",
    },
    mainCpv: "30213100",
    additionalCpv: ["72253000"],
    valueCategory: "goods-services",
    value: [300_000, 3_000_000],
    durationMonths: 48,
    procedures: ["open", "framework-mini-competition"],
    noLotsReason: oneSupplier,
    sustainability: [
      { list: "environmental-impact", code: "circ-econ" },
      { list: "gpp-criteria", code: "eu" },
      { list: "accessibility", code: "inc" },
    ],
  },
  {
    title: {
      fi: "Työasemien ja käyttäjätuen palvelu",
      sv: "Arbetsstationer och användarstöd",
      en: "Workstations and end-user support",
    },
    need: {
      fi: "Henkilöstö tarvitsee toimivat työvälineet ja nopean tuen, kun jokin ei toimi. Tavoitteena on, että yleisimmät vikatilanteet ratkeavat ensimmäisellä yhteydenotolla ja tukea saa suomeksi ja ruotsiksi.",
      sv: "Personalen behöver fungerande arbetsredskap och snabbt stöd på finska och svenska.",
    },
    mainCpv: "72253000",
    additionalCpv: ["30213000"],
    valueCategory: "goods-services",
    value: [400_000, 4_000_000],
    durationMonths: 48,
    optionMonths: 24,
    procedures: ["restricted", "negotiated"],
    lots: [
      { fi: "Päätelaitteet", sv: "Terminaler", cpv: "30213000" },
      { fi: "Käyttäjätuki", sv: "Användarstöd" },
    ],
    noLotsReason: oneSupplier,
    sustainability: [{ list: "accessibility", code: "inc" }],
  },
  {
    title: {
      fi: "Varhaiskasvatuksen asiakastietojärjestelmä",
      sv: "Kundinformationssystem för småbarnspedagogiken",
      en: "Client information system for early education",
    },
    need: {
      fi: "Huoltajien on voitava hakea varhaiskasvatuspaikkaa, ilmoittaa hoitoajat ja viestiä päiväkodin kanssa yhdestä palvelusta. Järjestelmän on oltava saavutettava ja liityttävä kansalliseen Varda-tietovarantoon. Haluamme kuulla markkinoilta ennen tarjouspyyntöä, mitä valmisratkaisut jo tekevät.",
      sv: "Vårdnadshavare ska kunna söka plats, anmäla vårdtider och kommunicera med daghemmet i en och samma tjänst.",
      en: "Guardians must be able to apply for a place, report care times and message the day-care centre in one accessible service linked to the national Varda register.",
    },
    mainCpv: "48810000",
    additionalCpv: ["72260000"],
    valueCategory: "goods-services",
    value: [500_000, 3_500_000],
    durationMonths: 60,
    optionMonths: 36,
    procedures: ["competitive-dialogue", "negotiated"],
    noLotsReason: oneSupplier,
    sustainability: [
      { list: "accessibility", code: "inc" },
      { list: "strategic-procurement", code: "inn-pur" },
    ],
  },
  {
    title: {
      fi: "Matkapuhelimet ja liittymät",
      sv: "Mobiltelefoner och abonnemang",
      en: "Mobile phones and subscriptions",
    },
    need: {
      fi: "Noin kolmetuhatta työntekijää tarvitsee puhelimen ja liittymän. Puhelimia käytetään pidempään ja ne kunnostetaan uudelleenkäyttöön, jotta laitteiden elinkaari pitenee.",
      sv: "Cirka tretusen anställda behöver en telefon och ett abonnemang. Telefonerna ska användas längre och renoveras för återanvändning.",
    },
    mainCpv: "32250000",
    valueCategory: "goods-services",
    value: [200_000, 1_800_000],
    durationMonths: 36,
    procedures: ["framework-mini-competition", "open"],
    noLotsReason: oneSupplier,
    sustainability: [{ list: "environmental-impact", code: "circ-econ" }],
  },
  {
    title: {
      fi: "Leikkivälineet ja leikkipaikkojen peruskorjaus, {area}",
      sv: "Lekredskap och ombyggnad av lekplatser, {area}",
      en: "Playground equipment and renovation, {area}",
    },
    need: {
      fi: "Vanhentuneet leikkipaikat uusitaan turvallisiksi ja kaikenikäisille sopiviksi. Haluamme välineitä, joita myös liikuntarajoitteiset lapset voivat käyttää, ja kierrätysmateriaaleja siellä missä se on mahdollista.",
      sv: "Föråldrade lekplatser förnyas så att de är säkra och passar alla åldrar, även barn med funktionsnedsättning.",
    },
    mainCpv: "37535200",
    additionalCpv: ["45112700"],
    valueCategory: "goods-services",
    value: [60_000, 450_000],
    durationMonths: 12,
    procedures: ["open"],
    noLotsReason: small,
    sustainability: [
      { list: "social-objective", code: "acc-all" },
      { list: "accessibility", code: "inc" },
    ],
  },
  {
    title: {
      fi: "Kirjastoaineistot: kirjat, e-kirjat ja äänikirjat",
      sv: "Biblioteksmaterial: böcker, e-böcker och ljudböcker",
      en: "Library materials: books, e-books and audiobooks",
    },
    need: {
      fi: "Kirjastot tarvitsevat uutuuskirjat valmiiksi luetteloituina ja muovitettuina kahden viikon kuluessa ilmestymisestä. Kokoelmaan tarvitaan myös selkokirjoja sekä kirjoja ruotsiksi ja muilla kielillä.",
      sv: "Biblioteken behöver nya böcker katalogiserade och plastade inom två veckor från utgivningen, även på svenska och andra språk.",
    },
    mainCpv: "22113000",
    valueCategory: "goods-services",
    value: [120_000, 900_000],
    durationMonths: 24,
    optionMonths: 24,
    procedures: ["open"],
    lots: [
      { fi: "Suomenkieliset kirjat", sv: "Finskspråkiga böcker" },
      { fi: "Ruotsinkieliset kirjat", sv: "Svenskspråkiga böcker" },
      { fi: "Muunkieliset kirjat", sv: "Böcker på andra språk" },
    ],
    noLotsReason: small,
    sustainability: [{ list: "social-objective", code: "acc-all" }],
  },
  {
    title: {
      fi: "Toimistotarvikkeet ja paperit",
      sv: "Kontorsmaterial och papper",
      en: "Office supplies and paper",
    },
    need: {
      fi: "Tarvitsemme toimistotarvikkeet verkkokaupasta yhdellä tilauksella kaikkiin toimipisteisiin. Valikoima painottuu ympäristömerkittyihin tuotteisiin, ja toimitukset kootaan kerran viikossa kuljetusten vähentämiseksi.",
      sv: "Vi behöver kontorsmaterial via en webbutik till alla verksamhetsställen, med fokus på miljömärkta produkter.",
    },
    mainCpv: "30192000",
    valueCategory: "goods-services",
    value: [30_000, 300_000],
    durationMonths: 24,
    optionMonths: 24,
    procedures: ["open", "framework-mini-competition"],
    noLotsReason: small,
    sustainability: [{ list: "gpp-criteria", code: "eu" }],
  },
  {
    title: {
      fi: "Koulujen kalusteet, {area}",
      sv: "Skolmöbler, {area}",
      en: "School furniture, {area}",
    },
    need: {
      fi: "Uuden koulun ja peruskorjattavien opetustilojen kalusteiden on tuettava erilaisia oppimistapoja ja oltava säädettäviä. Kalusteiden on kestettävä vähintään viisitoista vuotta ja osien oltava vaihdettavissa.",
      sv: "Möblerna i nya och renoverade undervisningslokaler ska stödja olika sätt att lära sig och hålla i minst femton år.",
    },
    mainCpv: "39160000",
    valueCategory: "goods-services",
    value: [80_000, 700_000],
    durationMonths: 12,
    procedures: ["open"],
    noLotsReason: small,
    sustainability: [{ list: "environmental-impact", code: "circ-econ" }],
  },
  {
    title: {
      fi: "Energiatehokkuuden asiantuntijapalvelut ja kaukolämmön optimointi",
      sv: "Expertis inom energieffektivitet och optimering av fjärrvärme",
      en: "Energy-efficiency advice and district heating optimisation",
    },
    need: {
      fi: "Kiinteistöjen energiankulutusta on vähennettävä viidenneksellä vuoteen 2030 mennessä. Tarvitsemme asiantuntijan, joka analysoi kulutustiedot, ehdottaa toimenpiteet ja todentaa säästöt. Palkkio voi osin perustua saavutettuihin säästöihin.",
      sv: "Energiförbrukningen i fastigheterna ska minska med en femtedel till 2030. Vi behöver en expert som analyserar förbrukningen och verifierar besparingarna.",
      en: "Energy use in our buildings must fall by a fifth by 2030; we need an expert to analyse consumption, propose measures and verify the savings.",
    },
    mainCpv: "71314300",
    additionalCpv: ["09323000"],
    valueCategory: "goods-services",
    value: [50_000, 400_000],
    durationMonths: 36,
    procedures: ["open", "innovation-partnership", "negotiated"],
    noLotsReason: small,
    sustainability: [
      { list: "strategic-procurement", code: "env-imp" },
      { list: "environmental-impact", code: "clim-mitig" },
    ],
  },
  {
    title: {
      fi: "Johdon konsultointi palveluverkkoselvitykseen",
      sv: "Konsulttjänster för en utredning av servicenätet",
      en: "Consultancy for a service network review",
    },
    need: {
      fi: "Tarvitsemme ulkopuolisen selvityksen koulujen ja päiväkotien palveluverkosta seuraavalle kymmenelle vuodelle. Selvityksen on perustuttava väestöennusteisiin ja kiinteistöjen kuntoon, ja asukkaita on kuultava.",
      sv: "Vi behöver en extern utredning av servicenätet för skolor och daghem för de kommande tio åren.",
    },
    mainCpv: "79411000",
    valueCategory: "goods-services",
    value: [30_000, 180_000],
    durationMonths: 9,
    procedures: ["open", "negotiated"],
    noLotsReason: small,
    sustainability: [{ list: "strategic-procurement", code: "none" }],
  },
  {
    title: {
      fi: "Painatuspalvelut ja asukastiedotteet",
      sv: "Tryckeritjänster och invånarbulletiner",
      en: "Printing services and resident newsletters",
    },
    need: {
      fi: "Asukastiedote jaetaan jokaiseen kotitalouteen neljästi vuodessa, ja lisäksi tarvitaan esitteitä ja julisteita. Painotuotteiden on oltava ympäristömerkittyjä.",
      sv: "Invånarbulletinen delas ut till alla hushåll fyra gånger per år; trycksakerna ska vara miljömärkta.",
    },
    mainCpv: "79810000",
    valueCategory: "goods-services",
    value: [40_000, 250_000],
    durationMonths: 24,
    optionMonths: 24,
    procedures: ["open"],
    noLotsReason: small,
    sustainability: [{ list: "gpp-criteria", code: "national" }],
  },
  {
    title: {
      fi: "Täyssähköautojen leasing kotihoitoon ja kiinteistöpalveluihin",
      sv: "Leasing av elbilar för hemvård och fastighetstjänster",
      en: "Leasing of electric cars",
    },
    need: {
      fi: "Työajoon tarvitaan noin kuusikymmentä autoa, joiden on oltava täyssähköisiä. Leasingiin kuuluvat huolto, renkaat ja latauskortit, ja autojen käyttöastetta seurataan, jotta autokantaa voidaan pienentää.",
      sv: "Cirka sextio helelektriska bilar behövs för tjänsteresor, inklusive service, däck och laddkort.",
    },
    mainCpv: "34110000",
    additionalCpv: ["66114000"],
    valueCategory: "goods-services",
    value: [300_000, 2_000_000],
    durationMonths: 48,
    procedures: ["open", "framework-mini-competition"],
    noLotsReason: small,
    sustainability: [
      { list: "environmental-impact", code: "clim-mitig" },
      { list: "gpp-criteria", code: "eu" },
    ],
  },
];
