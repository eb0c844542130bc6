import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button } from "suomifi-ui-components";
import type { CompanyFormValues } from "../modules/companies/index.server.ts";
import {
  certificateCodes,
  maxContacts,
  maxReferences,
  serviceLanguageChoices,
  sizeClasses,
} from "../modules/companies/index.ts";
import type { PickerOption } from "../modules/reference-data/index.ts";
import { CodePicker, PickerDefaultButton, type PickerSearch } from "./code-picker.tsx";
import { CheckboxField, ErrorSummary, TextField } from "./native-form-fields.tsx";

const id = (path: string) => `company-${path.replace(/[^\w]+/g, "-")}`;
const textOf = (values: CompanyFormValues, key: string) => {
  const value = values[key];
  return typeof value === "string" ? value : "";
};
const listOf = (values: CompanyFormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? value : [];
};

const rowFieldLabels: Record<string, string> = {
  customer: "companies.fields.customer",
  year: "companies.fields.year",
  description: "companies.fields.referenceDescription",
  name: "companies.fields.contactName",
  title: "companies.fields.contactTitle",
  email: "companies.fields.contactEmail",
  phone: "companies.fields.contactPhone",
};

/** The label the error summary names: "Yhteyshenkilö 1, Sähköposti" for "contacts.0.email". */
function labelOf(path: string, t: TFunction): string {
  const [field = path, second, third] = path.split(".");
  if ((field === "references" || field === "contacts") && second !== undefined && third) {
    const row = t(field === "references" ? "companies.referenceRow" : "companies.contactRow", {
      number: Number(second) + 1,
    });
    const key = rowFieldLabels[third];
    return key ? `${row}, ${t(key)}` : row;
  }
  if (field === "description" && second)
    return t(`workspace.inLanguage.${second}`, { field: t("companies.fields.description") });
  return t(`companies.fields.${field}`);
}

/** Where an error's link in the summary leads (a group's first field for group errors). */
function anchorOf(path: string): string {
  if (path === "serviceArea") return id("servesAllFinland");
  if (path.startsWith("offering")) return id("offering");
  if (path === "regions") return id("regions-legend");
  if (path === "serviceLanguages") return id("serviceLanguages-fi");
  return id(path);
}

