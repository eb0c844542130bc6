import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { RfiPeriod } from "../components/rfi-parts.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { createRfi, listRfisForBuyer } from "../modules/dialogue/index.server.ts";
import { nestFormValues, rfiFormSchema } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-rfis";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "rfi.title") }];

/** The plan's requests for information for its buyers, and the form for a new one. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const rfis = await orRespond(() => listRfisForBuyer(context.services.database.db, viewer, params.id));
  return { rfis };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  // The list is the buyer's: others are refused before their input is even read.
  await orRespond(() => listRfisForBuyer(context.services.database.db, viewer, params.id));
  const parsed = rfiFormSchema.safeParse(nestFormValues(raw));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const { rfiId } = await orRespond(() =>
    createRfi({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/rfi/${rfiId}?done=created`);
}

const idOf = (path: string) => `rfi-${path.replace(".", "-")}`;

const labels = {
  "title.fi": "rfi.fields.titleFi",
  "title.sv": "rfi.fields.titleSv",
  "title.en": "rfi.fields.titleEn",
  "intro.fi": "rfi.fields.introFi",
  "intro.sv": "rfi.fields.introSv",
  "intro.en": "rfi.fields.introEn",
} as const;

export default function WorkspacePlanRfis({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}`}>{t("rfi.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("rfi.title")}
      </Heading>
      <Paragraph mb="m">{t("rfi.workspaceIntro")}</Paragraph>
      {loaderData.rfis.length === 0 ? (
        <Paragraph mb="m">{t("rfi.none")}</Paragraph>
      ) : (
        // A list, not a table: it reads the same on a 320 px phone (WCAG 1.4.10).
        <ul className="plain-list" id="rfi-list">
          {loaderData.rfis.map((rfi) => (
            <li key={rfi.id}>
              <Link to={`/${locale}/workspace/plans/${params.id}/rfi/${rfi.id}`}>
                <TranslatedText value={rfi.title} locale={locale} />
              </Link>
              <br />
              {t(`rfi.states.${rfi.state}`)}
              {" · "}
              {t("rfi.responseCount", { count: rfi.responses })}
              {rfi.opensAt ? " · " : null}
              <RfiPeriod locale={locale} opensAt={rfi.opensAt} closesAt={rfi.closesAt} />
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack" noValidate aria-labelledby="rfi-new-title">
        <Heading variant="h2" id="rfi-new-title" mt="l" mb="s">
          {t("rfi.newTitle")}
        </Heading>
        <ErrorSummary
          id="rfi-errors"
          errors={errors}
          idOf={idOf}
          labelOf={(path) => (path in labels ? t(labels[path as keyof typeof labels]) : undefined)}
        />
        {(["title.fi", "title.sv", "title.en"] as const).map((name) => (
          <TextField
            key={name}
            id={idOf(name)}
            name={name}
            label={t(labels[name])}
            hint={name === "title.fi" ? t("rfi.hints.language") : undefined}
            error={errors[name]}
            defaultValue={values[name]}
            maxLength={200}
          />
        ))}
        {(["intro.fi", "intro.sv", "intro.en"] as const).map((name) => (
          <TextField
            key={name}
            multiline
            id={idOf(name)}
            name={name}
            label={t(labels[name])}
            hint={name === "intro.fi" ? t("rfi.hints.intro") : undefined}
            error={errors[name]}
            defaultValue={values[name]}
          />
        ))}
        <div>
          <Button type="submit" id="rfi-create" disabled={busy}>
            {t("rfi.create")}
          </Button>
        </div>
      </Form>
    </article>
  );
}
