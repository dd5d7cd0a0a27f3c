/**
 * Dates typed into <input type="datetime-local"> mean wall-clock time in the teacher's time
 * zone (User.timezone, e.g. "Asia/Shanghai"), whatever the server's own zone is.
 */

/** Minutes the zone is ahead of UTC at `instant` (Asia/Shanghai → 480). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-09-01T08:00" in `timeZone` as an instant; null when the text is not such a date. */
export function zonedLocalToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Two passes settle the offset around daylight-saving changes.
  let instant = naive - zoneOffsetMinutes(timeZone, new Date(naive)) * 60_000;
  instant = naive - zoneOffsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:MM" wall-clock time in `timeZone` (a datetime-local value). */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(timeZone, instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
