import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AccountMail } from "../modules/accounts/auth.server.ts";
import { hashPassword } from "../modules/accounts/password.server.ts";
import { consumeRateLimit, rateLimits } from "../modules/accounts/rate-limit.server.ts";
import {
  accountsAccount,
  accountsSession,
  accountsUser,
  accountsVerification,
} from "../modules/accounts/tables.ts";
import type { Viewer } from "../modules/accounts/viewer.server.ts";
import { companyFormToInput, readCompanyForm } from "../modules/companies/company-form.ts";
import { saveCompanyProfile } from "../modules/companies/save-company-profile.server.ts";
import { companyProfileSchema } from "../modules/companies/schemas.ts";
import { askQuestion } from "../modules/dialogue/ask-question.server.ts";
import { askQuestionSchema } from "../modules/dialogue/questions-schemas.ts";
import { markInterest } from "../modules/interest/mark-interest.server.ts";
import { queueMail } from "../modules/mail/index.server.ts";
import { mailSuppression } from "../modules/mail/tables.ts";
import { inviteMember } from "../modules/organisations/invite-member.server.ts";
import { organisationsMember } from "../modules/organisations/tables.ts";
import { contactPartnerRequest } from "../modules/partners/contact-partner-request.server.ts";
import { createPartnerRequest } from "../modules/partners/create-partner-request.server.ts";
import { postPartnerMessage } from "../modules/partners/post-partner-message.server.ts";
import { partnerRequestSchema } from "../modules/partners/schemas.ts";
import { replyToPresentation } from "../modules/presentations/reply-to-presentation.server.ts";
import { presentationSchema } from "../modules/presentations/schemas.ts";
import { sendPresentation } from "../modules/presentations/send-presentation.server.ts";
import { presentationsRecipient } from "../modules/presentations/tables.ts";
import { matchPendingVersions } from "../modules/watches/match-plan-version.server.ts";
import { saveWatch } from "../modules/watches/save-watch.server.ts";
import { watchSchema } from "../modules/watches/schemas.ts";
import type { Services } from "../services.ts";
import type { CompanyWorld } from "./company-fixtures.ts";
import { createFixturePlan, fixtureAdmin } from "./plan-fixtures.ts";

/** The person whose data the personal-data tests plant everywhere and then look for. */
export const person = {
  name: "Pirjo Poistuja",
  email: "pirjo.poistuja@kirkas.example",
  phone: "+358 40 765 4321",
  password: "Pirjon-salasana-2026",
};

/** The world's services plus the account e-mails (queued in the outbox, as the server does it). */
export function servicesWithMail(world: CompanyWorld): Services {
  const { services } = world;
  const sendAccountMail = async (mail: AccountMail, tx?: Parameters<Services["sendAccountMail"]>[1]) => {
    const base = {
      db: tx ?? world.database.db,
      settings: services.mailSettings,
      to: mail.to,
      locale: mail.locale,
    };
    if (mail.template === "invitation") {
      const { organisationName, inviterName, url } = mail.data;
      await queueMail({
        ...base,
        template: "invitation",
        data: { organisationName, inviterName, link: url },
      });
    } else {
      const template = mail.template === "reset-password" ? "password-reset" : mail.template;
      await queueMail({ ...base, template, data: { link: mail.data.url } });
    }
  };
  return { ...services, sendAccountMail };
}

/**
 * Creates the person as a second administrator of the cleaning company, with something in every module:
 * a log-in, a session, verification and rate-limit rows, a company contact entry, a watch and its
 * notification, an interest mark, a partner request with a thread and a message, a presentation with
 * replies, invitations sent by them and to them, e-mails to and about them, an unsubscribe choice.
 */
