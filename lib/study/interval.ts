/** How long until a date, in the one unit a person would say ("10 minutes", "3 days", "2 months"). */
export type IntervalUnit = "minute" | "hour" | "day" | "month" | "year";

export function intervalParts(fromMs: number, toMs: number): { unit: IntervalUnit; count: number } {
  const minutes = Math.max(1, Math.round((toMs - fromMs) / 60_000));
  if (minutes < 60) return { unit: "minute", count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: "hour", count: hours };
  const days = Math.round(hours / 24);
  if (days < 31) return { unit: "day", count: days };
  const months = Math.round(days / 30.4);
  if (months < 12) return { unit: "month", count: months };
  return { unit: "year", count: Math.round((days / 365) * 10) / 10 };
}
