/** Dates asked by what they name instead of an event: an anniversary's year, a period heading's range. */
import { DANGLING_START, pairLabelFor, sentenceIndex } from "../context";
import type { DateFact, GenContext } from "../model";
import { simplifiedView } from "./script";
import { countedFromDateline, datedAtHead } from "./date-anchor";
import { chineseNumber } from "../../extract/vocabulary";

/**
 * The subject of a history whose periods a document dates ("中国—某国关系大事记（1950—2024）" →
 * "中国—某国关系"): its title without brackets, a label before "：" and a word for a chronology;
 * undefined when that leaves no name of a few characters.
 */
export function periodSubject(title: string): string | undefined {
  const t = simplifiedView(title)
    .replace(/[（(][^）)]*[）)]/gu, "")
    .replace(/^[\u3400-\u9fff]{2,4}[：:]/u, "")
    .trim()
    .replace(/(?:大事记|大事年表|年表|时间线|时间轴|发展历程|历程|简史|纪事|回顾)$/u, "");
  if (!/^[\u3400-\u9fff“”—·]{4,24}$/u.test(t) || /年|月/u.test(t)) return undefined;
  return t;
}

/**
 * "2030年是甲乙建交60周年" (the year first, then 是 and a named anniversary to the end of the clause):
 * the anniversary ("甲乙建交60周年"), undefined otherwise. An unnamed one ("两国建交……", "该条约签署……") is no question.
 */
export function anniversaryOf(f: DateFact, ctx?: GenContext): string | undefined {
  const s = f.context.sentence;
  const key = f.context.keyInSentence;
  if (!key) return undefined;
  // "今年是……周年" in a news item: the year its dateline gives, after a speaker ("某某指出，")
  // (or, round 15, the year the document's own date or its own date of the event counted from gives)
  const thisYearWord = f.value.inferred && s.slice(key.start, key.end) === "今年" && ctx !== undefined;
  const thisYear = thisYearWord && countedFromDateline(ctx, f);
  if (f.value.inferred && !thisYearWord) return undefined;
  const lead = s.slice(0, key.start);
  // (a line of notes may open on its label, "纪念年份：")
  if (!/^\s*(?:[（(][^）)]*[）)])?\s*$|^[\u3400-\u9fff]{2,6}[：:]$/u.test(lead) && !(thisYear && /^[\u3400-\u9fff]{2,8}(?:指出|表示|说)[，,]$/u.test(lead))) return undefined;
  // "某年是……周年", and in notes or a chronology's rows "某年＝……周年＋……", "某年某月：……周年，……"
  // (the count may be written in words: "……成立十四周年")
  const m = ANNIVERSARY_SAID.exec(s.slice(key.end));
  if (!m) return undefined;
  const said = m[1]!;
  // "今年是两国建交74周年": the pair the text around names ("中芬两国建交74周年"), when it names one
  const label = thisYearWord && /^两国/u.test(said) ? pairLabelFor(ctx, f) : undefined;
  const a = label ? label + said : said;
  if (DANGLING_START.test(a) || /^(?:双方|两国|三国|我国|我们|本|其)/u.test(a) || !ANNIVERSARY_VERB.test(a)) return undefined;
  if (thisYearWord && !thisYear && !datedAtHead(ctx, f.documentId) && !anniversaryCounted(ctx, f, a)) return undefined;
  return a;
}

/**
 * "2031年是“甲乙文化年”", "那一年也是“甲乙友好合作年”": the themed year a year is named as, in its quotation marks
 * ("“甲乙文化年”"); undefined otherwise. A year written relative to one the text gave before (同年, 那一年, 次年) is
 * the year the text resolves it to; one counted from the day of writing (今年, 明年) is no such year.
 */
