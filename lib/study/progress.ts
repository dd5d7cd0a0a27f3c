/** Shapes and buckets of the progress page (pure). */
import { addDays } from "./day";

/** Review intervals (days since the card was last answered) grouped the way a learner thinks of them. */
export const INTERVAL_BUCKETS = [
  { key: "1d", max: 1 },
  { key: "2-3d", max: 3 },
  { key: "4-7d", max: 7 },
  { key: "8-14d", max: 14 },
  { key: "15-30d", max: 30 },
  { key: "1-3m", max: 90 },
  { key: ">3m", max: Number.POSITIVE_INFINITY },
] as const;
export type IntervalBucket = (typeof INTERVAL_BUCKETS)[number]["key"];

export const bucketOf = (elapsedDays: number): IntervalBucket =>
  INTERVAL_BUCKETS.find((b) => elapsedDays <= b.max)?.key ?? ">3m";

export interface RetentionRow {
  bucket: IntervalBucket;
  total: number;
  correct: number;
}

/** Grouped (elapsedDays, correct, count) rows into interval buckets, in bucket order, empty ones kept. */
export function retentionByBucket(rows: readonly { elapsedDays: number; correct: boolean | null; count: number }[]): RetentionRow[] {
  const out = INTERVAL_BUCKETS.map((b) => ({ bucket: b.key as IntervalBucket, total: 0, correct: 0 }));
  for (const r of rows) {
    const row = out.find((o) => o.bucket === bucketOf(r.elapsedDays))!;
    row.total += r.count;
    if (r.correct) row.correct += r.count;
  }
  return out;
}

/** Every day from `first` for `n` days, with the counts found (zero for days without). */
export function fillDays<T extends { day: string }>(rows: readonly T[], first: string, n: number, empty: (day: string) => T): T[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return Array.from({ length: n }, (_, i) => {
    const day = addDays(first, i);
    return byDay.get(day) ?? empty(day);
  });
}