/** A text field of the form by its path ("description.fi", "contacts.0.email"). */
function Field({
  path,
  label,
  values,
  errors,
  hint,
  type,
  multiline,
}: {
  path: string;
  label: string;
  values: CompanyFormValues;
  errors: Record<string, string>;
  hint?: string;
  type?: "text" | "email" | "tel" | "url";
  multiline?: boolean;
}) {
  return (
    <TextField
      id={id(path)}
      name={path}
      label={label}
      hint={hint}
      error={errors[path] ?? (path === "offering" ? errors["offering.0"] : undefined)}
      defaultValue={textOf(values, path)}
      {...(type ? { type } : {})}
      {...(multiline ? { multiline } : {})}
    />
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

/** The company profile form: plain HTML fields, so it works without JavaScript. */
export function CompanyProfileForm({
  values,
  errors,
  regions,
  picked,
  search,
  busy,
}: {
  values: CompanyFormValues;
  errors: Record<string, string>;
  regions: { code: string; name: string }[];
  /** What the pickers hold, with names (offering, municipalities). */
  picked: Record<string, PickerOption[]>;
  search?: PickerSearch | undefined;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const groupError = (path: string) =>
    errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
  return (
    <Form method="post" className="form-stack" noValidate>
      <PickerDefaultButton />
      <ErrorSummary
        id="company-errors"
        errors={errors}
        idOf={anchorOf}
        labelOf={(path) => labelOf(path, t)}
      />
      <fieldset className="check-group listing-choice">
        <legend>{t("companies.fields.listing")}</legend>
        <p className="field-hint" id={id("isListed-hint")}>
          {t("companies.fields.isListedExplained")}
        </p>
        <Check
          name="isListed"
          value="on"
          label={t("companies.fields.isListed")}
          checked={textOf(values, "isListed") === "on"}
        />
        <span className="field-hint">{t("companies.fields.isListedHint")}</span>
      </fieldset>
      <fieldset className="check-group">
        <legend>{t("companies.fields.sizeClass")}</legend>
        {sizeClasses.map((size) => (
          <div className="check-field" key={size}>
            <input
              type="radio"
              id={id(`sizeClass-${size}`)}
              name="sizeClass"
              value={size}
              defaultChecked={textOf(values, "sizeClass") === size}
            />
            <label htmlFor={id(`sizeClass-${size}`)}>{t(`companies.sizes.${size}`)}</label>
          </div>
        ))}
        {errors.sizeClass ? (
          <span id={id("sizeClass")} className="field-error">
            {t(errors.sizeClass)}
          </span>
        ) : null}
      </fieldset>
      {(["fi", "sv", "en"] as const).map((lang) => (
        <Field
          key={lang}
          path={`description.${lang}`}
          label={t(`workspace.inLanguage.${lang}`, { field: t("companies.fields.description") })}
          values={values}
          errors={errors}
          multiline
        />
      ))}
      <CodePicker
        id={id("offering")}
        name="offering"
        kind="cpv"
        label={t("companies.fields.offering")}
        hint={t("companies.fields.offeringHint")}
        picked={picked.offering ?? []}
        search={search}
        error={groupError("offering")}
      />
      <fieldset className="check-group">
        <legend id={id("regions-legend")}>{t("companies.fields.serviceArea")}</legend>
        <Check
          name="servesAllFinland"
          value="on"
          label={t("companies.fields.servesAllFinland")}
          checked={textOf(values, "servesAllFinland") === "on"}
        />
        {errors.serviceArea ? <span className="field-error">{t(errors.serviceArea)}</span> : null}
        <p className="field-label">{t("companies.fields.regions")}</p>
        <div className="check-columns">
          {regions.map((region) => (
            <Check
              key={region.code}
              name="regions"
              value={region.code}
              label={region.name}
              checked={listOf(values, "regions").includes(region.code)}
            />
          ))}
        </div>
        <CodePicker
          id={id("municipalities")}
          name="municipalities"
          kind="municipality"
          label={t("companies.fields.municipalities")}
          hint={t("companies.fields.municipalitiesHint")}
          picked={picked.municipalities ?? []}
          search={search}
          error={groupError("municipalities")}
        />
      </fieldset>
      <fieldset className="check-group">
        <legend>{t("companies.fields.certificates")}</legend>
        <div className="check-columns">
          {certificateCodes.map((code) => (
            <Check
              key={code}
              name="certificates"
              value={code}
              label={t(`companies.certificates.${code}`)}
              checked={listOf(values, "certificates").includes(code)}
            />
          ))}
        </div>
        <Field
          path="otherCertificate"
          label={t("companies.fields.otherCertificate")}
          hint={t("companies.fields.otherCertificateHint")}
          values={values}
          errors={errors}
        />
      </fieldset>
      <fieldset className="check-group">
        <legend id={id("serviceLanguages-legend")}>{t("companies.fields.serviceLanguages")}</legend>
        <div className="check-columns">
          {serviceLanguageChoices.map((code) => (
            <Check
              key={code}
              name="serviceLanguages"
              value={code}
              label={t(`companies.languages.${code}`)}
              checked={listOf(values, "serviceLanguages").includes(code)}
            />
          ))}
        </div>
        {groupError("serviceLanguages") ? (
          <span className="field-error">{t(groupError("serviceLanguages") ?? "")}</span>
        ) : null}
      </fieldset>
      <Field
        path="website"
        label={t("companies.fields.website")}
        type="url"
        values={values}
        errors={errors}
      />
      <fieldset className="check-group">
        <legend>{t("companies.fields.references")}</legend>
        {[...Array(maxReferences).keys()].map((row) => (
          <fieldset key={`reference-${row}`} className="row-group">
            <legend>{t("companies.referenceRow", { number: row + 1 })}</legend>
            <Field
              path={`references.${row}.customer`}
              label={t("companies.fields.customer")}
              values={values}
              errors={errors}
            />
            <Field
              path={`references.${row}.year`}
              label={t("companies.fields.year")}
              values={values}
              errors={errors}
            />
            <Field
              path={`references.${row}.description`}
              label={t("companies.fields.referenceDescription")}
              values={values}
              errors={errors}
              multiline
            />
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend>{t("companies.fields.contacts")}</legend>
        <p className="field-hint">{t("companies.contactsHidden")}</p>
        {[...Array(maxContacts).keys()].map((row) => (
          <fieldset key={`contact-${row}`} className="row-group">
            <legend>{t("companies.contactRow", { number: row + 1 })}</legend>
            <Field
              path={`contacts.${row}.name`}
              label={t("companies.fields.contactName")}
              values={values}
              errors={errors}
            />
            <Field
              path={`contacts.${row}.title`}
              label={t("companies.fields.contactTitle")}
              values={values}
              errors={errors}
            />
            <Field
              path={`contacts.${row}.email`}
              label={t("companies.fields.contactEmail")}
              type="email"
              values={values}
              errors={errors}
            />
            <Field
              path={`contacts.${row}.phone`}
              label={t("companies.fields.contactPhone")}
              type="tel"
              values={values}
              errors={errors}
            />
          </fieldset>
        ))}
      </fieldset>
      <div>
        <Button type="submit" id="company-profile-submit" disabled={busy}>
          {t("companies.submit")}
        </Button>
      </div>
    </Form>
  );
}
