import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { Db, DbOrTx } from "../../db/types.ts";
import { isPlainObject } from "../../lib/json-merge-patch.ts";
import { consumeRateLimit, rateLimits, type Viewer } from "../accounts/index.server.ts";
import {
  type EditablePlan,
  findEditablePlan,
  type PlanPrecondition,
  type PlanRefusal,
  type PlanSnapshot,
} from "../plans/index.server.ts";
import { planSnapshotToInput } from "../plans/index.ts";
import type { WriteServices } from "./api-write.server.ts";
import { authenticateApiToken, type TokenAuthentication } from "./authenticate-api-token.server.ts";
import { problem } from "./http-responses.ts";

// What the write endpoints share: the token, the JSON body, field errors, and the plan's answers when it
// may not be changed, all as RFC 9457 problems.

/**
 * The token's viewer for a write, or a 401 problem with a WWW-Authenticate challenge, or a 429 problem
 * with Retry-After when the token has used its writes for the hour (rateLimits.apiWrites).
 */
export async function viewerOfToken(c: Context, db: Db): Promise<Viewer | Response> {
  const authentication = await authenticateApiToken(db, c.req.header("authorization"));
  if (authentication.status !== "ok") {
    c.header("WWW-Authenticate", 'Bearer realm="hankintasilta"');
    return tokenRefusal(c, authentication);
  }
  const { viewer } = authentication;
  const limit = await consumeRateLimit(db, `api-write:${viewer.apiToken?.id}`, rateLimits.apiWrites);
  if (!limit.allowed) {
    c.header("Retry-After", String(limit.retryAfterSeconds));
    return problem(c, 429, {
      type: "rate-limited",
      title: "Too many writes with this token",
      detail: `A token may make ${rateLimits.apiWrites.limit} writes an hour.`,
    });
  }
  return viewer;
}

/** The 401 problem for a token that does not work; expired and orphaned tokens say why (ADR 024). */
function tokenRefusal(c: Context, authentication: Exclude<TokenAuthentication, { status: "ok" }>) {
  switch (authentication.status) {
    case "unknown":
      return problem(c, 401, { type: "unauthorized", title: "A valid API token is required" });
    case "expired":
      return problem(c, 401, {
        type: "token-expired",
        title: "The API token has expired",
        detail: `The token expired at ${authentication.expiresAt.toISOString()}. An administrator of the organisation can renew it on the organisation's API token page.`,
      });
    case "orphaned":
      return problem(c, 401, {
        type: "token-owner-without-role",
        title: "The API token's owner no longer has a buyer role in the organisation",
        detail:
          "A token acts as its owner and works only while they may edit the organisation's plans. An administrator of the organisation can take the token over on the organisation's API token page, or create a new one.",
      });
    default:
      return assertNever(authentication);
  }
}

/** The body as a JSON object, or a 400 problem. */
export async function jsonObjectBody(c: Context): Promise<Record<string, unknown> | Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return problem(c, 400, { type: "invalid-body", title: "The body is not JSON" });
  }
  if (!isPlainObject(body))
    return problem(c, 400, { type: "invalid-body", title: "The body must be a JSON object" });
  return body;
}

/** A 400 problem naming each bad field with the catalogue key of its problem. */
export function fieldErrors(c: Context, title: string, errors: Record<string, string>, detail?: string) {
  return problem(c, 400, {
    type: "invalid-body",
    title,
    ...(detail ? { detail } : {}),
    errors: Object.entries(errors).map(([name, reason]) => ({ name, reason })),
  });
}

/** Field name → "validation.unknownField" for every key of the body that is not one of `known`. */
export function unknownFields(body: Record<string, unknown>, known: readonly string[]) {
  return Object.fromEntries(
    Object.keys(body)
      .filter((key) => !known.includes(key))
      .map((key) => [key, "validation.unknownField"]),
  );
}

