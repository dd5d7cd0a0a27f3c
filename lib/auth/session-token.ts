/**
 * Reading the session: next-auth's JWT cookie, decrypted and checked (signature, expiry) with
 * AUTH_SECRET. Used by the proxy and by every request's user lookup. It only reads: the cookie is
 * issued once, at sign-in, and never re-issued on the way, so no background request of a page can
 * bring back a session its user has just signed out of. Sessions end 30 days after signing in.
 */
import { getToken } from "next-auth/jwt";

const SESSION_COOKIE = "authjs.session-token";

/** The signed-in user's id from the request's cookies (several when next-auth chunks a long token), or null. */
export async function sessionUserId(cookies: readonly { name: string; value: string }[], secret: string | undefined): Promise<string | null> {
  const session = cookies.filter((c) => c.name.includes(SESSION_COOKIE));
  if (session.length === 0) return null;
  if (!secret) throw new Error("AUTH_SECRET is not set: `npm start` writes one to .env.local, or set it yourself.");
  const secureCookie = session.some((c) => c.name.startsWith("__Secure-"));
  const cookie = session.map((c) => `${c.name}=${c.value}`).join("; ");
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
  return typeof token?.sub === "string" ? token.sub : null;
}
