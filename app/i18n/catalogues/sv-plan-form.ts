import type { Catalogue } from "./catalogue.ts";
import type { fiPlanForm } from "./fi-plan-form.ts";

// Part of the sv catalogue (sv.ts puts the parts together).
export const svPlanForm = {
  planForm: {
    requiredNote:
      "Obligatoriska uppgifter är märkta med ”obligatorisk”. De övriga avsnitten kan du öppna och fylla i senare.",
    required: "{{field}} (obligatorisk)",
    sections: {
      subject: "Upphandlingens föremål och värde",
      lots: "Uppdelning i delar",
      sustainability: "Hållbarhetsmål",
      contact: "Kontaktperson",
    },
    languages: {
      either:
        "Skriv texterna på finska eller svenska – på minst ett av språken. Text på engelska är frivillig.",
      fi: "Din organisations officiella språk är finska: skriv texterna på finska. Text på svenska och engelska är frivillig.",
      sv: "Din organisations officiella språk är svenska: skriv texterna på svenska. Text på finska och engelska är frivillig.",
    },
    lotsGroup: "Delar – fyll i om upphandlingen delas upp i delar",
    noLotsGroup: "Motivering – fyll i om upphandlingen inte delas upp i delar",
    kind: {
      "social-health-services":
        "Huvudkoden {{code}} är en social tjänst eller hälso- och sjukvårdstjänst (bilaga E till upphandlingslagen, punkt {{point}}). Dessa tjänster har egna tröskelvärden.",
      "other-special-services":
        "Huvudkoden {{code}} är en annan särskild tjänst (bilaga E till upphandlingslagen, punkt {{point}}). Dessa tjänster har egna tröskelvärden.",
      works: "Huvudkoden {{code}} är en byggentreprenad.",
      "goods-services": "Huvudkoden {{code}} är en upphandling av varor eller tjänster.",
      mismatch:
        "Som upphandlingstyp har du valt ”{{chosen}}”, men enligt huvudkoden är typen ”{{suggested}}”. Kontrollera valet.",
      thresholds:
        "Tröskelvärdena för den valda upphandlingstypen är {{national}} (nationellt) och {{eu}} (EU).",
      band: "Med det uppskattade värdet {{value}} är värdeklassen ”{{band}}”.",
    },
    errors: {
      tooLong: "Texten är för lång: högst {{max}} tecken.",
      tooMany: "Du har valt för många: högst {{max}}.",
      notCpv: "”{{value}}” är ingen CPV-kod. Ange 8 siffror, t.ex. 90910000-9.",
      cpvUnknown: "{{value}} är ingen CPV-kod: den finns inte i CPV 2008.",
      notDate: "”{{value}}” är inget datum. Ange det i formen åååå-mm-dd.",
      notEmail: "”{{value}}” är ingen e-postadress.",
      notNumber: "”{{value}}” är inget heltal. Ange bara siffror, t.ex. 450 000.",
      officialLanguage: "Skriv texten på finska eller svenska.",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiPlanForm>;
