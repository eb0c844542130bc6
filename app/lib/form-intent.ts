import { data } from "react-router";

/**
 * The forms one route's action accepts, told apart by the posted `intent` field. A route whose action
 * serves more than one form exports them as `handle.intents` and reads the posted one with readIntent,
 * which refuses any other with a 400: so the list is exactly what the action does, and the authorization
 * matrix (tests/system/authorization-matrix.test.ts) requires a row for each (route, intent).
 */
export type FormIntents<Name extends string = string> = {
  readonly names: readonly Name[];
  /** What a post without an `intent` field means (e.g. a form's main button), or null: refused. */
  readonly fallback: Name | null;
};

/** The route's intents, e.g. `formIntents(["password", "magic-link"], { fallback: "password" })`. */
export function formIntents<const Name extends string>(
  names: readonly Name[],
  options: { fallback?: NoInfer<Name> } = {},
): FormIntents<Name> {
  return { names, fallback: options.fallback ?? null };
}

/**
 * The intent a posted value names: an intent may carry one argument after a colon (`useCpv:90910000`
 * picks a found CPV code). A missing field gives `fallback`; anything unknown gives null.
 */
export function parseIntent<Name extends string>(
  value: unknown,
  intents: FormIntents<Name>,
): { name: Name; argument: string } | null {
  if (value === null || value === undefined)
    return intents.fallback ? { name: intents.fallback, argument: "" } : null;
  if (typeof value !== "string") return null;
  const colon = value.indexOf(":");
  const name = colon === -1 ? value : value.slice(0, colon);
  const argument = colon === -1 ? "" : value.slice(colon + 1);
  return intents.names.find((known) => known === name) ? { name: name as Name, argument } : null;
}

/** The posted form's intent; an unknown one is a 400 (bad_request), never a silent fall-through. */
export function readIntent<Name extends string>(
  formData: FormData,
  intents: FormIntents<Name>,
): { name: Name; argument: string } {
  const intent = parseIntent(formData.get("intent"), intents);
  if (!intent) throw data({ code: "bad_request" }, { status: 400 });
  return intent;
}
