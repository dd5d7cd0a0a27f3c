/** A fact's date as a simple date, its distractors and the options of a date question. */
import { dateSortKey, formatDate, nearDates, type SimpleDate } from "../dates";
import type { DateFact, GenContext } from "../model";
import { bigrams, similarity } from "../text";

export function asSimple(f: DateFact): SimpleDate {
  return { iso: f.value.iso, precision: f.value.precision, endIso: f.value.endIso };
}

/** Every date the corpus gives for the same (or a very similar) event: never a distractor. */
export function datesOfSameEvent(ctx: GenContext, f: DateFact): string[] {
  const out = [f.value.iso];
  if (f.value.endIso) out.push(f.value.endIso);
  for (const g of sameEvents(ctx, f)) {
    out.push(g.value.iso);
    if (g.value.endIso) out.push(g.value.endIso);
  }
  return out;
}

const byBigram = new WeakMap<GenContext, Map<string, number[]>>();

/**
 * The other date facts of the same or a very similar event (similarity ≥ 0.55), in corpus order. Only facts that share
 * a bigram with the event can be that similar, so they alone are compared (an index per generation, not the corpus).
 */
function sameEvents(ctx: GenContext, f: DateFact): DateFact[] {
  let index = byBigram.get(ctx);
  if (!index) {
    index = new Map();
    ctx.dates.forEach((g, j) => {
      // (an empty event shares no bigram: it is found under "" with the other empty ones)
      const grams = bigrams(g.value.event);
      for (const x of grams.size ? grams : [""]) (index!.get(x) ?? index!.set(x, []).get(x)!).push(j);
    });
    byBigram.set(ctx, index);
  }
  const grams = bigrams(f.value.event);
  const near = new Set<number>();
  for (const x of grams.size ? grams : [""]) for (const j of index.get(x) ?? []) near.add(j);
  return [...near]
    .sort((a, b) => a - b)
    .map((j) => ctx.dates[j]!)
    .filter((g) => g !== f && (g.value.event === f.value.event || similarity(g.value.event, f.value.event) >= 0.55));
}

/** Three distractor dates for a date, or null. */
export function dateDistractors(ctx: GenContext, d: SimpleDate, forbidden: string[], seed: string): SimpleDate[] | null {
  const own = Number(/^(\d{3,4})/.exec(d.endIso ?? d.iso)?.[1] ?? 0);
  const cands = nearDates(d, forbidden, own > ctx.maxYear ? own + 3 : ctx.maxYear);
  if (cands.length < 3) return null;
  const pool = cands.slice(0, 5);
  const picked: SimpleDate[] = [];
  const order = pool.map((c, i) => ({ c, r: seedOrder(seed, i) })).sort((a, b) => a.r - b.r);
  for (const { c } of order) {
    if (picked.length === 3) break;
    if (formatDate(c) === formatDate(d)) continue;
    if (picked.some((p) => formatDate(p) === formatDate(c))) continue;
    picked.push(c);
  }
  return picked.length === 3 ? picked : null;
}

function seedOrder(seed: string, i: number): number {
  let h = 2166136261;
  const s = `${seed}#${i}`;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** Options for a date question, in chronological order (the usual exam layout). */
export function dateOptions(answer: SimpleDate, distractors: SimpleDate[]): string[] {
  return [answer, ...distractors].sort((a, b) => dateSortKey(a.iso) - dateSortKey(b.iso)).map(formatDate);
}
