/**
 * Calendar days in the learner's time zone: daily limits, streaks and "reviews per day" count
 * from local midnight, not UTC midnight. Pure (Intl only), shared by server and tests.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone if the runtime knows it, else Wengu's default. */
export function validTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function localParts(date: Date, timeZone: string) {
  const parts = formatterFor(validTimeZone(timeZone)).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Minutes to add to UTC to get local time in the zone at that instant (+480 for Shanghai). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-03-01": the local calendar day of an instant. */
export function dayKey(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The instant local midnight began on the day of `date`. */
export function startOfDay(date: Date, timeZone: string): Date {
  return dayBounds(date, timeZone).start;
}

function localMidnight(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  const localMidnightAsUtc = Date.UTC(p.year, p.month - 1, p.day);
  // the offset at midnight can differ from the offset now (daylight saving): settle it in two steps
  const guess = localMidnightAsUtc - offsetMinutes(date, timeZone) * 60_000;
  return localMidnightAsUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
}

// the last day worked out per zone: nearly every call falls within it, and Intl is slow
const lastDays = new Map<string, { start: number; end: number }>();

/** The instants the local day of `date` begins and ends (the next one begins). */
export function dayBounds(date: Date, timeZone: string): { start: Date; end: Date } {
  const t = date.getTime();
  let day = lastDays.get(timeZone);
  if (!day || t < day.start || t >= day.end) {
    const start = localMidnight(date, timeZone);
    // 36 hours on is always within the next day, whatever daylight saving does to this one
    day = { start, end: localMidnight(new Date(start + 36 * 3_600_000), timeZone) };
    if (lastDays.size > 1000) lastDays.clear();
    lastDays.set(timeZone, day);
  }
  return { start: new Date(day.start), end: new Date(day.end) };
}

/** The day key `n` days after `key` (negative: before). */
export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/**
 * Consecutive days with at least one answer, ending today, or yesterday when nothing has been
 * answered yet today (the streak is not lost before the day is over).
 */
export function streakLength(activeDays: Iterable<string>, today: string): number {
  const days = new Set(activeDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}
