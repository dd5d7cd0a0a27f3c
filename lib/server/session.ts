import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { isRole, type Role } from "@/lib/domain/constants";
import { sessionUserId } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { db, directSql } from "./db";
import { asBoolean, asNumber } from "./direct-sql";
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

// with the user's latest StudyDay: the practice queue's daily limits need no statement of their own
const USER_BY_ID = `SELECT u."id", u."email", u."name", u."role", u."disabled", u."locale", u."timezone", u."newPerDay", u."reviewsPerDay",
    u."desiredRetention", d."dayStart", d."answers", d."newCards", d."reviews"
  FROM "User" u LEFT JOIN "StudyDay" d ON d."userId" = u."id" AND d."dayStart" = (SELECT MAX(x."dayStart") FROM "StudyDay" x WHERE x."userId" = u."id")
  WHERE u."id" = ?`;

/** The signed-in user, read fresh from the database once per request (roles can change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // the cookie jar, not the request's headers: after signing out in a server action, the page
  // rendered in the same response must see the session gone
  const id = await sessionUserId((await cookies()).getAll(), env.AUTH_SECRET);
  if (!id) return null;
  // plain SQL (lib/server/direct-sql.ts): it runs on every request
  const [user] = await directSql(db).all<Omit<CurrentUser, "role" | "studyDay"> & { role: string; disabled: unknown } & Record<keyof DayTally, unknown>>(
    USER_BY_ID,
    [id],
  );
  if (!user || asBoolean(user.disabled) || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    timezone: user.timezone,
    newPerDay: asNumber(user.newPerDay),
    reviewsPerDay: asNumber(user.reviewsPerDay),
    desiredRetention: asNumber(user.desiredRetention),
    studyDay: user.dayStart == null ? null : toDayTally(user),
  };
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

/** For server actions and route handlers: the user, or an error value to return. */
export async function authorize(...allowed: Role[]): Promise<{ ok: true; user: CurrentUser } | AccessError> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "unauthenticated", status: 401, message: "Sign in first." };
  if (allowed.length > 0 && !hasRole(user, allowed))
    return { ok: false, code: "forbidden", status: 403, message: "You do not have access to this." };
  return { ok: true, user };
}
