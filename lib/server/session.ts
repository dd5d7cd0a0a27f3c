import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { isRole, type Role } from "@/lib/domain/constants";
import { auth } from "./auth";
import { db } from "./db";

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
}

/** The signed-in user, read fresh from the database once per request (roles can change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, role: true, disabled: true, locale: true, timezone: true,
      newPerDay: true, reviewsPerDay: true, desiredRetention: true,
    },
  });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { ...user, role: user.role };
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
