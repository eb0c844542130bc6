import { z } from "zod";
import { defineMailTemplate, webLink } from "./mail-template.ts";

/** Log-in without a password: the link signs the person in. */
export const magicLinkTemplate = defineMailTemplate({
  schema: z.object({ link: webLink }),
  unsubscribeTopic: null,
  holdsSecret: true,
  content: {
    fi: ({ link }) => ({
      subject: "Kirjautumislinkki Hankintasiltaan",
      heading: "Kirjaudu Hankintasiltaan",
      paragraphs: [
        "Kirjaudu sisään alla olevasta linkistä. Linkki on voimassa vain lyhyen ajan ja toimii kerran.",
      ],
      action: { label: "Kirjaudu sisään", url: link },
      notes: [
        "Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta. Älä välitä linkkiä kenellekään.",
      ],
    }),
    sv: ({ link }) => ({
      subject: "Inloggningslänk till Hankintasilta",
      heading: "Logga in i Hankintasilta",
      paragraphs: ["Logga in via länken nedan. Länken är giltig endast en kort tid och fungerar en gång."],
      action: { label: "Logga in", url: link },
      notes: [
        "Om du inte försökte logga in kan du bortse från det här meddelandet. Vidarebefordra inte länken till någon.",
      ],
    }),
    en: ({ link }) => ({
      subject: "Your Hankintasilta sign-in link",
      heading: "Sign in to Hankintasilta",
      paragraphs: ["Sign in with the link below. The link is valid for a short time only and works once."],
      action: { label: "Sign in", url: link },
      notes: [
        "If you did not try to sign in, you can ignore this message. Do not forward the link to anyone.",
      ],
    }),
  },
});