export function themedYearOf(f: DateFact): string | undefined {
  const s = simplifiedView(f.context.sentence);
  const key = f.context.keyInSentence;
  if (!key || f.value.precision !== "year" || f.value.endIso) return undefined;
  if (f.value.inferred && !/^(?:同年|当年|那年|那一年|次年|翌年)$/u.test(s.slice(key.start, key.end))) return undefined;
  if (!/^\s*$/u.test(s.slice(0, key.start))) return undefined;
  const m = /^\s*(?:也|还|又)?(?:是|为|被定为|被确定为|定为)\s*(“[\u3400-\u9fff—·]{2,16}年”)(?=[。；，！]|\s*$)/u.exec(s.slice(key.end));
  return m?.[1];
}

const ANNIVERSARY_VERB = /建交|成立|签署|建立|创立|创建|启动|举办|诞生|生效|逝世|诞辰/u;

/** The count of an anniversary, in figures or in words ("60", "十四", "一百", "一百零五"). */
const COUNT = String.raw`(?:\d{1,3}|[一二两三四五六七八九十百零〇]{1,5})`;
/** "是……建交60周年" after a year: the anniversary it is; and the count at an anniversary's end. */
const ANNIVERSARY_SAID = new RegExp(`^\\s*[是＝=：:]([\\u3400-\\u9fff“”《》—·]{4,24}?${COUNT}周年)(?:纪念)?(?=[。；，！＋+]|$)`, "u");
const ANNIVERSARY_COUNT = new RegExp(`(${COUNT})周年$`, "u");

/** The same event in the words a text may use for it elsewhere ("逝世" of an anniversary is the "去世" of its year). */
const SAME_VERB: Record<string, RegExp> = { 逝世: /逝世|去世/u, 诞辰: /诞辰|出生|生于|诞生/u, 诞生: /诞生|出生|生于/u };

/**
 * "今年是中芬两国建交74周年" with no dateline or dated head: the year stands only when the document dates the
 * event it counts from, that many years before ("……1950年10月28日两国建交……" + 74 = 2024).
 */
export function anniversaryCounted(ctx: GenContext, f: DateFact, anniversary: string): boolean {
  const n = chineseNumber(ANNIVERSARY_COUNT.exec(anniversary)?.[1] ?? "");
  const verb = ANNIVERSARY_VERB.exec(anniversary)?.[0];
  const said = verb ? (SAME_VERB[verb] ?? new RegExp(verb, "u")) : undefined;
  const year = Number(/^(\d{3,4})/u.exec(f.value.iso)?.[1] ?? NaN);
  if (!verb || !Number.isFinite(n) || !Number.isFinite(year)) return false;
  return ctx.dates.some(
    (g) => g !== f && g.documentId === f.documentId && !g.value.endIso && Number(/^(\d{3,4})/u.exec(g.value.iso)?.[1]) + n === year && said!.test(g.value.event) && !/周年/u.test(g.value.event),
  );
}

/**
 * The name of a period a heading dates by a range of years ("一、建交与复交（1950—1990）" →
 * "建交与复交"): the whole line is the numbered name and its bracketed range; undefined otherwise.
 */
