// The audit log in words (issue 12 point 19): an entry's summary, a JSON object each command writes, as
// a list of labelled values the page translates. Identifiers and hashes are left out (they say nothing
// to a reader); known code values (stages, states, roles, kinds) are named by catalogue keys.

/** One value of an entry, as the page shows it. */
export type AuditValue =
  | { kind: "text"; text: string }
  | { kind: "key"; key: string; fallback: string }
  | { kind: "keys"; items: { key: string; fallback: string }[] }
  | { kind: "yesNo"; yes: boolean }
  | { kind: "date"; iso: string };

/** A labelled value: `label` is a catalogue key (`auditFields.<field>`) with the field name as fallback. */
export type AuditDetail = { field: string; label: string; value: AuditValue };

const isoDate = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hidden = new Set(["sha256", "partnerRequestId", "poster", "previousOwnerId"]);

/** The catalogue prefix that names a field's code values, by action and field. */
function codeListOf(action: string, field: string): string | null {
  if (action === "plans.transition" && (field === "from" || field === "to")) return "plans.statuses";
  if (action.startsWith("presentations.") && (field === "from" || field === "to" || field === "state"))
    return "presentations.states";
  if (field === "visibility") return "plans.visibilities";
  if (field === "role") return "roles";
  if (field === "kind" && action.startsWith("organisations.")) return "organisations.kinds";
  if (field === "changed") return "plans.fields";
  if (field === "events") return "watches.happened";
  return null;
}

function describeValue(action: string, field: string, value: unknown): AuditValue | null {
  if (value === null || value === undefined || value === "") return null;
  const codes = codeListOf(action, field);
  if (typeof value === "boolean") return { kind: "yesNo", yes: value };
  if (typeof value === "number") return { kind: "text", text: String(value) };
  if (typeof value === "string") {
    if (uuid.test(value)) return null;
    if (field === "side") return { kind: "key", key: `auditValues.sides.${value}`, fallback: value };
    if (codes) return { kind: "key", key: `${codes}.${value}`, fallback: value };
    if (isoDate.test(value)) return { kind: "date", iso: value };
    return { kind: "text", text: value };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((item) => typeof item === "string")) {
      const items = (value as string[]).filter((item) => !uuid.test(item));
      if (items.length === 0) return { kind: "text", text: String(value.length) };
      return codes
        ? { kind: "keys", items: items.map((item) => ({ key: `${codes}.${item}`, fallback: item })) }
        : { kind: "text", text: items.join(", ") };
    }
    // Files and the like: their names.
    const names = value.flatMap((item) =>
      item && typeof item === "object" && "fileName" in item ? [String(item.fileName)] : [],
    );
    return { kind: "text", text: names.length > 0 ? names.join(", ") : String(value.length) };
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // An API key acting for its owner: its name.
    if (typeof record.name === "string") return { kind: "text", text: record.name };
    const parts = Object.entries(record)
      .filter(([, part]) => typeof part === "number" || typeof part === "string")
      .map(([key, part]) => `${key}: ${part}`);
    return parts.length > 0 ? { kind: "text", text: parts.join(", ") } : null;
  }
  return null;
}

/**
 * An audit entry's summary as labelled values in a stable order, without identifiers.
 *
 * @example describeAuditSummary("plans.transition", { from: "idea", to: "market-research" })
 * // [{ field: "from", label: "auditFields.from", value: { kind: "key", key: "plans.statuses.idea", … } }, …]
 */
export function describeAuditSummary(action: string, summary: unknown): AuditDetail[] {
  if (!summary || typeof summary !== "object" || Array.isArray(summary)) return [];
  // jsonb keeps keys in its own order ("to" before "from"): before comes first.
  const rank = (field: string) => ["from", "to"].indexOf(field) + 1 || 3;
  const entries = Object.entries(summary as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b));
  return entries.flatMap(([field, raw]) => {
    if (field === "id" || /Id$/.test(field) || hidden.has(field)) return [];
    const value = describeValue(action, field, raw);
    return value ? [{ field, label: `auditFields.${field}`, value }] : [];
  });
}
