import type { Locale } from "../../i18n/locales.ts";

// What market dialogue's e-mails say, per language. The plan is named by its public headline; the
// question and answer are quoted as published (never the original wording, never the asker's name).

export type AnswerMail = { planTitle: string; question: string; answer: string };
export type DeclineMail = { planTitle: string; question: string; reason: string };

const quote = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const answerPublishedMail: Record<Locale, (mail: AnswerMail) => { subject: string; message: string }> =
  {
    fi: ({ planTitle, question, answer }) => ({
      subject: `Vastaus julkaistu: ${planTitle}`,
      message: `Hankintayksikkö on vastannut yrityksen kysymykseen hankintasuunnitelmassa "${planTitle}". Kysymys ja vastaus ovat kaikkien nähtävillä suunnitelman sivulla.\n\nKysymys: ${quote(question)}\n\nVastaus: ${quote(answer)}`,
    }),
    sv: ({ planTitle, question, answer }) => ({
      subject: `Svar publicerat: ${planTitle}`,
      message: `Den upphandlande enheten har svarat på ett företags fråga i upphandlingsplanen "${planTitle}". Frågan och svaret finns för alla på planens sida.\n\nFråga: ${quote(question)}\n\nSvar: ${quote(answer)}`,
    }),
    en: ({ planTitle, question, answer }) => ({
      subject: `Answer published: ${planTitle}`,
      message: `The contracting authority has answered a company's question on the procurement plan "${planTitle}". The question and answer are on the plan's page for everyone.\n\nQuestion: ${quote(question)}\n\nAnswer: ${quote(answer)}`,
    }),
  };

export const questionDeclinedMail: Record<
  Locale,
  (mail: DeclineMail) => { subject: string; message: string }
> = {
  fi: ({ planTitle, question, reason }) => ({
    subject: `Kysymykseenne ei vastata: ${planTitle}`,
    message: `Hankintayksikkö ei vastaa yrityksenne kysymykseen hankintasuunnitelmassa "${planTitle}".\n\nKysymys: ${quote(question)}\n\nPerustelu: ${quote(reason)}`,
  }),
  sv: ({ planTitle, question, reason }) => ({
    subject: `Er fråga besvaras inte: ${planTitle}`,
    message: `Den upphandlande enheten besvarar inte ert företags fråga i upphandlingsplanen "${planTitle}".\n\nFråga: ${quote(question)}\n\nMotivering: ${quote(reason)}`,
  }),
  en: ({ planTitle, question, reason }) => ({
    subject: `Your question will not be answered: ${planTitle}`,
    message: `The contracting authority will not answer your company's question on the procurement plan "${planTitle}".\n\nQuestion: ${quote(question)}\n\nReason: ${quote(reason)}`,
  }),
};
