/**
 * Relative times a question shows ("当天，双方签署了……", "同年（    ）成立", "全年开行（    ）列"): the student
 * cannot tell which day or year is meant. Where the extractor resolved the word, or a heading above the passage
 * writes the year a 全年 stands for, the shown text says it ("当天（2031年5月9日）"); the word stays as written
 * where nothing resolves it. (A date question shows none: the date shown may make its answer computable.)
 */
import { parseIso } from "./dates";
import type { DateFact, GenContext } from "./model";
import { EVENT_VERB } from "./event-verbs";
import { sentenceAtRaw } from "./context";
import { INSTRUCTION_PREFIX } from "./text";

/** A relative time the extractor resolved, at its raw offset. */
export interface ResolvedTime {
  start: number;
  /** the word it opens with ("当天", "同年") */
  word: string;
  iso: string;
}

/** Words that stand for a year, a month or a day counted from a date the text or the document gives. */
const YEAR_WORDS = ["今年", "去年", "前年", "同年", "次年", "当年", "翌年"];
const MONTH_WORDS = ["上月", "本月", "同月", "当月", "次月"];
const DAY_WORDS = ["当天", "当日", "同日", "次日", "前一天", "昨天", "今天", "同一天"];
/** Counted from a date written before them in the text ("2031年5月，……同年9月"): shown only when none is. */
const COUNTED_FROM_TEXT = new Set(["同年", "次年", "当年", "翌年", "同月", "当月", "次月", "当天", "当日", "同日", "次日", "前一天", "同一天"]);

// (not one already followed by its date, nor 同日 of "同日韩", nor 当年 of "当年度"; not the end of a span,
// "每年12月至次年2月", which counts from no one date)
const RELATIVE_WORD = new RegExp(`(?<![此之然随其最至到~～—–-])(${[...DAY_WORDS, ...MONTH_WORDS, ...YEAR_WORDS].join("|")})(?![（(]|[韩本度均])`, "gu");
/** A year, month or day written before a word counted from it. */
const WRITTEN_YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/u;
const WRITTEN_MONTH = /\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月/u;
const WRITTEN_DAY = /\d{1,2}\s*日|[一二三四五六七八九十]{1,3}日/u;
/** A year written right after the word ("去年，二〇二三年，……"): the text says it already. */
const YEAR_NEXT = /^[，,]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/u;
/** A time that recurs ("每年", "每逢"): a relative word after it counts from no one date. */
const RECURRING = /每年|每逢|每月|每届/u;
/** A blank, where the text asked no longer matches the document. */
const BLANK_MARK = /（\s*）|_{2,}/u;

