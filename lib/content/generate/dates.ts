/** Dates as the generator shows them: Chinese surface forms, near distractors, accepted spellings. */

export type Precision = "day" | "month" | "year" | "decade" | "century";

export interface SimpleDate {
  iso: string;
  precision: Precision;
  endIso?: string;
}

interface Parts {
  y: number;
  m?: number;
  d?: number;
}

export function parseIso(iso: string): Parts | null {
  let m = /^(\d{3,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(iso);
  if (m) return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
  m = /^(\d{3,4})s$/.exec(iso);
  if (m) return { y: Number(m[1]) };
  m = /^(\d{1,2})C$/.exec(iso);
  if (m) return { y: (Number(m[1]) - 1) * 100 };
  return null;
}

/** Precision implied by an ISO-like string. */
export function precisionOf(iso: string): Precision | null {
  if (/^\d{3,4}-\d{1,2}-\d{1,2}$/.test(iso)) return "day";
  if (/^\d{3,4}-\d{1,2}$/.test(iso)) return "month";
  if (/^\d{3,4}$/.test(iso)) return "year";
  if (/^\d{3,4}s$/.test(iso)) return "decade";
  if (/^\d{1,2}C$/.test(iso)) return "century";
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoOf(p: Parts, precision: Precision): string {
  switch (precision) {
    case "day":
      return `${p.y}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`;
    case "month":
      return `${p.y}-${pad(p.m ?? 1)}`;
    case "year":
      return String(p.y);
    case "decade":
      return `${Math.floor(p.y / 10) * 10}s`;
    case "century":
      return `${Math.floor(p.y / 100) + 1}C`;
  }
}

/** Chinese surface form of one date: 2013年, 2013年9月, 2013年9月7日, 20世纪90年代, 20世纪. */
export function formatIso(iso: string, precision?: Precision): string {
  const prec = precision ?? precisionOf(iso);
  const p = parseIso(iso);
  if (!p || !prec) return iso;
  switch (prec) {
    case "day":
      return `${p.y}年${p.m}月${p.d}日`;
    case "month":
      return `${p.y}年${p.m}月`;
    case "year":
      return `${p.y}年`;
    case "decade": {
      const century = Math.floor(p.y / 100) + 1;
      const decade = p.y % 100;
      // (the 2000s are the 21st century's first ten years, not the 20th's last: those are its 90年代)
      return decade === 0 ? `${century}世纪头十年` : `${century}世纪${pad(decade)}年代`;
    }
    case "century":
      return `${Math.floor(p.y / 100) + 1}世纪`;
  }
}

/** Surface form of a date or range: 2023年5月18日至19日, 2018—2040年, 2023年5月至6月. */
export function formatDate(d: SimpleDate): string {
  if (!d.endIso || d.endIso === d.iso) return formatIso(d.iso, d.precision);
  const a = parseIso(d.iso);
  const b = parseIso(d.endIso);
  if (!a || !b) return formatIso(d.iso, d.precision);
  const endPrec = precisionOf(d.endIso) ?? d.precision;
  if (d.precision === "year" && endPrec === "year") return `${a.y}—${b.y}年`;
  if (d.precision === "day" && endPrec === "day" && a.y === b.y && a.m === b.m) return `${a.y}年${a.m}月${a.d}日至${b.d}日`;
  if (d.precision === "month" && endPrec === "month" && a.y === b.y) return `${a.y}年${a.m}月至${b.m}月`;
  return `${formatIso(d.iso, d.precision)}至${formatIso(d.endIso, endPrec)}`;
}

/** Sort key for chronological order of ISO-like dates of any precision. */
export function dateSortKey(iso: string): number {
  const p = parseIso(iso);
  if (!p) return 0;
  return p.y * 10000 + (p.m ?? 0) * 100 + (p.d ?? 0);
}

/** True when the two dates could name the same time (one refines the other). */
export function datesCompatible(a: string, b: string): boolean {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return a === b;
  const preA = precisionOf(a);
  const preB = precisionOf(b);
  if (preA === "decade" || preB === "decade") return Math.floor(pa.y / 10) === Math.floor(pb.y / 10);
  if (preA === "century" || preB === "century") return Math.floor(pa.y / 100) === Math.floor(pb.y / 100);
  if (pa.y !== pb.y) return false;
  if (pa.m === undefined || pb.m === undefined) return true;
  if (pa.m !== pb.m) return false;
  if (pa.d === undefined || pb.d === undefined) return true;
  return pa.d === pb.d;
}

function shiftMonths(p: Parts, delta: number): Parts {
  const total = p.y * 12 + ((p.m ?? 1) - 1) + delta;
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: p.d };
}

/**
 * Candidate distractor dates at the same precision, nearest first. Ranges are shifted
 * as a whole. `forbidden` holds every date that is true for the same event anywhere.
 */
export function nearDates(d: SimpleDate, forbidden: readonly string[], maxYear: number): SimpleDate[] {
  const p = parseIso(d.iso);
  if (!p) return [];
  const end = d.endIso ? parseIso(d.endIso) : null;
  const out: SimpleDate[] = [];
  const seen = new Set<string>([d.iso]);
  const push = (np: Parts, shift: (q: Parts) => Parts) => {
    const iso = isoOf(np, d.precision);
    if (seen.has(iso)) return;
    seen.add(iso);
    if (np.y > maxYear || np.y < 1) return;
    if (np.d !== undefined && (np.d < 1 || np.d > 28)) return;
    if (forbidden.some((f) => datesCompatible(f, iso))) return;
    const cand: SimpleDate = { iso, precision: d.precision };
    if (end && d.endIso) cand.endIso = isoOf(shift(end), precisionOf(d.endIso) ?? d.precision);
    out.push(cand);
  };
  const years = (k: number) => (q: Parts): Parts => ({ ...q, y: q.y + k });
  switch (d.precision) {
    case "year":
      for (const k of [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]) push(years(k)(p), years(k));
      break;
    case "decade":
      for (const k of [10, -10, 20, -20, 30]) push(years(k)(p), years(k));
      break;
    case "century":
      for (const k of [100, -100, 200]) push(years(k)(p), years(k));
      break;
    case "month":
      for (const [k, months] of [
        [1, 0],
        [-1, 0],
        [0, 2],
        [0, -3],
        [0, 4],
        [2, 0],
        [-2, 0],
        [0, -5],
      ] as const) {
        const f = (q: Parts) => shiftMonths({ ...q, y: q.y + k }, months);
        push(f(p), f);
      }
      break;
    case "day":
      for (const [k, months, days] of [
        [0, 0, 3],
        [1, 0, 0],
        [0, 1, 0],
        [-1, 0, 0],
        [0, 0, -5],
        [0, -2, 0],
        [0, 0, 8],
        [2, 0, 0],
      ] as const) {
        const f = (q: Parts) => {
          const s = shiftMonths({ ...q, y: q.y + k }, months);
          return { ...s, d: (s.d ?? 1) + days };
        };
        push(f(p), f);
      }
      break;
  }
  return out;
}

/** Other spellings a learner may type for a date answer. */
export function dateSpellings(d: SimpleDate): string[] {
  const p = parseIso(d.iso);
  const main = formatDate(d);
  const out = new Set<string>([main]);
  if (!p || d.endIso) return [...out];
  switch (d.precision) {
    case "year":
      out.add(String(p.y));
      break;
    case "month":
      out.add(`${p.y}.${p.m}`);
      out.add(`${p.y}-${pad(p.m!)}`);
      out.add(`${p.y}/${p.m}`);
      out.add(`${p.y}年${pad(p.m!)}月`);
      break;
    case "day":
      out.add(`${p.y}.${p.m}.${p.d}`);
      out.add(`${p.y}-${pad(p.m!)}-${pad(p.d!)}`);
      out.add(`${p.y}/${p.m}/${p.d}`);
      break;
    default:
      break;
  }
  return [...out];
}
