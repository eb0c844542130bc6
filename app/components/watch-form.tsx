import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button } from "suomifi-ui-components";
import { valueBands } from "../modules/plans/index.ts";
import type { PickerOption } from "../modules/reference-data/index.ts";
import type { WatchFormValues } from "../modules/watches/index.server.ts";
import { watchEvents } from "../modules/watches/index.ts";
import { CodePicker, PickerDefaultButton, type PickerSearch } from "./code-picker.tsx";
import { CheckboxField, ErrorSummary, TextField } from "./native-form-fields.tsx";

type Option = { code: string; name: string };

const id = (path: string) => `watch-${path.replace(/[^\w]+/g, "-")}`;
/** A field's error: its own, or the first of its items ("cpv.2"). */
const errorOf = (errors: Record<string, string>, field: string) =>
  errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
const anchors: Record<string, string> = {
  region: id("places-legend"),
  municipality: id("municipality"),
  organisation: id("organisation"),
  valueBand: id("valueBand-legend"),
  event: id("event-legend"),
  delivery: id("delivery-legend"),
};

/** A text field of the form by its name. */
function WatchTextField({
  field,
  label,
  hint,
  value,
  error,
}: {
  field: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
}) {
  return (
    <TextField id={id(field)} name={field} label={label} hint={hint} error={error} defaultValue={value} />
  );
}

function Check({
  name,
  value,
  label,
  checked,
}: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <CheckboxField id={id(`${name}-${value}`)} name={name} value={value} label={label} checked={checked} />
  );
}

/** The label the error summary names for each field. */
const watchFieldLabels: Record<string, string> = {
  name: "watches.fields.name",
  keywords: "watches.fields.keywords",
  cpv: "watches.fields.cpv",
  region: "watches.fields.regions",
  municipality: "watches.fields.municipalities",
  organisation: "watches.fields.organisations",
  valueBand: "watches.fields.valueBands",
  event: "watches.fields.events",
  delivery: "watches.delivery",
};

/** Where an error's link in the summary leads: the field, or its group's legend. */
const anchorOf = (path: string) => {
  const field = path.split(".")[0] ?? path;
  return anchors[field] ?? id(field);
};

function MultiSelect({
  field,
  label,
  hint,
  options,
  selected,
  error,
}: {
  field: string;
  label: string;
  hint: string;
  options: Option[];
  selected: string[];
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="native-field">
      <label htmlFor={id(field)}>{label}</label>
      <span id={id(`${field}-hint`)} className="field-hint">
        {hint}
      </span>
      <select
        id={id(field)}
        name={field}
        multiple
        size={6}
        defaultValue={selected}
        aria-describedby={id(`${field}-hint`)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      {error ? <span className="field-error">{t(error)}</span> : null}
    </div>
  );
}

/** The watch form: plain HTML fields, so it works without JavaScript. */
export function WatchForm({
  values,
  errors,
  regions,
  organisations,
  picked,
  search,
  busy,
}: {
  values: WatchFormValues;
  errors: Record<string, string>;
  regions: Option[];
  organisations: Option[];
  /** What the pickers hold, with names (cpv, municipality). */
  picked: Record<string, PickerOption[]>;
  search?: PickerSearch | undefined;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="form-stack" noValidate>
      <PickerDefaultButton />
      <ErrorSummary
        id="watch-errors"
        errors={errors}
        idOf={anchorOf}
        labelOf={(path) => {
          const key = watchFieldLabels[path.split(".")[0] ?? path];
          return key ? t(key) : undefined;
        }}
      />
      <WatchTextField
        field="name"
        label={t("watches.fields.name")}
        hint={t("watches.fields.nameHint")}
        value={values.name}
        error={errors.name}
      />
      <WatchTextField
        field="keywords"
        label={t("watches.fields.keywords")}
        hint={t("watches.fields.keywordsHint")}
        value={values.keywords}
        error={errors.keywords}
      />
      <CodePicker
        id={id("cpv")}
        name="cpv"
        kind="cpv"
        label={t("watches.fields.cpv")}
        hint={t("watches.fields.cpvHint")}
        picked={picked.cpv ?? []}
        search={search}
        error={errorOf(errors, "cpv")}
      />
      <fieldset className="check-group">
        <legend id={id("places-legend")}>{t("watches.fields.places")}</legend>
        <p className="field-hint">{t("watches.fields.placesHint")}</p>
        <p className="field-label">{t("watches.fields.regions")}</p>
        <div className="check-columns">
          {regions.map((region) => (
            <Check
              key={region.code}
              name="region"
              value={region.code}
              label={region.name}
              checked={values.region.includes(region.code)}
            />
          ))}
        </div>
        {errorOf(errors, "region") ? (
          <span className="field-error">{t(errorOf(errors, "region") ?? "")}</span>
        ) : null}
        <CodePicker
          id={id("municipality")}
          name="municipality"
          kind="municipality"
          label={t("watches.fields.municipalities")}
          hint={t("watches.fields.municipalitiesPickerHint")}
          picked={picked.municipality ?? []}
          search={search}
          error={errorOf(errors, "municipality")}
        />
        <MultiSelect
          field="organisation"
          label={t("watches.fields.organisations")}
          hint={t("watches.fields.municipalitiesHint")}
          options={organisations}
          selected={values.organisation}
          error={errorOf(errors, "organisation")}
        />
      </fieldset>
      <fieldset className="check-group">
        <legend id={id("valueBand-legend")}>{t("watches.fields.valueBands")}</legend>
        <p className="field-hint">{t("watches.fields.valueBandsHint")}</p>
        {valueBands.map((band) => (
          <Check
            key={band}
            name="valueBand"
            value={band}
            label={t(`plans.valueBands.${band}`)}
            checked={values.valueBand.includes(band)}
          />
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend id={id("event-legend")}>{t("watches.fields.events")}</legend>
        {watchEvents.map((event) => (
          <Check
            key={event}
            name="event"
            value={event}
            label={t(`watches.events.${event}`)}
            checked={values.event.includes(event)}
          />
        ))}
        {errorOf(errors, "event") ? (
          <span className="field-error">{t(errorOf(errors, "event") ?? "")}</span>
        ) : null}
      </fieldset>
      <fieldset className="check-group">
        <legend id={id("delivery-legend")}>{t("watches.delivery")}</legend>
        <p className="field-hint">{t("watches.fields.deliveryHint")}</p>
        <Check name="instant" value="on" label={t("watches.fields.instant")} checked={values.instant} />
        <Check name="digest" value="on" label={t("watches.fields.digest")} checked={values.digest} />
        {errors.delivery ? <span className="field-error">{t(errors.delivery)}</span> : null}
      </fieldset>
      <div>
        <Button type="submit" id="watch-submit" disabled={busy}>
          {t("watches.save")}
        </Button>
      </div>
    </Form>
  );
}
