/**
 * Wrong figures a reader could take for the right one: not a rank no count reaches ("第300个成员" for 第143个), not a
 * range that holds the true value ("100多个" where the text says 120多个), not a number the sentence spells out
 * again in a quoted name ("……1000个……，简称“十百千”").
 */
import { escapeRegExp } from "../text";
import { chineseNumber } from "../../extract/vocabulary";

/** A rank ("第143个", "第10位"): the number the figure's text puts after 第. */
const RANK = /^第\s*\d/u;
/** A quoted short name written in numerals ("“十百千”"; "“三大”" is not). */
const NUMERAL_NAME = /“([〇零一二两三四五六七八九十百千万]{2,8})”/gu;
const NUMERAL_CHARS = /[〇零一二两三四五六七八九十百千万]/gu;

/** How far a wrong rank may stand from the true one: a slip of a count in time, not another order of size. */
const RANK_SPREAD = 0.3;

/** The values an approximate count ("120多个", "10余所") may stand for: from it up to the next step of its last digit. */
export function approximateRange(n: number): [number, number] {
  let step = 1;
  while (n % (step * 10) === 0 && step * 10 <= n) step *= 10;
  return [n, n + Math.max(step, 10)];
}

/** Two approximate counts that cannot both be true ("100多个" holds 120, so it does not refute "120多个"). */
export function apart(a: number, b: number): boolean {
  const [ra, rb] = [approximateRange(a), approximateRange(b)];
  return ra[1] <= rb[0] || rb[1] <= ra[0];
}

/** The numbers a quoted numeral name spells ("十百千" → 10, 100, 1000; "三大" → nothing, 大 is no numeral). */
export function numbersSpelled(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(NUMERAL_NAME)) for (const c of m[1]!.match(NUMERAL_CHARS) ?? []) out.add(chineseNumber(c));
  return out;
}

/** The terms plans and pledges run for, in years: "未来4年" or "为期7年" is seldom written, and reads as made up. */
const USUAL_TERMS = new Set([1, 2, 3, 5, 10, 15, 20, 25, 30, 50]);

/** A pledge's or a plan's term ("未来5年", "今后3年", "为期25年", "5年内"); a lease's or a treaty's term (期限99年, 有效期3年) is none. */
export function planTerm(surface: string, text: string): boolean {
  if (!/^\d{1,2}年$/u.test(surface)) return false;
  return [`未来${surface}`, `今后${surface}`, `为期${surface}`, `${surface}内`].some((t) => new RegExp(`(?<!\\d)${escapeRegExp(t)}`, "u").test(text));
}

/**
 * Which wrong numbers a figure may be offered with: `surface` is the figure as its sentence writes it, `text`
 * the sentence shown, `n` the true number. A number the sentence spells again leaves no wrong number.
 */
export function plausibleWrongFigure(surface: string, text: string, n: number): (c: number) => boolean {
  if (numbersSpelled(text).has(n)) return () => false;
  if (RANK.test(surface)) return (c) => Math.abs(c - n) <= RANK_SPREAD * n;
  if (planTerm(surface, text)) return (c) => USUAL_TERMS.has(c);
  if (/\d\s*[余多]/u.test(surface)) return (c) => apart(c, n);
  return () => true;
}
