import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { PickerKind, PickerOption } from "../modules/reference-data/index.ts";

/** A no-JavaScript search of one picker, as the form's action answered it. */
export type PickerSearch = { field: string; query: string; matches: PickerOption[] };

const describe = (option: PickerOption) =>
  option.path.length > 0 ? `${option.path.join(" › ")}` : undefined;

/**
 * The form's default button, first in the form: Enter in any field presses it. The action then searches
 * a picker whose search box has text (Enter in a search box without JavaScript) and saves otherwise.
 */
export function PickerDefaultButton() {
  return <button type="submit" name="pick" value="" hidden tabIndex={-1} />;
}

/** One picked (or found) choice: a native checkbox, so the form posts it with or without JavaScript. */
function Choice({
  id,
  name,
  option,
  checked,
}: {
  id: string;
  name: string;
  option: PickerOption;
  checked: boolean;
}) {
  const path = describe(option);
  return (
    <li className="check-field picker-choice">
      <input type="checkbox" id={id} name={name} value={option.code} defaultChecked={checked} />
      <label htmlFor={id}>
        {option.label} <span className="picker-code">{option.code}</span>
        {path ? <span className="picker-path">{path}</span> : null}
      </label>
    </li>
  );
}

/**
 * A picker of CPV codes or municipalities, one field of a larger form. Without JavaScript it is a list
 * of checkboxes (what is picked) and a search box whose button (`pick=<name>`) posts the form back; the
 * action answers with the matches as unticked checkboxes (PickerSearch). With JavaScript the search box
 * is an ARIA 1.2 combobox: suggestions from `/:lang/picker` as the person types, arrow keys to move,
 * Enter to pick, Escape to close; a pick becomes a ticked checkbox and is announced.
 */
export function CodePicker({
  id,
  name,
  kind,
  label,
  hint,
  picked,
  search,
  error,
}: {
  id: string;
  name: string;
  kind: PickerKind;
  label: string;
  hint: string;
  picked: PickerOption[];
  search?: PickerSearch | undefined;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { lang = "fi" } = useParams();
  const [enhanced, setEnhanced] = useState(false);
  const [added, setAdded] = useState<PickerOption[]>([]);
  const [query, setQuery] = useState(search?.field === name ? search.query : "");
  const [suggestions, setSuggestions] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setEnhanced(true), []);
  useEffect(() => {
    if (!enhanced) return;
    const text = query.trim();
    if (text.length < 2) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const url = `/${lang}/picker?${new URLSearchParams({ kind, q: text })}`;
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { options: PickerOption[] };
        setSuggestions(body.options);
        setActive(-1);
        setOpen(true);
        setStatus(t("picker.suggestions", { count: body.options.length }));
      } catch {
        // Aborted by the next keystroke, or offline: the search button still works.
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enhanced, query, kind, lang, t]);

  const all = [...picked, ...added];
  const pickedCodes = new Set(all.map((option) => option.code));
  const found = search?.field === name ? search.matches.filter((m) => !pickedCodes.has(m.code)) : [];
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: PickerOption) => {
    if (!pickedCodes.has(option.code)) setAdded((list) => [...list, option]);
    setStatus(t("picker.added", { name: option.label, count: pickedCodes.size + 1 }));
    setQuery("");
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!enhanced) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open && suggestions.length > 0) setOpen(true);
      const count = suggestions.length;
      if (count === 0) return;
      if (event.key === "ArrowDown") setActive((index) => (index + 1 >= count ? 0 : index + 1));
      else setActive((index) => (index - 1 < 0 ? count - 1 : index - 1));
    } else if (event.key === "Enter") {
      // Enter picks the active suggestion, and never submits the whole form from the search box.
      if (query.trim() !== "" || open) event.preventDefault();
      const option = suggestions[active] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (open && option) choose(option);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
      setActive(-1);
    }
  };
  const activeOption = open && active >= 0 && active < suggestions.length ? optionId(active) : undefined;

  return (
    <fieldset className="check-group picker" id={`${id}-group`}>
      <legend id={`${id}-legend`}>{label}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {all.length > 0 ? (
        <>
          <p className="field-label" id={`${id}-picked`}>
            {t("picker.picked", { count: all.length })}
          </p>
          <ul className="picker-list" aria-labelledby={`${id}-picked`}>
            {all.map((option) => (
              <Choice key={option.code} id={`${id}-${option.code}`} name={name} option={option} checked />
            ))}
          </ul>
        </>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {t(error)}
        </span>
      ) : null}
      <div className="picker-search">
        <label htmlFor={id}>{t(`picker.search.${kind}`)}</label>
        <div className="picker-row">
          <input
            ref={input}
            id={id}
            name={`${name}Search`}
            type="text"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            {...(enhanced
              ? {
                  role: "combobox",
                  "aria-autocomplete": "list" as const,
                  "aria-expanded": open,
                  "aria-controls": listId,
                  "aria-activedescendant": activeOption,
                }
              : {})}
          />
          <button type="submit" name="pick" value={name} className="picker-button" formNoValidate>
            {t("picker.searchButton")}
          </button>
        </div>
        {enhanced ? (
          <div id={listId} role="listbox" className="picker-listbox" aria-label={label} hidden={!open}>
            {suggestions.map((option, index) => (
              <div
                key={option.code}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={index === active ? "is-active" : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
              >
                {option.label} <span className="picker-code">{option.code}</span>
                {describe(option) ? <span className="picker-path">{describe(option)}</span> : null}
              </div>
            ))}
          </div>
        ) : null}
        {enhanced && open && suggestions.length === 0 ? (
          <p className="picker-empty">{t("picker.noMatches")}</p>
        ) : null}
        <span className="visually-hidden" aria-live="polite">
          {status}
        </span>
      </div>
      {search?.field === name ? (
        <div className="picker-found">
          <p className="field-label" id={`${id}-found`}>
            {search.query.trim().length < 2
              ? t("picker.tooShort")
              : found.length > 0
                ? t("picker.found", { count: found.length, query: search.query })
                : t("picker.noneFound", { query: search.query })}
          </p>
          {found.length > 0 ? (
            <ul className="picker-list" aria-labelledby={`${id}-found`}>
              {found.map((option) => (
                <Choice
                  key={option.code}
                  id={`${id}-found-${option.code}`}
                  name={name}
                  option={option}
                  checked={false}
                />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
