import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Locale } from "../../i18n/locales.ts";

// The secret may be shared with other uses (AUTH_SECRET); the label keeps these signatures from
// being valid anywhere else.
const purpose = "hankintasilta/mail-unsubscribe/v1";

const claimsSchema = z.object({ a: z.string().min(3), t: z.string().min(1) });

export type UnsubscribeClaims = { address: string; topic: string };

/**
 * A token naming an address and a topic (e.g. "invitations", "plan-updates"), signed with HMAC-SHA256
 * so the unsubscribe link works without logging in and cannot be forged for someone else's address.
 * It does not expire: RFC 8058 expects an unsubscribe link to keep working.
 * @example
 * const token = createUnsubscribeToken({ address: "a@example.fi", topic: "invitations", secret });
 * verifyUnsubscribeToken(token, secret); // { address: "a@example.fi", topic: "invitations" }
 */
export function createUnsubscribeToken({
  address,
  topic,
  secret,
}: UnsubscribeClaims & { secret: string }): string {
  const payload = Buffer.from(JSON.stringify({ a: address.trim().toLowerCase(), t: topic })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload, secret)}`;
}

/** The address and topic of a genuine token; null for anything tampered with, truncated or foreign. */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeClaims | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return claims.success ? { address: claims.data.a, topic: claims.data.t } : null;
  } catch {
    return null;
  }
}

/** The page that confirms (GET) or performs (POST, RFC 8058 one-click) the unsubscription. */
export function buildUnsubscribeUrl({
  publicUrl,
  locale,
  token,
}: {
  publicUrl: string;
  locale: Locale;
  token: string;
}): string {
  return `${publicUrl.replace(/\/+$/, "")}/${locale}/unsubscribe?token=${encodeURIComponent(token)}`;
}

function sign(payload: string, secret: string): string {
  if (secret.length < 16) throw new Error("The unsubscribe secret must be at least 16 characters");
  return createHmac("sha256", secret).update(`${purpose}:${payload}`).digest("base64url");
}