export async function createPersonWithDataEverywhere(world: CompanyWorld): Promise<Viewer> {
  const { database, ids, plans, viewers } = world;
  const { db } = database;
  const services = servicesWithMail(world);
  const userId = `user-${randomUUID()}`;
  await db
    .insert(accountsUser)
    .values({ id: userId, name: person.name, email: person.email, emailVerified: true });
  await db.insert(accountsAccount).values({
    id: randomUUID(),
    accountId: userId,
    providerId: "credential",
    userId,
    password: await hashPassword(person.password),
  });
  await db.insert(organisationsMember).values({
    id: randomUUID(),
    organizationId: ids.kirkas,
    userId,
    role: "company-admin",
  });
  const viewer: Viewer = {
    userId,
    name: person.name,
    email: person.email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      {
        organisationId: ids.kirkas,
        name: "Siivouspalvelu Kirkas Oy",
        kind: "company",
        role: "company-admin",
      },
    ],
    activeOrganisationId: ids.kirkas,
  };
  // What better-auth writes on its own: a session, a reset token and a magic-link token.
  await db.insert(accountsSession).values({
    id: randomUUID(),
    token: randomUUID(),
    userId,
    expiresAt: new Date(Date.now() + 86_400_000),
    ipAddress: "192.0.2.7",
    userAgent: "Testiselain",
  });
  await db.insert(accountsVerification).values([
    {
      id: randomUUID(),
      identifier: `reset-password:${randomUUID()}`,
      value: userId,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
    {
      id: randomUUID(),
      identifier: randomUUID(),
      value: JSON.stringify({ email: person.email, name: "" }),
      expiresAt: new Date(Date.now() + 900_000),
    },
  ]);
  await consumeRateLimit(db, `log-in:${person.email}`, rateLimits.logIn);
  await consumeRateLimit(db, `reset:${person.email}`, rateLimits.passwordReset);
  await db.insert(mailSuppression).values({ address: person.email, topic: "watch" });
  await services.sendAccountMail({
    template: "verify-email",
    to: person.email,
    locale: "fi",
    data: { name: person.name, url: "http://localhost:3000/verify?token=x" },
  });

  // The company's profile names the person as a contact, with their phone.
  const profile = companyProfileSchema.parse(
    companyFormToInput(
      readCompanyForm([
        ["sizeClass", "small"],
        ["description.fi", "Koulujen siivousta."],
        ["offering", "90910000"],
        ["regions", "01"],
        ["serviceLanguages", "fi"],
        ["contacts.0.name", person.name],
        ["contacts.0.email", person.email],
        ["contacts.0.phone", person.phone],
        ["isListed", "on"],
      ]),
    ),
  );
  const saved = await saveCompanyProfile({ services, viewer, organisationId: ids.kirkas, input: profile });
  if (!saved.ok) throw new Error(`profile refused: ${JSON.stringify(saved.errors)}`);

  await saveWatch({
    db,
    viewer,
    input: watchSchema.parse({
      name: "Pirjon vahti",
      cpv: ["90900000"],
      event: ["published"],
      instant: true,
    }),
  });
  await createFixturePlan(database, ids.espoo, { title: { fi: "Uimahallin siivous" } });
  await matchPendingVersions(db);
  await markInterest({ services, viewer, planId: plans.open, note: "Pirjo seuraa tätä." });
  await askQuestion({
    services,
    viewer,
    planId: plans.open,
    input: askQuestionSchema.parse({ question: "Kuinka monta kohdetta hankintaan kuuluu?" }),
  });

  const request = await createPartnerRequest({
    services,
    viewer,
    planId: plans.open,
    input: partnerRequestSchema.parse({
      kind: "joint-tender",
      direction: "seeking",
      description: "Haemme kumppania yhteistarjoukseen.",
    }),
  });
  if (!request.ok) throw new Error("partner request refused");
  const contact = await contactPartnerRequest({
    services,
    viewer: viewers.ruokaAdmin,
    partnerRequestId: request.requestId,
    body: "Olemme kiinnostuneita.",
  });
  if (!contact.ok) throw new Error("contact refused");
  await postPartnerMessage({ services, viewer, threadId: contact.threadId, body: "Soitetaan huomenna." });

  const sent = await sendPresentation({
    services,
    viewer,
    companyId: ids.kirkas,
    input: presentationSchema.parse({
      title: "Pirjon esittely",
      offering: "Siivousta.",
      needs: "Koulujen siivous.",
      cpv: ["90910000"],
      recipients: [ids.espoo],
    }),
  });
  if (!sent.ok) throw new Error("presentation refused");
  const [recipient] = await db
    .select({ id: presentationsRecipient.id })
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.presentationId, sent.presentationId));
  const recipientId = recipient?.id ?? "";
  await replyToPresentation({
    services,
    viewer: viewers.buyer,
    recipientId,
    side: "buyer",
    input: { body: "Kiitos, kerro lisää." },
  });
  await replyToPresentation({
    services,
    viewer,
    recipientId,
    side: "company",
    input: { body: "Lähetän referenssit." },
  });

  // An invitation the person sends (its e-mail names them) and one sent to their address.
  await inviteMember({
    services,
    viewer,
    organisationId: ids.kirkas,
    email: "uusi.tyontekija@kirkas.example",
    role: "company-member",
    locale: "fi",
  });
  await db
    .insert(accountsUser)
    .values({ id: fixtureAdmin.userId, name: fixtureAdmin.name, email: fixtureAdmin.email })
    .onConflictDoNothing();
  await inviteMember({
    services,
    viewer: fixtureAdmin,
    organisationId: ids.espoo,
    email: person.email,
    role: "buyer",
    locale: "fi",
  });
  return viewer;
}
