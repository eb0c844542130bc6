import { z } from "zod";
import { defineMailTemplate, singleLine, webLink } from "./mail-template.ts";

/** An invitation to join an organisation; unsolicited, so it can be unsubscribed from. */
export const invitationTemplate = defineMailTemplate({
  schema: z.object({ organisationName: singleLine, inviterName: singleLine, link: webLink }),
  unsubscribeTopic: () => "invitations",
  holdsSecret: true,
  content: {
    // Names stay in the nominative: Finnish inflection of arbitrary names cannot be done reliably.
    fi: ({ organisationName, inviterName, link }) => ({
      subject: `Kutsu organisaatioon ${organisationName} Hankintasillassa`,
      heading: "Sinut on kutsuttu Hankintasiltaan",
      paragraphs: [
        `${inviterName} kutsui sinut Hankintasiltaan organisaatioon ${organisationName}.`,
        "Hyväksy kutsu alla olevasta linkistä. Jos sinulla ei vielä ole tunnusta, voit luoda sen samalla.",
      ],
      action: { label: "Hyväksy kutsu", url: link },
      notes: ["Jos et odottanut kutsua, voit jättää tämän viestin huomiotta."],
    }),
    sv: ({ organisationName, inviterName, link }) => ({
      subject: `Inbjudan till organisationen ${organisationName} i Hankintasilta`,
      heading: "Du har bjudits in till Hankintasilta",
      paragraphs: [
        `${inviterName} har bjudit in dig till organisationen ${organisationName} i Hankintasilta.`,
        "Godkänn inbjudan via länken nedan. Om du inte har något konto ännu kan du skapa ett samtidigt.",
      ],
      action: { label: "Godkänn inbjudan", url: link },
      notes: ["Om du inte väntade dig en inbjudan kan du bortse från det här meddelandet."],
    }),
    en: ({ organisationName, inviterName, link }) => ({
      subject: `Invitation to join ${organisationName} on Hankintasilta`,
      heading: "You have been invited to Hankintasilta",
      paragraphs: [
        `${inviterName} has invited you to join ${organisationName} on Hankintasilta.`,
        "Accept the invitation with the link below. If you do not have an account yet, you can create one at the same time.",
      ],
      action: { label: "Accept invitation", url: link },
      notes: ["If you were not expecting an invitation, you can ignore this message."],
    }),
  },
});
