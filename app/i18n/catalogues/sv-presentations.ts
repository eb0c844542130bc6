import type { Catalogue } from "./catalogue.ts";
import type { fiPresentations } from "./fi-presentations.ts";

// Part of the sv catalogue (sv.ts puts the parts together): the keys of fi-presentations.ts.
export const svPresentations = {
  presentations: {
    nav: "Presentationer",
    inboxNav: "Inkomna presentationer",
    inboxNavNew_one: "{{count}} ny",
    inboxNavNew_other: "{{count}} nya",
    presentLink: "Presentera era tjänster",
    sentTitle: "Skickade presentationer",
    sentIntro:
      "I en presentation berättar ni för upphandlande enheter vad ert företag erbjuder och vilka behov det svarar på. Här ser ni i vilket skede presentationen är hos varje mottagare, och ni kan fortsätta diskussionen genom svaren.",
    newLink: "Ny presentation",
    noneSent: "Ert företag har inte skickat några presentationer ännu.",
    sentCaption: "Skickade presentationer ({{count}})",
    columns: {
      title: "Presentation",
      sent: "Skickad",
      recipients: "Mottagare och status",
      company: "Företag",
      received: "Inkommen",
      state: "Status",
      messages: "Meddelanden",
    },
    recipientState: "{{organisation}}: {{state}}",
    messageCount_one: "{{count}} meddelande",
    messageCount_other: "{{count}} meddelanden",
    newTitle: "Presentera era tjänster",
    newIntro_one:
      "Skicka en strukturerad presentation av ert företags tjänster till upphandlande enheter. Varje mottagare ser presentationen bland sina inkomna presentationer och kan svara på den. Ett företag kan skicka högst {{count}} presentation per dygn.",
    newIntro_other:
      "Skicka en strukturerad presentation av ert företags tjänster till upphandlande enheter. Varje mottagare ser presentationen bland sina inkomna presentationer och kan svara på den. Ett företag kan skicka högst {{count}} presentationer per dygn.",
    fields: {
      title: "Rubrik",
      titleHint: "T.ex. ”Underhållsstädning av skolor med Svanenmärkta medel”",
      offering: "Vad vi erbjuder",
      offeringHint: "Beskriv tjänsten eller produkten, dess omfattning och vad som är särskilt med den.",
      needs: "Vilka behov den svarar på",
      needsHint:
        "Berätta vilka behov hos en upphandlande enhet ert erbjudande passar. Ni kan också ange en offentlig upphandlingsplan nedan.",
      cpv: "CPV-koder",
      cpvHint:
        "Sök CPV-koder som beskriver det du presenterar med ett ord, t.ex. städning, eller med koden. Välj högst {{max}}.",
      recipients: "Mottagare",
      recipientsOther: "Övriga upphandlande enheter",
      recipientsChosen_one: "{{count}} vald",
      recipientsChosen_other: "{{count}} valda",
      recipientsHint: "Välj en eller flera upphandlande enheter (högst {{count}}).",
      planId: "Upphandlingsplan som presentationen svarar på (frivilligt)",
      planIdHint: "Adressen eller koden för en offentlig plan i upphandlingskalendern.",
      language: "Presentationens språk",
      files: "Bilagor (frivilligt)",
      filesHint_one:
        "PDF, DOCX, XLSX eller ODT, högst {{count}} fil, högst {{max}}. Filtypen kontrolleras utifrån innehållet.",
      filesHint_other:
        "PDF, DOCX, XLSX eller ODT, högst {{count}} filer, var och en högst {{max}} och sammanlagt högst {{total}}. Filtypen kontrolleras utifrån innehållet.",
    },
    submit: "Skicka presentationen",
    sent: "Presentationen har skickats.",
    filesAgain_one: "Sökningen behåller inte den valda filen: välj bilagan på nytt innan du skickar.",
    filesAgain_other:
      "Sökningen behåller inte de valda filerna: välj de {{count}} bilagorna på nytt innan du skickar.",
    notSent: "Presentationen skickades inte. Rätta punkterna nedan.",
    languages: {
      fi: "finska",
      sv: "svenska",
      en: "engelska",
    },
    states: {
      new: "Ny",
      reviewed: "Behandlad",
      linked: "Kopplad till en plan",
      archived: "Arkiverad",
    },
    detail: {
      from: "Avsändare",
      sentAt: "Skickad {{date}}",
      offering: "Vad vi erbjuder",
      needs: "Vilka behov",
      cpv: "CPV-koder",
      plan: "Upphandlingsplan som presentationen svarar på",
      attachments: "Bilagor",
      companyProfile: "Företagets profil",
      recipients: "Mottagare",
      linkedPlan: "Kopplad till planen: ",
      back: "Tillbaka till skickade presentationer",
    },
    thread: {
      title: "Meddelanden: {{organisation}}",
      none: "Inga meddelanden ännu.",
      fromBuyer: "{{name}}, {{organisation}}",
      fromCompany: "{{name}}, {{company}}",
      replyLabel: "Svar",
      replyLabelTo: "Svar: {{organisation}}",
      replySubmit: "Skicka svaret",
      replySubmitTo: "Skicka svaret: {{organisation}}",
      replied: "Svaret har skickats.",
    },
    inbox: {
      title: "Inkomna presentationer",
      intro:
        "Här presenterar företag sina tjänster för er organisation. Markera en presentation som behandlad, koppla den till en upphandlingsplan eller arkivera den. Ert svar skickas till företagets användare per e-post.",
      filterTitle: "Avgränsa efter status",
      filterState: "Status",
      all: "Alla ({{count}})",
      stateCount: "{{state}} ({{count}})",
      apply: "Visa",
      caption: "Inkomna presentationer ({{count}})",
      empty: "Inga presentationer med denna avgränsning.",
      back: "Tillbaka till inkomna presentationer",
    },
    state: {
      title: "Behandling",
      label: "Status",
      plan: "Plan som presentationen kopplas till",
      planHint: "Välj när statusen är ”Kopplad till en plan”.",
      noPlan: "Ingen plan",
      submit: "Spara status",
      saved: "Statusen har sparats.",
      readOnly:
        "Du kan läsa presentationerna. Statusen ändras och svaren skrivs av upphandlarna i din organisation.",
    },
    errors: {
      cpv: "Ange minst en CPV-kod.",
      tooManyCodes: "Högst 10 CPV-koder.",
      recipients: "Välj minst en upphandlande enhet som mottagare.",
      tooManyRecipients: "Högst 30 mottagare per presentation.",
      plan: "Ingen offentlig upphandlingsplan hittades. Kontrollera adressen eller lämna fältet tomt.",
      linkPlan: "Välj den plan i din organisation som presentationen kopplas till.",
      tooManyFiles: "En presentation kan ha högst 5 bilagor.",
      fileTooLarge: "Bilagan är för stor. En bilaga får vara högst 5 MB.",
      filesTooLarge: "Bilagorna är sammanlagt för stora. Den sammanlagda storleken får vara högst 10 MB.",
      rateLimited:
        "Ert företag har redan skickat det högsta antalet presentationer under ett dygn (20). Försök igen i morgon.",
      unreadable: "Det skickade formuläret kunde inte läsas. Försök igen.",
    },
    mail: {
      receivedSubject: "Ny presentation av tjänster: {{company}}",
      receivedMessage:
        "{{company}} har skickat en presentation av sina tjänster, ”{{title}}”, till er organisation {{organisation}}.\n\nLäs presentationen och svara på den bland de inkomna presentationerna i Hankintasilta.",
      buyerRepliedSubject: "{{organisation}} svarade på er presentation",
      buyerRepliedMessage:
        "{{organisation}} har svarat på presentationen ”{{title}}” från {{company}}.\n\nLäs svaret och fortsätt diskussionen i Hankintasilta.",
      companyRepliedSubject: "{{company}} svarade i en presentation",
      companyRepliedMessage:
        "{{company}} har skrivit ett nytt meddelande i presentationen ”{{title}}”, som skickades till {{organisation}}.\n\nLäs meddelandet i Hankintasilta.",
      open: "Öppna presentationen",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiPresentations>;
