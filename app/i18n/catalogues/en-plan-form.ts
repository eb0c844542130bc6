import type { Catalogue } from "./catalogue.ts";
import type { fiPlanForm } from "./fi-plan-form.ts";

// Part of the en catalogue (en.ts puts the parts together).
export const enPlanForm = {
  planForm: {
    requiredNote:
      "Required information is marked “required”. You can open and fill in the other sections later.",
    required: "{{field}} (required)",
    sections: {
      subject: "Subject and value",
      lots: "Division into lots",
      sustainability: "Sustainability objectives",
      contact: "Contact person",
    },
    languages: {
      either: "Write the texts in Finnish or Swedish – in at least one of them. English is optional.",
      fi: "Your organisation's official language is Finnish: write the texts in Finnish. Swedish and English are optional.",
      sv: "Your organisation's official language is Swedish: write the texts in Swedish. Finnish and English are optional.",
    },
    lotsGroup: "Lots – fill in if the procurement is divided into lots",
    noLotsGroup: "Reason – fill in if the procurement is not divided into lots",
    kind: {
      "social-health-services":
        "The main code {{code}} is a social or health service (Procurement Act Annex E, point {{point}}). These services have thresholds of their own.",
      "other-special-services":
        "The main code {{code}} is another specific service (Procurement Act Annex E, point {{point}}). These services have thresholds of their own.",
      works: "The main code {{code}} is a works contract.",
      "goods-services": "The main code {{code}} is a purchase of goods or services.",
      mismatch:
        "The kind chosen is “{{chosen}}”, but by the main code the kind is “{{suggested}}”. Check your choice.",
      thresholds: "The thresholds of the chosen kind are {{national}} (national) and {{eu}} (EU).",
      band: "With the estimated value of {{value}}, the value band is “{{band}}”.",
    },
    errors: {
      tooLong: "The text is too long: at most {{max}} characters.",
      tooMany: "Too many chosen: at most {{max}}.",
      notCpv: "“{{value}}” is not a CPV code. Give 8 digits, e.g. 90910000-9.",
      cpvUnknown: "{{value}} is not a CPV code: it is not in CPV 2008.",
      notDate: "“{{value}}” is not a date. Enter it as yyyy-mm-dd.",
      notEmail: "“{{value}}” is not an e-mail address.",
      notNumber: "“{{value}}” is not a whole number. Give digits only, e.g. 450,000.",
      officialLanguage: "Write the text in Finnish or Swedish.",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiPlanForm>;
