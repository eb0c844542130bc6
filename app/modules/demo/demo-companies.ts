import type { DbOrTx } from "../../db/types.ts";
import { writeCompanyProfile } from "../companies/save-company-profile.server.ts";
import { companyProfileSchema } from "../companies/schemas.ts";
import { demoOrganisations } from "./demo-data.ts";

// The demo companies' profiles, so the company directory has something to show after `npm start`.
const profiles: Record<string, unknown> = {
  kirkas: {
    sizeClass: "small",
    description: {
      fi: "Siivouspalvelu Kirkas Oy on espoolainen siivousyritys, joka hoitaa koulujen, päiväkotien ja toimistojen ylläpitosiivouksen sekä perussiivoukset. Käytämme Joutsenmerkittyjä aineita ja mitoitamme siivouksen käytön mukaan. Työllistämme myös osatyökykyisiä.",
      sv: "Siivouspalvelu Kirkas Oy är ett städföretag i Esbo som sköter underhållsstädning av skolor, daghem och kontor samt grundstädning. Vi använder Svanenmärkta medel.",
    },
    offering: ["90910000", "90911200", "90919200", "90919300"],
    regions: ["01"],
    certificates: ["iso-14001", "nordic-swan", "social-enterprise"],
    references: [
      {
        customer: "Vantaan kaupunki",
        year: 2024,
        description: "Kahdeksan koulun ylläpitosiivous, 24 000 m².",
      },
      {
        customer: "Kauniaisten kaupunki",
        year: 2023,
        description: "Päiväkotien perussiivoukset kesäkaudella.",
      },
    ],
    serviceLanguages: ["fi", "sv"],
    website: "https://kirkas.example",
    contacts: [
      {
        name: "Yrjö Yrittäjä",
        title: "Toimitusjohtaja",
        email: "yrittaja@kirkas.example",
        phone: "+358 40 123 4567",
      },
    ],
    isListed: true,
  },
  lahiruoka: {
    sizeClass: "micro",
    description: {
      fi: "Lähiruoka Catering Oy valmistaa kouluille, päiväkodeille ja ikäihmisten palveluille kotiruokaa uusimaalaisista raaka-aineista. Kasvisvaihtoehto joka päivä, ruokahävikki mitataan.",
      en: "Lähiruoka Catering Oy cooks home-style meals from local Uusimaa produce for schools, day-care centres and elderly services.",
    },
    offering: ["55520000", "55523100", "15000000"],
    municipalities: ["049", "091", "092", "235"],
    certificates: ["fairtrade"],
    references: [
      { customer: "Kirkkonummen kunta", year: 2025, description: "Ateriapalvelut kolmelle päiväkodille." },
    ],
    serviceLanguages: ["fi", "en"],
    contacts: [{ name: "Liam Lindqvist", title: "Yrittäjä", email: "catering@lahiruoka.example" }],
    isListed: true,
  },
};

/** Writes the demo companies' profiles inside the seed's transaction. */
export async function seedDemoCompanies(tx: DbOrTx, organisationIds: Map<string, string>): Promise<number> {
  let written = 0;
  for (const [key, profile] of Object.entries(profiles)) {
    const organisation = demoOrganisations.find((o) => o.key === key);
    const organisationId = organisationIds.get(key);
    if (!organisation || !organisationId) continue;
    await writeCompanyProfile(tx, {
      organisationId,
      name: organisation.name,
      input: companyProfileSchema.parse(profile),
    });
    written += 1;
  }
  return written;
}