export function periodHeading(f: DateFact, ctx?: GenContext): string | undefined {
  const key = f.context.keyInSentence;
  if (f.value.precision !== "year" || f.value.inferred || !key) return undefined;
  // "三、某某阶段（2022年至今）": a period that runs to the time of writing, asked by the year it starts
  if (!f.value.endIso && !/^\s*至今\s*）\s*$/u.test(f.context.sentence.slice(key.end).replace(/^年/u, ""))) return undefined;
  const s = simplifiedView(f.context.sentence).trim();
  // "2041—2046年：萌芽阶段": a line of a list of periods, the range first and the period named after it
  const line = /^\s*[：:]\s*([\u3400-\u9fff]{2,12})阶段\s*$/u.exec(f.context.sentence.slice(key.end));
  if (line && /^\s*$/u.test(f.context.sentence.slice(0, key.start)) && !/年|月|至今/u.test(line[1]!)) return line[1];
  // (a line under "2041—2046年：萌芽阶段" and "2047—2052年：巩固阶段" that names its period without 阶段, "2053—2060年：
  // 互联与共治": a line of the same list; three such lines at least, one naming its 阶段)
  const bare = /^\s*[：:]\s*([\u3400-\u9fff]{2,12})\s*$/u.exec(f.context.sentence.slice(key.end))?.[1];
  if (bare && ctx && /^\s*$/u.test(f.context.sentence.slice(0, key.start)) && !/年|月|至今/u.test(bare)) {
    // (the lines of its own list: the period lines next to it, not those of another list further on)
    const list = ctx.sentences.get(f.documentId) ?? [];
    const i = sentenceIndex(ctx, f);
    let a = i;
    let b = i;
    while (a > 0 && PERIOD_LINE.test(list[a - 1]!.text)) a--;
    while (b >= 0 && b + 1 < list.length && PERIOD_LINE.test(list[b + 1]!.text)) b++;
    const lines = i >= 0 ? list.slice(a, b + 1).filter((x) => PERIOD_LINE.test(x.text)) : [];
    if (lines.length >= 3 && lines.some((x) => /阶段\s*$/u.test(x.text))) return bare;
  }
  const m = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分阶段][：:、\s]?)?([\u3400-\u9fff“”]{3,16})（\s*$/u.exec(f.context.sentence.slice(0, key.start));
  if (!m || !/^\s*(?:年?至今\s*)?）\s*$/u.test(f.context.sentence.slice(key.end)) || s.length > 30) return undefined;
  const name = m[1]!;
  // a name of its own, not a generic word or a clause with a date's words
  if (/^(?:概述|概况|背景|简介|历史|发展|回顾|前言|结语|总结|附录)$/u.test(name) || /年|月|至今/u.test(name)) return undefined;
  return name;
}

/** A line of a list of periods: its range of years, a colon and the period's name ("2041—2046年：萌芽阶段"). */
const PERIOD_LINE = /^\s*(?:1[89]|20)\d{2}年?\s*[—–-]{1,2}\s*(?:1[89]|20)\d{2}年?\s*[：:]\s*[\u3400-\u9fff]{2,14}\s*$/u;

/** A trade figure as a line or an infobox writes it: the figure, and the word that links it when there is one. */
const TRADE_FIGURE = String.raw`(?:约为|约|为|达到|达|是)?\s*(?:\d+(?:\.\d+)?)\s*(?:万亿|亿|万)?\s*(?:美元|欧元|元人民币|元)`;

/**
 * "2023年双边贸易额1083.9亿美元", "……，2023年双边贸易额约为650亿美元。", "双边贸易额：150.4亿美元（2023年）": the
 * statistic a year dates, with the pair the text around names ("中国和甲国双边贸易额约为650亿美元"); undefined
 * when the year is not that of one trade figure, or no pair is named.
 */
export function tradeStatisticOf(f: DateFact, ctx: GenContext): string | undefined {
  const s = simplifiedView(f.context.sentence);
  const key = f.context.keyInSentence;
  if (!key || f.value.inferred || f.value.endIso || f.value.precision !== "year") return undefined;
  const before = s.slice(0, key.start);
  const after = s.slice(key.end);
  const line = new RegExp(`^[，,]?\\s*双边贸易额(${TRADE_FIGURE})(?=[。；，]|$)`, "u").exec(after);
  const box = new RegExp(`^\\s*双边贸易额[：:]\\s*(${TRADE_FIGURE})\\s*[（(]$`, "u").exec(before);
  const stat = line && /(?:^|[，；：])\s*$/u.test(before) ? line[1]! : box && /^[）)]\s*$/u.test(after) ? box[1]! : undefined;
  const pair = stat ? pairLabelFor(ctx, f) : undefined;
  if (!stat || !pair) return undefined;
  return `${pair}双边贸易额${/^(?:约为|约|为|达到|达|是)/u.test(stat.trim()) ? "" : "为"}${stat.trim()}`;
}
