import "server-only";
import type { Db } from "./db";

/** Failed sign-ins allowed per window, per account and per network address. */
export const LOGIN_LIMITS = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 30 } as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSec: number };

/**
 * Counts recent failures in the database (shared by every app server).
 * An account's count restarts after a successful sign-in.
 */
export async function checkLoginAllowed(db: Db, email: string, address: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: accountSince } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { address, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const retryAfter = (failures: { createdAt: Date }[], limit: number) =>
    Math.ceil((failures[failures.length - limit].createdAt.getTime() + LOGIN_LIMITS.windowMs - now.getTime()) / 1000);
  if (accountFailures.length >= LOGIN_LIMITS.perAccount)
    return { allowed: false, retryAfterSec: retryAfter(accountFailures, LOGIN_LIMITS.perAccount) };
  if (addressFailures.length >= LOGIN_LIMITS.perAddress)
    return { allowed: false, retryAfterSec: retryAfter(addressFailures, LOGIN_LIMITS.perAddress) };
  return { allowed: true };
}

export async function recordLoginAttempt(db: Db, email: string, address: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, address, success } });
}
