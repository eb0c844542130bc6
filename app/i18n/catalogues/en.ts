import type { Catalogue } from "./catalogue.ts";

export const en: Catalogue = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Sustainable public procurement, planned in the open and together",
    titleSeparator: " – ",
  },
  shell: {
    accountNav: "User",
    logIn: "Log in",
    signUp: "Sign up",
    logOut: "Log out",
    account: "My account",
    activeOrganisation: "Organisation",
    switchOrganisation: "Switch",
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
        "If you are not satisfied with the answer or get no answer within two weeks, you can notify the accessibility supervisory authority. Instructions: webaccessibility.fi.",
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
  fields: {
    email: "E-mail address",
    password: "Password",
    newPassword: "New password",
    newPasswordHint:
      "At least 10 characters. A long sentence makes a good password: avoid your name and common words.",
  },
  validation: {
    required: "This is required.",
    tooLong: "The text is too long.",
    invalid: "Please check this.",
    emailInvalid: "Enter an e-mail address like name@example.com.",
    passwordTooShort: "The password must have at least 10 characters.",
    passwordTooLong: "The password may have at most 128 characters.",
    passwordWeak: "The password is too easy to guess. Try a longer sentence.",
    acceptPrivacy: "Accept the privacy notice to create an account.",
  },
  auth: {
    invalidCredentials: "The e-mail address or password is wrong.",
    emailNotVerified: "Please verify your e-mail address first. We sent you a new verification link.",
    rateLimited: "Too many attempts. Please wait a while and try again.",
    linkExpired: "The log-in link has expired or was already used. Ask for a new link.",
    resetLinkInvalid: "The password reset link has expired or is invalid. Ask for a new link.",
  },
  signUp: {
    title: "Sign up",
    intro: "With an account you can follow procurements, take part in dialogue and join your organisation.",
    name: "Name",
    acceptPrivacy: "I have read the privacy notice and accept the processing of my data.",
    submit: "Create account",
    haveAccount: "Already have an account?",
    sentTitle: "Check your e-mail",
    sentText: "We sent a verification link to {{email}}. Open it to verify the address and log in.",
    sentHint: "The link is valid for 24 hours. If you cannot see the message, check your spam folder.",
  },
  logIn: {
    title: "Log in",
    submit: "Log in",
    forgot: "Forgot your password?",
    magicTitle: "Log in with an e-mail link",
    magicText: "We send a one-time link to your e-mail, valid for 15 minutes.",
    magicSubmit: "Send log-in link",
    magicSent: "If the address has an account, a log-in link is on its way.",
    noAccount: "No account yet?",
  },
  forgotPassword: {
    title: "Forgotten password",
    intro: "Enter your e-mail address and we will send a link to set a new password.",
    submit: "Send the link",
    sent: "If the address has an account, the link is on its way. It is valid for one hour.",
  },
  resetPassword: {
    title: "Set a new password",
    intro: "The new password logs you out on all other devices.",
    submit: "Save the password",
    done: "Your password was changed. Log in with the new password.",
  },
  account: {
    title: "My account",
    verified: "Your e-mail address is verified. Welcome!",
    profile: "Your details",
    platformRole: "Platform role",
    memberships: "Organisations",
    noMemberships:
      "You are not a member of any organisation yet. An organisation's administrator can invite you.",
    yourData: "Your data",
    exportText: "Download all your data as one JSON file.",
    export: "Download my data (JSON)",
    deleteTitle: "Delete account",
    deleteText:
      "Deleting the account removes your personal data, sessions and memberships for good. It cannot be undone. Confirm by typing your e-mail address and password.",
    deleteConfirmEmail: "Type your e-mail address to confirm",
    deleteSubmit: "Delete my account for good",
    deleteWrongEmail: "The e-mail address does not match your account.",
    deleteWrongPassword: "The password is wrong.",
    deleteLastAdmin:
      "You are the only administrator of these organisations. Appoint another administrator first:",
  },
  roles: {
    "buyer-admin": "Buyer administrator",
    buyer: "Buyer",
    leadership: "Leadership (read)",
    "company-admin": "Company administrator",
    "company-member": "Company member",
    advisor: "Procurement advisor",
    "platform-admin": "Platform administrator",
  },
};
