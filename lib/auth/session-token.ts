/**
 * Reading the session: next-auth's JWT cookie, decrypted and checked (signature, expiry) with
 * AUTH_SECRET. Used by the proxy and by every request's user lookup. It only reads: the cookie is
 * issued once, at sign-in, and never re-issued on the way, so no background request of a page can
 * bring back a session its user has just signed out of. Sessions end 30 days after signing in.
 */
import { getToken } from "next-auth/jwt";

const SESSION_COOKIE = "authjs.session-token";

/**
 * Cookies already decrypted, with their user and expiry: a token's content cannot change, so its
 * answer is the same until it expires, and decrypting costs about a third of a millisecond on
 * every request. Per process, and only a cache: each server decrypts a cookie it has not seen.
 */
const decrypted = new Map<string, { sub: string; expiresAt: number }>();
const MAX_CACHED = 10_000;
let cachedFor: string | undefined;

/** The signed-in user's id from the request's cookies (several when next-auth chunks a long token), or null. */
export async function sessionUserId(cookies: readonly { name: string; value: string }[], secret: string | undefined): Promise<string | null> {
  const session = cookies.filter((c) => c.name.includes(SESSION_COOKIE));
  if (session.length === 0) return null;
  if (!secret) throw new Error("AUTH_SECRET is not set: `npm start` writes one to .env.local, or set it yourself.");
  if (cachedFor !== secret) {
    decrypted.clear();
    cachedFor = secret;
  }
  const secureCookie = session.some((c) => c.name.startsWith("__Secure-"));
  const cookie = session.map((c) => `${c.name}=${c.value}`).join("; ");
  const hit = decrypted.get(cookie);
  if (hit && hit.expiresAt > Date.now()) return hit.sub;
  if (hit) decrypted.delete(cookie);
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
  if (typeof token?.sub !== "string") return null;
  if (typeof token.exp === "number") {
    if (decrypted.size >= MAX_CACHED) decrypted.delete(decrypted.keys().next().value as string);
    decrypted.set(cookie, { sub: token.sub, expiresAt: token.exp * 1000 });
  }
  return token.sub;
}
