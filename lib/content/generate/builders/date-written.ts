/** The date as written in its sentence: the surface a cloze blanks and the spellings it accepts. */
import { CLOZE_BLANK, passageOf } from "../context";
import { findDates } from "../../extract/dates";
import { type SimpleDate } from "../dates";
import type { DateFact, GenContext } from "../model";
import { escapeRegExp } from "../text";

/**
 * The same date written twice in its sentence ("2020年与1990年相比，是1990年的6倍"): both are
 * blanked, and the prompt says the blanks take the same answer.
 */
export function blankedEverywhere(ctx: GenContext, f: DateFact, surface: string) {
  const p = passageOf(ctx, f);
  const count = p.text.split(surface).length - 1;
  if (count < 2 || count > 3 || p.dangling) return undefined;
  // the surface must not stand inside a longer date ("2022—2026年")
  const re = new RegExp(`(?<![\\d—–~\\-])${escapeRegExp(surface)}`, "gu");
  if ((p.text.match(re) ?? []).length !== count) return undefined;
  if (p.text.length > 120) return undefined;
  let text = p.text.split(surface).join(CLOZE_BLANK);
  if (!/[。！？…”]$/u.test(text)) text = text.replace(/[，,；;：:]$/u, "") + "。";
  return { text: `（各空填同一内容）${text}`, full: p.text, prepended: p.prepended, dangling: false };
}

/** A single date written in figures ("1986-08", "2017.9", "2004/12/26") that names the fact's own date. */
export function isFigureDate(surface: string, d: SimpleDate): boolean {
  const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/u.exec(surface.trim());
  if (!m || d.endIso) return false;
  const iso = m[3] ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3].padStart(2, "0")}` : `${m[1]}-${m[2]!.padStart(2, "0")}`;
  return iso === d.iso;
}

/** A year, month and day in Chinese numerals and nothing else ("二〇二三年", "两千零一十八年五月三十一号"). */
const NUMERAL_DATE = /^(?:[〇○零一二三四五六七八九]{4}|[两二]千[零一二三四五六七八九十]{0,4})年(?:(?:十[一二]?|[一二三四五六七八九])月(?:(?:三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)?$/u;

/**
 * A date written in Chinese numerals ("二〇二三年", "一九九九年二月", "两千零一十八年", "一九六三年十二月十四号")
 * that names the fact's own date, read alone (no word that counts it from another date).
 */
export function isNumeralDate(surface: string, d: SimpleDate): boolean {
  if (d.endIso || /\d/u.test(surface) || !NUMERAL_DATE.test(surface)) return false;
  const found = findDates(surface, {});
  return found.length === 1 && found[0]!.text === surface && !found[0]!.inferred && !found[0]!.endIso && found[0]!.iso === d.iso;
}

/** A transcript line's time code and speaker ("[00:07:05]嘉宾某某：") removed from the start of a passage. */
export function withoutTranscriptLabel(text: string): string {
  return text.replace(/^(根据原文填空：)?\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[\u3400-\u9fff]{1,8}[：:]\s*/u, "$1");
}

/** Whether a text writes a year in figures or in Chinese numerals ("2024年", "二〇二四年"). */
export function writesYear(text: string, year: string): boolean {
  return text.includes(year) || findDates(text, {}).some((m) => !m.inferred && m.iso.startsWith(year));
}

/** Words written after a date that make it a starting point, a part or an approximation of it. */
const DATE_SUFFIX = /(?:以来|之后|以后|之前|以前|前后|左右|期间|之际|起|底|初|末|中旬|上旬|下旬)$/u;

/**
 * The date of a surface written with a suffix ("2004年以来" → "2004年", "2022年底" → "2022年"),
 * when what is left ends as a date; the surface itself otherwise ("31年前" stays as it is).
 */
export function dateWithoutSuffix(surface: string): string {
  const m = DATE_SUFFIX.exec(surface);
  if (!m) return surface;
  const rest = surface.slice(0, m.index).trimEnd();
  // (a date in Chinese numerals, "一九七九年起", as well)
  return /\d{3,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|世纪\d{2}年代$/u.test(rest) || NUMERAL_DATE.test(rest) ? rest : surface;
}

/** A range as written and with the other usual separators ("2018~2023年" → "2018—2023年", "2018-2023年" …). */
export function rangeSpellings(surface: string): string[] {
  const m = /^(\d{3,4})\s*(?:年)?\s*[~～—–\-至到]\s*(\d{3,4})\s*年$/u.exec(surface);
  if (!m) return [surface];
  const [a, b] = [m[1]!, m[2]!];
  return [...new Set([surface, `${a}—${b}年`, `${a}-${b}年`, `${a}~${b}年`, `${a}至${b}年`, `${a}年至${b}年`, `${a}—${b}`, `${a}-${b}`])];
}

/** Words that count a date from another ("今年7月", "次年3月"). */
export const RELATIVE_WORD = /今年|去年|明年|前年|上月|本月|下月|当月|同年|次年|翌年|当年|同月|次月/u;
