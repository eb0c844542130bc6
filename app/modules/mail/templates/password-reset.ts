import { z } from "zod";
import { defineMailTemplate, webLink } from "./mail-template.ts";

/** Sent when someone asks for a new password; the link opens the page that sets it. */
export const passwordResetTemplate = defineMailTemplate({
  schema: z.object({ link: webLink }),
  unsubscribeTopic: null,
  holdsSecret: true,
  content: {
    fi: ({ link }) => ({
      subject: "Vaihda salasanasi",
      heading: "Vaihda salasanasi",
      paragraphs: [
        "Saimme pyynnön vaihtaa Hankintasilta-tunnuksesi salasanan. Voit valita uuden salasanan alla olevasta linkistä.",
      ],
      action: { label: "Valitse uusi salasana", url: link },
      notes: [
        "Linkki on voimassa vain lyhyen ajan.",
        "Jos et pyytänyt salasanan vaihtamista, voit jättää tämän viestin huomiotta. Salasanasi pysyy ennallaan.",
      ],
    }),
    sv: ({ link }) => ({
      subject: "Byt ditt lösenord",
      heading: "Byt ditt lösenord",
      paragraphs: [
        "Vi har fått en begäran om att byta lösenordet till ditt konto i Hankintasilta. Du kan välja ett nytt lösenord via länken nedan.",
      ],
      action: { label: "Välj ett nytt lösenord", url: link },
      notes: [
        "Länken är giltig endast en kort tid.",
        "Om du inte har bett om att byta lösenord kan du bortse från det här meddelandet. Ditt lösenord förblir oförändrat.",
      ],
    }),
    en: ({ link }) => ({
      subject: "Reset your password",
      heading: "Reset your password",
      paragraphs: [
        "We received a request to reset the password of your Hankintasilta account. You can choose a new password with the link below.",
      ],
      action: { label: "Choose a new password", url: link },
      notes: [
        "The link is valid for a short time only.",
        "If you did not ask for a new password, you can ignore this message. Your password stays as it was.",
      ],
    }),
  },
});