/** The problem for a plan that cannot be changed: 404 hides plans the token may not see. */
export function planRefusal(c: Context, found: Exclude<EditablePlan, { status: "ok" }>) {
  switch (found.status) {
    case "not-found":
      return problem(c, 404, { type: "not-found", title: "Not found" });
    case "forbidden":
      return problem(c, 403, { type: "forbidden", title: "The token may not change this plan" });
    case "archived":
      return problem(c, 409, { type: "archived", title: "The plan is archived and cannot be changed" });
    default:
      return assertNever(found);
  }
}

/**
 * The plan's own strong ETag for writes: a hash of everything a version records, so it changes exactly
 * when the plan does.
 */
export function planWriteEtag(snapshot: PlanSnapshot): string {
  return `"w-${createHash("sha256").update(JSON.stringify(snapshot)).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether an If-Match header lets the write go ahead (RFC 9110 §13.1.1: strong comparison, weak tags
 * never match): no header, `*`, or one of the plan's current ETags.
 */
export function ifMatchAllows(header: string | undefined, etags: (string | null)[]): boolean {
  if (header === undefined || header.trim() === "") return true;
  if (header.trim() === "*") return true;
  return header
    .split(",")
    .map((candidate) => candidate.trim())
    .some((candidate) => !candidate.startsWith("W/") && etags.includes(candidate));
}

export function preconditionFailed(c: Context) {
  return problem(c, 412, {
    type: "precondition-failed",
    title: "The plan has changed since the If-Match ETag was read",
    detail: "Read the plan again and repeat the change against its current state.",
  });
}

/** The answer to a successful write: the plan's state and fields now, with its write ETag. */
export async function planWritten(c: Context, services: WriteServices, viewer: Viewer, planId: string) {
  const saved = await findEditablePlan(services.database.db, viewer, planId);
  if (saved.status !== "ok") return planRefusal(c, saved);
  const { snapshot } = saved;
  return c.json(
    {
      data: {
        id: planId,
        url: `${services.publicUrl}/api/v1/plans/${planId}`,
        status: snapshot.status,
        visibility: snapshot.visibility,
        plan: planSnapshotToInput(snapshot),
      },
    },
    200,
    { ETag: planWriteEtag(snapshot) },
  );
}

function assertNever(value: never): never {
  throw new Error(`unhandled refusal ${JSON.stringify(value)}`);
}

/** The ETag that GET /plans/{id} gives the plan now (null when it is not public), read through `db`. */
export type PublicPlanEtag = (db: DbOrTx, planId: string) => Promise<string | null>;

/**
 * What PATCH and transitions share before their own checks: the token's viewer, a JSON object body and a
 * plan the viewer may edit (answering the refusal otherwise), and the request's If-Match as a
 * precondition that the command checks inside its transaction with the plan row locked (ADR 022), so
 * that of two writes with the same ETag only the first can win.
 */
export async function openPlanWrite(c: Context, db: Db, publicPlanEtag: PublicPlanEtag) {
  const viewer = await viewerOfToken(c, db);
  if (viewer instanceof Response) return viewer;
  const planId = c.req.param("id") ?? "";
  const body = await jsonObjectBody(c);
  if (body instanceof Response) return body;
  const found = await findEditablePlan(db, viewer, planId);
  if (found.status !== "ok") return planRefusal(c, found);
  const ifMatch = c.req.header("if-match");
  const precondition: PlanPrecondition | undefined =
    ifMatch === undefined || ifMatch.trim() === "" || ifMatch.trim() === "*"
      ? undefined
      : async (tx, current) =>
          ifMatchAllows(ifMatch, [planWriteEtag(current)]) ||
          ifMatchAllows(ifMatch, [await publicPlanEtag(tx, planId)]);
  return { viewer, planId, body, precondition };
}

/** The answer when the command refused the write after all (archived or changed meanwhile). */
export function refusedWrite(c: Context, refused: PlanRefusal) {
  return refused === "plans.errors.archived" ? planRefusal(c, { status: "archived" }) : preconditionFailed(c);
}
