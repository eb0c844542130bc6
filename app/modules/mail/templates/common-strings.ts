import type { Locale } from "../../../i18n/locales.ts";

/** Strings of the shared layout, around every template's own content. */
export const commonStrings: Record<
  Locale,
  { linkFallback: string; automatic: string; unsubscribeIntro: string; unsubscribe: string }
> = {
  fi: {
    linkFallback: "Jos linkki ei toimi, kopioi tämä osoite selaimesi osoiteriville:",
    automatic: "Tämä on automaattinen viesti. Siihen ei voi vastata.",
    unsubscribeIntro: "Etkö halua enää tällaisia viestejä?",
    unsubscribe: "Peru tilaus",
  },
  sv: {
    linkFallback: "Om länken inte fungerar, kopiera den här adressen till webbläsarens adressfält:",
    automatic: "Det här är ett automatiskt meddelande. Det går inte att svara på det.",
    unsubscribeIntro: "Vill du inte längre få sådana här meddelanden?",
    unsubscribe: "Avsluta prenumerationen",
  },
  en: {
    linkFallback: "If the link does not work, copy this address into your browser's address bar:",
    automatic: "This is an automatic message. Replies are not read.",
    unsubscribeIntro: "Don't want messages like this any more?",
    unsubscribe: "Unsubscribe",
  },
};
