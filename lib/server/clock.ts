import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/** The cookie a browser test sets to an ISO date to move the clock (only with WENGU_TEST_CLOCK=1). */
export const TEST_CLOCK_COOKIE = "wengu-test-now";

/** Parses the test clock's cookie value; null when it is missing or not a date. */
export function parseTestNow(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(decodeURIComponent(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The time of this request: real time, unless the test clock is enabled (WENGU_TEST_CLOCK=1,
 * never in production) and the request carries a `wengu-test-now` cookie with an ISO date.
 * Services take `now` as an argument; only pages, actions and route handlers call this.
 */
export async function now(): Promise<Date> {
  if (env.WENGU_TEST_CLOCK !== "1") return new Date();
  const fromCookie = parseTestNow((await cookies()).get(TEST_CLOCK_COOKIE)?.value);
  return fromCookie ?? new Date();
}
