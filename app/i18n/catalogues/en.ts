import type { Catalogue } from "./catalogue.ts";

export const en: Catalogue = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Sustainable public procurement, planned in the open and together",
    titleSeparator: " – ",
  },
  shell: {
    skipToContent: "Skip to content",
    homeLink: "Hankintasilta, to the front page",
    languageNav: "Language",
    footerNav: "Footer",
    accessibility: "Accessibility statement",
    privacy: "Privacy notice",
    licence: "Open data is available under the CC BY 4.0 licence.",
  },
  home: {
    title: "A good life through sustainable procurement",
    lead: "Hankintasilta brings the planning of public procurement into the open before the call for tenders: municipalities publish their procurement plans early and hold market dialogue in the open, companies see needs months ahead and residents say what they need.",
    goalsTitle: "Three goal areas",
    goals: {
      sustainability: {
        title: "Sustainability",
        text: "Sustainability policies and criteria on every procurement – and their effect measured.",
      },
      openness: {
        title: "Openness",
        text: "A public forward plan, participatory practices, continuous dialogue, communication and open data.",
      },
      partnership: {
        title: "Partnership",
        text: "Long-term cooperation between the municipality and companies, and services developed together with companies.",
      },
    },
    audiencesTitle: "Who is it for?",
    audiences: {
      buyers: {
        title: "Buyers and municipal leadership",
        text: "Plan procurements early, publish your forward plan and hold a market dialogue that treats everyone equally.",
        action: "Create an account for your organisation",
      },
      companies: {
        title: "Companies",
        text: "See municipalities' needs months before the call for tenders, present your offering and take part in dialogue.",
        action: "Create a company account",
      },
      residents: {
        title: "Residents",
        text: "Say what you need from the services your municipality procures, and follow how your input was used.",
        action: "Explore the service",
      },
    },
  },
  pages: {
    accessibility: {
      title: "Accessibility statement",
      intro:
        "This accessibility statement covers the Hankintasilta web service. The service aims to meet the Act on the Provision of Digital Services and level AA of WCAG 2.1.",
      statusTitle: "Accessibility of the service",
      status:
        "According to automated tests the service meets the WCAG 2.1 level A and AA criteria. Every release is tested automatically in all three languages.",
      feedbackTitle: "Give feedback on accessibility",
      feedback:
        "If you notice a shortcoming, tell the service administrator by e-mail: saavutettavuus@hankintasilta.example. We answer within 14 days.",
      supervisionTitle: "Supervisory authority",
      supervision:
        "If you are not satisfied with the answer, you can notify the accessibility supervision of the Finnish Transport and Communications Agency Traficom.",
      updated: "This statement was prepared on 28 November 2026.",
    },
    privacy: {
      title: "Privacy notice",
      intro:
        "We process personal data only to provide the service: user accounts, organisation memberships, company contacts and residents' feedback.",
      dataTitle: "What data we process",
      data: "Name, e-mail address, organisation memberships and roles, log-in data and the changes you make in the service (logs).",
      rightsTitle: "Your rights",
      rights:
        "You can download all your data and delete your account on the My account page. You can also ask the administrator to correct your data.",
      contactTitle: "Contact",
      contact: "Data protection: tietosuoja@hankintasilta.example",
    },
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundText: "The page you are looking for does not exist or has moved.",
    errorTitle: "Something went wrong",
    errorText: "Sorry, the page could not be shown. Please try again in a moment.",
    backHome: "To the front page",
  },
};
