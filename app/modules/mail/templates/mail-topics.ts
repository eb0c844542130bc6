import type { Locale } from "../../../i18n/locales.ts";

/**
 * What an unsubscribe topic is about, so that an e-mail can say why its reader gets it and the unsubscribe
 * page can name what it stops. The topics are named by the modules that send (watches: `watch.<id>` and
 * `watches.digest`; presentations; partners; organisations' join requests; invitations); the patterns
 * here follow them (mail-topics.test.ts checks them against the senders' own names).
 */
export type MailTopicKind =
  | "watch"
  | "digest"
  | "presentations"
  | "partnerMessages"
  | "marketDialogue"
  | "joinRequests"
  | "invitations"
  | "other";

/** The kind of a topic, e.g. `mailTopicKind("watch.0b6f…")` is `"watch"`. */
export function mailTopicKind(topic: string): MailTopicKind {
  if (/^watch\.[0-9a-f-]{36}$/i.test(topic)) return "watch";
  switch (topic) {
    case "watches.digest":
      return "digest";
    case "presentations":
      return "presentations";
    case "partner-messages":
      return "partnerMessages";
    case "market-dialogue":
      return "marketDialogue";
    case "join-requests":
      return "joinRequests";
    case "invitations":
      return "invitations";
    default:
      return "other";
  }
}

/** The small print of a notification: why this person gets it (what they chose, or what role they have). */
export const notificationReasons: Record<Locale, Record<Exclude<MailTopicKind, "invitations">, string>> = {
  fi: {
    watch:
      "Saat tämän viestin, koska olet tallentanut Hankintasillassa hakuvahdin, joka ilmoittaa osumista sähköpostilla.",
    digest: "Saat tämän viestin, koska olet tilannut Hankintasillassa hakuvahtiesi viikkokoosteen.",
    presentations:
      "Saat tämän viestin, koska olet Hankintasillassa jäsenenä organisaatiossa, jota tämä palveluesittely koskee.",
    partnerMessages:
      "Saat tämän viestin, koska olet Hankintasillassa jäsenenä yrityksessä, jonka kumppanihakua tai keskustelua viesti koskee.",
    marketDialogue:
      "Saat tämän viestin, koska olet Hankintasillassa jäsenenä yrityksessä, joka on kiinnostunut tästä hankinnasta tai osallistuu sen markkinavuoropuheluun.",
    joinRequests:
      "Saat tämän viestin, koska olet organisaatiosi ylläpitäjä Hankintasillassa ja joku pyytää pääsyä organisaatioon.",
    other: "Saat tämän viestin, koska sinulla on käyttäjätunnus Hankintasillassa.",
  },
  sv: {
    watch:
      "Du får det här meddelandet eftersom du har sparat en bevakning i Hankintasilta som meddelar träffar per e-post.",
    digest:
      "Du får det här meddelandet eftersom du har beställt ett veckosammandrag av dina bevakningar i Hankintasilta.",
    presentations:
      "Du får det här meddelandet eftersom du är medlem i den organisation i Hankintasilta som presentationen gäller.",
    partnerMessages:
      "Du får det här meddelandet eftersom du är medlem i det företag i Hankintasilta vars partnersökning eller samtal meddelandet gäller.",
    marketDialogue:
      "Du får det här meddelandet eftersom du är medlem i ett företag i Hankintasilta som är intresserat av upphandlingen eller deltar i dess marknadsdialog.",
    joinRequests:
      "Du får det här meddelandet eftersom du är administratör för din organisation i Hankintasilta och någon ber att få ansluta sig till den.",
    other: "Du får det här meddelandet eftersom du har ett konto i Hankintasilta.",
  },
  en: {
    watch:
      "You receive this message because you saved a watch on Hankintasilta that e-mails you about its matches.",
    digest: "You receive this message because you chose a weekly digest of your watches on Hankintasilta.",
    presentations:
      "You receive this message because you are a member of the organisation on Hankintasilta that this presentation concerns.",
    partnerMessages:
      "You receive this message because you are a member of the company on Hankintasilta whose partner request or conversation this message concerns.",
    marketDialogue:
      "You receive this message because you are a member of a company on Hankintasilta that is interested in this procurement or takes part in its market dialogue.",
    joinRequests:
      "You receive this message because you administer your organisation on Hankintasilta and someone asks to join it.",
    other: "You receive this message because you have an account on Hankintasilta.",
  },
};