/** The relative times the extractor resolved, by document, in order of their offsets. */
export function resolvedTimes(dates: readonly DateFact[]): Map<string, ResolvedTime[]> {
  const out = new Map<string, ResolvedTime[]>();
  for (const f of dates) {
    if (!f.value.inferred || f.value.endIso) continue;
    const word = [...DAY_WORDS, ...MONTH_WORDS, ...YEAR_WORDS].find((w) => f.value.text.startsWith(w));
    if (!word) continue;
    const list = out.get(f.documentId) ?? [];
    list.push({ start: f.span.start, word, iso: f.value.iso });
    out.set(f.documentId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The date a word stands for as the text says it ("2031年", "2031年5月", "2031年5月9日"), or undefined when too coarse. */
export function dateSaid(word: string, iso: string): string | undefined {
  const p = parseIso(iso);
  if (!p || !/^\d{4}/u.test(iso)) return undefined;
  if (YEAR_WORDS.includes(word)) return `${p.y}年`;
  if (p.m === undefined) return undefined;
  if (MONTH_WORDS.includes(word)) return `${p.y}年${p.m}月`;
  return p.d === undefined ? undefined : `${p.y}年${p.m}月${p.d}日`;
}

/** Whether the text before a word writes the date it is counted from ("2031年5月，……同年"). */
function writtenBefore(word: string, before: string): boolean {
  if (!COUNTED_FROM_TEXT.has(word)) return false;
  if (YEAR_WORDS.includes(word)) return WRITTEN_YEAR.test(before);
  if (MONTH_WORDS.includes(word)) return WRITTEN_MONTH.test(before);
  return WRITTEN_DAY.test(before);
}

/**
 * Where the occurrence of a word at `at` in a shown text stands in the raw text between `from` and `to`:
 * the raw offset of the one place that reads as the shown text does around it (a few characters on each
 * side, up to a blank), or −1 when no place or several do.
 */
function rawOffset(text: string, at: number, word: string, raw: string, from: number, to: number): number {
  const beforeAll = text.slice(Math.max(0, at - 4), at);
  const before = beforeAll.slice(beforeAll.search(/[^）_：:]*$/u));
  const afterAll = text.slice(at + word.length, at + word.length + 4);
  const cut = afterAll.search(BLANK_MARK);
  const after = cut < 0 ? afterAll : afterAll.slice(0, cut);
  const hay = raw.slice(from, to);
  // (the text on both sides first; a side the question changed, a label's "：" before or a name put in, may not match)
  for (const [b, a] of [[before, after], ["", after], [before, ""]] as const) {
    if (b.length + a.length < 2) continue;
    const probe = b + word + a;
    const first = hay.indexOf(probe);
    if (first >= 0 && hay.indexOf(probe, first + 1) < 0) return from + first + b.length;
  }
  return -1;
}

/**
 * The shown text with each relative time the extractor resolved saying its date ("当天（2031年5月9日）"):
 * a word is matched to its place in the raw text (between `from` and `to`), and shown resolved only when a
 * resolution starts there; a word counted from a date the text writes before it, or followed by its year, is
 * clear as it is.
 */
export function withRelativeTimesResolved(
  text: string,
  raw: string,
  from: number,
  to: number,
  times: readonly ResolvedTime[],
): string {
  const near = times.filter((t) => t.start >= from && t.start < to);
  if (near.length === 0) return text;
  return text.replace(RELATIVE_WORD, (m, word: string, at: number) => {
    const clause = text.slice(0, at).split(/[。！？；]/u).pop() ?? "";
    if (writtenBefore(word, text.slice(0, at)) || YEAR_NEXT.test(text.slice(at + word.length)) || RECURRING.test(clause)) return m;
    const rawAt = rawOffset(text, at, word, raw, from, to);
    const found = near.find((t) => t.start === rawAt && t.word === word);
    const said = found ? dateSaid(word, found.iso) : undefined;
    return said ? `${word}（${said}）` : m;
  });
}

/** "全年开行（    ）列", "全年进出口总值超过4700亿元": a 全年 that a figure is counted over. */
const WHOLE_YEAR_OF_FIGURE = /(?<![\d年〇零一二三四五六七八九十])全年(?![（(])(?=[^，。；！？\d]{0,12}?(?:\d|（\s*）|_{2,}))/gu;
/** A heading that writes one year and no span of years ("一、2031年工作回顾"). */
const HEADING_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!代|以来|起|至|到|[-—–~])/gu;

/**
 * The year of the section a raw offset stands in: the year written by the nearest heading above it, when
 * that heading writes one year and no span ("一、2031年工作回顾" over "全年开行……"); else undefined.
 */
export function sectionYear(ctx: GenContext, documentId: string, rawStart: number): number | undefined {
  const list = ctx.sentences.get(documentId) ?? [];
  let heading: string | undefined;
  for (const s of list) {
    if (s.raw.start >= rawStart) break;
    if (s.blockLabel === "heading") heading = s.text;
  }
  if (!heading || /至|以来|[-—–~]/u.test(heading)) return undefined;
  const years = [...heading.matchAll(HEADING_YEAR)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}

/** "全年开行（    ）列" under the heading "一、2031年工作回顾" → "全年（2031年）开行（    ）列". */
export function withWholeYearSaid(text: string, year: number | undefined): string {
  return year === undefined ? text : text.replace(WHOLE_YEAR_OF_FIGURE, `全年（${year}年）`);
}

/** Words counted from the day a text was written, and how many years before that day the date they give is. */
const YEARS_BEFORE_NOW: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2, 明年: -1, 今天: 0, 昨天: 0, 本月: 0 };

const nowCache = new WeakMap<GenContext, Map<string, number | undefined>>();

/**
 * The year a document was written in, for a 目前 it says: its own date's year, when every 今年/去年/今天 … the
 * extractor resolved in it counts from that same year (a feed or a digest whose items were written in different
 * years has none: which item's year a 目前 is of, the text does not say).
 */
export function documentYear(ctx: GenContext, documentId: string): number | undefined {
  let cache = nowCache.get(ctx);
  if (!cache) nowCache.set(ctx, (cache = new Map()));
  if (cache.has(documentId)) return cache.get(documentId);
  const own = Number(/^(\d{4})/u.exec(ctx.docs.get(documentId)?.date ?? "")?.[1]) || undefined;
  const counted = new Set<number>();
  for (const f of ctx.dates) {
    if (f.documentId !== documentId || !f.value.inferred) continue;
    const word = Object.keys(YEARS_BEFORE_NOW).find((w) => f.value.text.startsWith(w));
    const y = parseIso(f.value.iso)?.y;
    if (word && y !== undefined) counted.add(y + YEARS_BEFORE_NOW[word]!);
  }
  const year = own !== undefined && [...counted].every((y) => y === own) ? own : undefined;
  cache.set(documentId, year);
  return year;
}

/** A time a sentence's figures hold as of ("截至2030年底", "到2030年"). */
const AS_OF_YEAR = /(?:截至|截止|到)[^，。；]{0,4}(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/u;
/** "目前", "截至目前", "迄今": the time the text was written, not said. */
// (not the 至今 of "截至今年", "至今天")
const PRESENT = /(截至目前|迄今为止|目前|迄今|(?<!截)至今)(?![（(年天日])/gu;

/**
 * "目前有（    ）个缔约国" in a document written in 2031 → "目前（2031年）有（    ）个缔约国": a count that holds as of
 * the time of writing says that year. A clause that writes a year of its own, or a sentence that says the year
 * its figures hold as of ("截至2030年底，目前……"), is left.
 */
export function withPresentSaid(text: string, year: number | undefined): string {
  if (year === undefined) return text;
  return text.replace(PRESENT, (m, w: string, at: number) => {
    const sentence = text.slice(0, at).split(/[。；！？]/u).pop() ?? "";
    const clause = sentence.split(/[，,]/u).pop() ?? "";
    return WRITTEN_YEAR.test(clause) || AS_OF_YEAR.test(sentence) ? m : `${w}（${year}年）`;
  });
}

/** Any time a text gives its figures, written or relative. */
const ANY_TIME =
  /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|今年|去年|前年|当年|同年|次年|翌年|本年|上年|全年|年底|年初|年末|半年|季度|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|目前|截至|截止|以来|迄今|至今|近年|过去一年|同期|期间|此前|此后|当时|如今|现在/u;
/** A year that opens a sentence as its own time, after at most a short lead ("据某统计，2031年，……"). */
const OPENING_YEAR = /^(?:[^，。；]{0,16}[，,])?\s*((?:19|20)\d{2})\s*年[，,]/u;

/**
 * The year the sentence at a raw offset stands under when it gives no time of its own: the year that opens the
 * sentence before it in the same paragraph, itself a figure ("2031年，甲国GDP增长5.5%。乙国GDP同比增长4.7%。").
 */
export function yearOfSentenceBefore(ctx: GenContext, documentId: string, rawStart: number): number | undefined {
  const list = ctx.sentences.get(documentId) ?? [];
  const i = sentenceAtRaw(ctx, documentId, rawStart);
  if (i <= 0 || list[i - 1]!.paragraph !== list[i]!.paragraph || ANY_TIME.test(list[i]!.text)) return undefined;
  const before = list[i - 1]!.text;
  const m = OPENING_YEAR.exec(before);
  return m && /同比|增长|增幅|涨幅|\d\s*[%％]/u.test(before) ? Number(m[1]) : undefined;
}

/**
 * "乙国GDP同比增长（    ）" under "2031年，甲国GDP……" → "2031年，乙国GDP同比增长（    ）": a year-on-year figure shown
 * with no time of its own says the year it stands under (a figure of another time is left: it says its own).
 */
export function withStatisticYear(text: string, year: number | undefined): string {
  if (year === undefined) return text;
  const prefix = INSTRUCTION_PREFIX.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  return /同比/u.test(body) && !ANY_TIME.test(body) ? `${prefix}${year}年，${body}` : text;
}

/**
 * "……2031年中甲贸易额为512亿美元；同期甲国……" → "同期（2031年）甲国……": a 同期 after a sentence's clauses that give one
 * year and nothing finer (a month or a quarter would make the period narrower than the year) is that year.
 * `before`: the raw text of its sentence before the passage shown.
 */
export function withSamePeriodSaid(text: string, before: string): string {
  const sentence = before.split(/[。！？\n]/u).pop() ?? "";
  const years = new Set([...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((m) => m[1]!));
  if (years.size !== 1 || /月|季度|半年|以来|至今|[-—–~]/u.test(sentence)) return text;
  const year = [...years][0]!;
  return text.includes(`${year}年`) ? text : text.replace(/(?<=^|[：，；,;])同期(?![（(间内])/u, `同期（${year}年）`);
}

/** A day written without its year ("9月12日", "十一月七日"), as a text opens on it. */
const DAY_WITHOUT_YEAR = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;

/** A day the extractor gave its year ("9月12日" of a live blog written in 2031), at its raw offset. */
export interface DayOfYear {
  start: number;
  /** the day as written */
  text: string;
  year: number;
}

/** The days written without a year that the extractor gave one, by document. */
export function daysGivenYears(dates: readonly DateFact[]): Map<string, DayOfYear[]> {
  const out = new Map<string, DayOfYear[]>();
  for (const f of dates) {
    const day = DAY_WITHOUT_YEAR.exec(f.value.text)?.[0];
    const year = parseIso(f.value.iso)?.y;
    if (!day || !f.value.inferred || year === undefined) continue;
    const list = out.get(f.documentId) ?? [];
    list.push({ start: f.span.start, text: day, year });
    out.set(f.documentId, list);
  }
  return out;
}

/**
 * "9月12日，（    ）在某地开幕" → "2031年9月12日，……": a text that opens on a day and writes no year says the year
 * the extractor gave that day within the passage (`from`–`to`, raw offsets), when it gave one year only.
 */
export function withYearOfDaySaid(text: string, days: readonly DayOfYear[], from: number, to: number): string {
  const prefix = INSTRUCTION_PREFIX.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  const day = DAY_WITHOUT_YEAR.exec(body)?.[0];
  if (!day || WRITTEN_YEAR.test(body)) return text;
  const years = new Set(days.filter((d) => d.start >= from && d.start <= to && d.text === day).map((d) => d.year));
  return years.size === 1 ? `${prefix}${[...years][0]}年${body}` : text;
}

/** A day written at the start of a shown text ("2034年6月3日，", "6月3日，"): the day a 今晚 of its sentence is. */
const OPENING_DAY = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日[，,]/u;

/** What may follow a 今天 said of the opening day: a verb, or 在/于/将 before one ("今天在某城举行", "今晚将签署"). */
const TODAY_BEFORE_VERB = new RegExp(`^(?:在|于|将|正式|已|又|再|也|还|首次|共同|分别|同时|上午|下午|晚间|晚些时候)|^(?:${EVENT_VERB.source})`, "u");

/**
 * "6月3日，丙城音乐节今晚开幕" (a running report's entry, its time put before it): the 今晚/今天 of the sentence is
 * the day written at its start, said once ("6月3日晚，丙城音乐节开幕"). Only a word in
 * the clause that opens on the day, standing right before its verb (or 在/于/将): "从今天起", "截至今天", "今天的会谈",
 * a name ("今日某某电视台") and a 今天 of a later clause ("5月8日，甲抵达乙城，今天将……", another day) are left, as
 * is a word in a quote or after a time of its clause's own.
 */
export function withTodayOfOpeningDay(text: string): string {
  const prefix = INSTRUCTION_PREFIX.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  const day = OPENING_DAY.exec(body)?.[0];
  if (!day) return text;
  const clause = body.slice(day.length).split(/[，,。；！？：“「]/u)[0]!;
  const m = /(今晚|今天|今日|当晚|当天)/u.exec(clause);
  if (!m) return text;
  const before = clause.slice(0, m.index);
  const after = clause.slice(m.index! + m[1]!.length);
  if (/(?:从|自|截至|截止|到|至|直至|直到)$/u.test(before) || ANY_TIME.test(before) || !TODAY_BEFORE_VERB.test(after)) return text;
  const at = day.length + m.index!;
  const evening = m[1] === "今晚" || m[1] === "当晚";
  return prefix + (evening ? `${day.slice(0, -1)}晚${day.slice(-1)}` : day) + body.slice(day.length, at) + body.slice(at + m[1]!.length);
}
