import { z } from "zod";
import { defineMailTemplate, webLink } from "./mail-template.ts";

/** Sent after sign-up or an address change; the link confirms the address. */
export const verifyEmailTemplate = defineMailTemplate({
  schema: z.object({ link: webLink }),
  unsubscribeTopic: null,
  holdsSecret: true,
  content: {
    fi: ({ link }) => ({
      subject: "Vahvista sähköpostiosoitteesi",
      heading: "Vahvista sähköpostiosoitteesi",
      paragraphs: ["Vahvista, että tämä sähköpostiosoite kuuluu sinulle, niin voit käyttää Hankintasiltaa."],
      action: { label: "Vahvista sähköpostiosoite", url: link },
      notes: ["Jos et luonut tunnusta Hankintasiltaan, voit jättää tämän viestin huomiotta."],
    }),
    sv: ({ link }) => ({
      subject: "Bekräfta din e-postadress",
      heading: "Bekräfta din e-postadress",
      paragraphs: ["Bekräfta att den här e-postadressen är din, så kan du använda Hankintasilta."],
      action: { label: "Bekräfta e-postadressen", url: link },
      notes: ["Om du inte har skapat något konto i Hankintasilta kan du bortse från det här meddelandet."],
    }),
    en: ({ link }) => ({
      subject: "Confirm your e-mail address",
      heading: "Confirm your e-mail address",
      paragraphs: ["Please confirm that this e-mail address is yours so that you can use Hankintasilta."],
      action: { label: "Confirm e-mail address", url: link },
      notes: ["If you did not create a Hankintasilta account, you can ignore this message."],
    }),
  },
});
