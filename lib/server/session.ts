import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { isRole, type Role } from "@/lib/domain/constants";
import { sessionUserId } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { db, directSql } from "./db";
import { asBoolean, asNumber, type SqlParam } from "./direct-sql";
import { toDayTally, type DayTally } from "./study-sql";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  timezone: string;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
  /** The latest day the user answered on (the practice queue's daily limits); null if none. */
  studyDay: DayTally | null;
}

// with the user's latest StudyDay: the practice queue's daily limits need no statement of their own;
// named u_… so that authorizeWith can read another row beside them
const USER_COLUMNS = [
  ...["id", "email", "name", "role", "disabled", "locale", "timezone", "newPerDay", "reviewsPerDay", "desiredRetention"].map((c) => `u."${c}" AS "u_${c}"`),
  ...["dayStart", "answers", "newCards", "reviews"].map((c) => `d."${c}" AS "u_${c}"`),
].join(", ");
const USER_FROM = `FROM "User" u LEFT JOIN "StudyDay" d ON d."userId" = u."id" AND d."dayStart" = (SELECT MAX(x."dayStart") FROM "StudyDay" x WHERE x."userId" = u."id")`;
const USER_BY_ID = `SELECT ${USER_COLUMNS} ${USER_FROM} WHERE u."id" = ?`;

function toCurrentUser(row: Record<string, unknown> | undefined): CurrentUser | null {
  if (!row) return null;
  const v = (name: string) => row[`u_${name}`];
  const role = String(v("role"));
  if (asBoolean(v("disabled")) || !isRole(role)) return null;
  return {
    id: String(v("id")),
    email: String(v("email")),
    name: String(v("name")),
    role,
    locale: String(v("locale")),
    timezone: String(v("timezone")),
    newPerDay: asNumber(v("newPerDay")),
    reviewsPerDay: asNumber(v("reviewsPerDay")),
    desiredRetention: asNumber(v("desiredRetention")),
    studyDay:
      v("dayStart") == null
        ? null
        : toDayTally({ dayStart: v("dayStart"), answers: v("answers"), newCards: v("newCards"), reviews: v("reviews") }),
  };
}

/** The id in the request's session cookie, checked (signature, expiry) but not looked up. */
export const sessionUser = cache(async (): Promise<string | null> =>
  // the cookie jar, not the request's headers: after signing out in a server action, the page
  // rendered in the same response must see the session gone
  sessionUserId((await cookies()).getAll(), env.AUTH_SECRET),
);

/** The signed-in user, read fresh from the database once per request (roles can change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUser();
  if (!id) return null;
  // plain SQL (lib/server/direct-sql.ts): it runs on every request
  const [row] = await directSql(db).all<Record<string, unknown>>(USER_BY_ID, [id]);
  return toCurrentUser(row);
});

/** Who may do what: an admin may do everything a teacher may, a teacher what a student may. */
export function hasRole(user: { role: Role }, allowed: readonly Role[]): boolean {
  return allowed.includes(user.role) || user.role === "admin";
}

/**
 * For pages and layouts: a signed-out visitor is sent to sign in; a user without the role
 * gets 404, so that pages of other roles are not revealed.
 */
export async function requireUser(...allowed: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (allowed.length > 0 && !hasRole(user, allowed)) notFound();
  return user;
}

export type AccessError = { ok: false; code: "unauthenticated" | "forbidden"; status: 401 | 403; message: string };

export const UNAUTHENTICATED: AccessError = { ok: false, code: "unauthenticated", status: 401, message: "Sign in first." };
const FORBIDDEN: AccessError = { ok: false, code: "forbidden", status: 403, message: "You do not have access to this." };

/** What keeps `user` out: not signed in (or disabled), or without one of the roles; null when nothing does. */
function denial(user: CurrentUser | null, allowed: readonly Role[]): AccessError | null {
  if (!user) return UNAUTHENTICATED;
  return allowed.length > 0 && !hasRole(user, allowed) ? FORBIDDEN : null;
}

/** For server actions and route handlers: the user, or an error value to return. */
export async function authorize(...allowed: Role[]): Promise<{ ok: true; user: CurrentUser } | AccessError> {
  const user = await getCurrentUser();
  return denial(user, allowed) ?? { ok: true, user: user! };
}

const withRowTexts = new Map<string, string>();
/** USER_BY_ID with the one row of another query beside the user's columns. */
function userWithRowText(text: string): string {
  let out = withRowTexts.get(text);
  if (!out) withRowTexts.set(text, (out = `SELECT ${USER_COLUMNS}, x.* ${USER_FROM} LEFT JOIN (${text}) AS x ON TRUE WHERE u."id" = ?`));
  return out;
}

/**
 * authorize, with a row of the user's own read in the same statement (one round trip instead of
 * two, for the busiest route): `extra(userId)` is a query of at most one row whose columns do not
 * start with "u_"; its row comes back as `row`, null when it has none.
 */
export async function authorizeWith(
  extra: (userId: string) => { text: string; params: readonly SqlParam[] },
  ...allowed: Role[]
): Promise<{ ok: true; user: CurrentUser; row: Record<string, unknown> | null } | AccessError> {
  const id = await sessionUser();
  if (!id) return UNAUTHENTICATED;
  const { text, params } = extra(id);
  const [row] = await directSql(db).all<Record<string, unknown>>(userWithRowText(text), [...params, id]);
  const user = toCurrentUser(row);
  return denial(user, allowed) ?? { ok: true, user: user!, row: row ?? null };
}
