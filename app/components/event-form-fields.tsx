import { useTranslation } from "react-i18next";
import { eventFormats, eventKinds, eventLanguages } from "../modules/dialogue/index.ts";
import { ErrorSummary, RadioGroup, TextField } from "./native-form-fields.tsx";
import { NativeSelect } from "./native-select.tsx";

/** The field id of a posted name ("title.fi" → "event-title-fi"); the error summary links to it. */
export const eventFieldId = (path: string) => `event-${path.replace(".", "-")}`;

/**
 * The fields of an event's form, new or edited (no-JS: native inputs; Finnish wall-clock times in
 * datetime-local inputs). `values` are the posted or saved values as strings.
 */
export function EventFormFields({
  errors,
  values,
}: {
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={eventFieldId(name)}
      name={name}
      label={label}
      error={errors[name]}
      defaultValue={values[name]}
      {...extra}
    />
  );
  return (
    <>
      <ErrorSummary id="event-errors" errors={errors} idOf={eventFieldId} />
      <NativeSelect
        id={eventFieldId("kind")}
        name="kind"
        label={t("events.fields.kind")}
        options={eventKinds.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
        defaultValue={values.kind ?? "info-session"}
        {...(errors.kind ? { error: errors.kind } : {})}
      />
      {field("title.fi", t("events.fields.titleFi"), { hint: t("events.hints.language"), maxLength: 200 })}
      {field("title.sv", t("events.fields.titleSv"), { maxLength: 200 })}
      {field("title.en", t("events.fields.titleEn"), { maxLength: 200 })}
      {field("agenda.fi", t("events.fields.agendaFi"), { multiline: true, hint: t("events.hints.language") })}
      {field("agenda.sv", t("events.fields.agendaSv"), { multiline: true })}
      {field("agenda.en", t("events.fields.agendaEn"), { multiline: true })}
      <RadioGroup
        id={eventFieldId("format")}
        name="format"
        legend={t("events.fields.format")}
        options={eventFormats.map((format) => ({ value: format, label: t(`events.formats.${format}`) }))}
        value={values.format ?? "on-site"}
        error={errors.format}
      />
      {field("address", t("events.fields.address"), { maxLength: 300 })}
      {field("onlineUrl", t("events.fields.onlineUrl"), {
        type: "url",
        maxLength: 500,
        hint: t("events.hints.onlineUrl"),
      })}
      {field("startsAt", t("events.fields.startsAt"), {
        type: "datetime-local",
        hint: t("events.hints.time"),
      })}
      {field("endsAt", t("events.fields.endsAt"), { type: "datetime-local", hint: t("events.hints.time") })}
      <NativeSelect
        id={eventFieldId("language")}
        name="language"
        label={t("events.fields.language")}
        options={eventLanguages.map((language) => ({
          value: language,
          label: t(`events.languages.${language}`),
        }))}
        defaultValue={values.language ?? "fi"}
        {...(errors.language ? { error: errors.language } : {})}
      />
      {field("capacity", t("events.fields.capacity"), { maxLength: 5 })}
      {field("registrationClosesAt", t("events.fields.registrationClosesAt"), {
        type: "datetime-local",
        hint: t("events.hints.time"),
      })}
    </>
  );
}
