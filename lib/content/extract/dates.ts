/**
 * Dates of every form a Chinese text uses: 2010年9月, 2011年5月18日至19日, 2020—2035年,
 * 20世纪90年代, 2024年初, 6月17日, 同年, 次年, 今年, 上月, 31年前 … Dates written without
 * a year, and relative ones, are resolved from the sentence, the paragraph or the
 * document's own date, and marked `inferred`. Each date carries the event of its clause.
 */
import type { Span } from "../../bank/format";
import type { CleanDocument, Sentence } from "../types";
import { type Candidate, clauseAt, clauses, factSentences, insideQuotes } from "./context";
import { postedDay, spokenDay } from "../normalise/metadata";
import { BROADCASTERS, DAILIES, MONTH_DAY, MONTH_DAY_CAPTURED, WIRES, reporterNote, senderOf } from "../dateline";
import { chineseNumber } from "./vocabulary";

type Precision = "day" | "month" | "year" | "decade" | "century";

export interface DateMention {
  at: Span;
  text: string;
  iso: string;
  endIso?: string;
  precision: Precision;
  inferred: boolean;
}

const pad = (n: number | string) => String(n).padStart(2, "0");
const okMonth = (m: number) => m >= 1 && m <= 12;
const okDay = (d: number) => d >= 1 && d <= 31;
const okYear = (y: number) => y >= 1000 && y <= 2200;

export interface DateContext {
  year?: number; // last explicit year seen
  month?: number; // last explicit month seen (with that year)
  docYear?: number;
  docMonth?: number;
  /** The last explicit full date (for 同日). */
  day?: string;
  /** The last explicit year of the paragraph before (a column layout cuts paragraphs at every sentence end). */
  carried?: number;
  /** The month the paragraph before last named, in the year carried: a yearless day of that month is of that year. */
  carriedMonth?: number;
  /** A news item's own date, from its dateline (新华社某地5月9日电): what 当天, 昨天 and 上周 count from. */
  dateline?: string;
  /** The day the last 当天/昨天/前一天 of the item stood for (前一天 counts back from it). */
  newsDay?: string;
  /** The document's own date when it gives the day (昨天 and 上周 of an item without a dateline count from it). */
  docDay?: string;
  /** The day a speech was given or a programme broadcast, from the document's head: its 今天 and 今晚. */
  spokenDay?: string;
  /** The day in a social-media post's head line (原创 某某 某号 2031年05月01日): its 今天. */
  postedDay?: string;
}

/** The day `n` days after an ISO day (n may be negative). */
function shiftDay(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday to Sunday of the week before the one holding an ISO day. */
function weekBefore(iso: string): { iso: string; endIso: string } {
  const d = new Date(`${iso}T00:00:00Z`);
  const monday = shiftDay(iso, -((d.getUTCDay() + 6) % 7));
  return { iso: shiftDay(monday, -7), endIso: shiftDay(monday, -1) };
}

/** A narrative's year words (那年10月, 这一年秋天): the year it last named. */
const NARRATIVE_YEAR = "那一年|这一年|那年|这年";
/** A month of the year a relative word gives (同年7月, 那年10月): the month 同月 refers to after it. */
const SAME_YEAR_MONTH = new RegExp(`^(?:同年|当年|该年|是年|${NARRATIVE_YEAR})\\d{1,2}月$`);
/** A month and day written out, its year from the text before or a relative word (3月23日, 次年3月5日, 那年10月25日). */
const DAY_WRITTEN_OUT = new RegExp(`^(?:今年|去年|明年|同年|当年|该年|是年|次年|翌年|${NARRATIVE_YEAR})?\\d{1,2}月\\d{1,2}[日号]$`);

type Rule = { re: RegExp; read: (m: RegExpExecArray, ctx: DateContext) => Omit<DateMention, "at" | "text"> | null };

const Y = "(\\d{4})年";
const M = "(\\d{1,2})月";
const D = "(\\d{1,2})[日号]";
const TO = "[至到—–\\-~～]";
const CN = "[一二两三四五六七八九十百]+";

/** English month names, as an e-mail header or an English dateline writes them. */
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const EN_MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const enMonth = (name: string) => EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const RULES: Rule[] = [
  {
    // Wed, 6 Nov 2024 (an e-mail's Date: header), 16 November 2024
    re: new RegExp(`(?<![A-Za-z\\d])(\\d{1,2})\\s+${EN_MONTH}\\s+(\\d{4})(?![\\d])`, "g"),
    read: (m) => {
      const [d, mo, y] = [+m[1], enMonth(m[2]), +m[3]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d)) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", inferred: false };
    },
  },
  {
    // November 16, 2024
    re: new RegExp(`(?<![A-Za-z])${EN_MONTH}\\s+(\\d{1,2}),\\s*(\\d{4})(?![\\d])`, "g"),
    read: (m) => {
      const [mo, d, y] = [enMonth(m[1]), +m[2], +m[3]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d)) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", inferred: false };
    },
  },
  {
    // 2023年5月18日至19日, 2023年5月18日至6月2日, 2023年11月20日—2024年4月10日
    re: new RegExp(`${Y}${M}${D}${TO}(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号]`, "g"),
    read: (m) => {
      const [y, mo, d, y2, mo2, d2] = [+m[1], +m[2], +m[3], m[4] ? +m[4] : +m[1], m[5] ? +m[5] : +m[2], +m[6]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d) || !okYear(y2) || !okMonth(mo2) || !okDay(d2) || (m[4] && !m[5])) return null;
      const [iso, endIso] = [`${y}-${pad(mo)}-${pad(d)}`, `${y2}-${pad(mo2)}-${pad(d2)}`];
      if (endIso <= iso || y2 - y > 5) return null;
      return { iso, endIso, precision: "day", inferred: false };
    },
  },
  {
    // 2023年11月1日—2024年4月: from a day to a month
    re: new RegExp(`${Y}${M}${D}${TO}(?:(\\d{4})年)?(\\d{1,2})月(?![\\d日号])`, "g"),
    read: (m) => {
      const [y, mo, d, y2, mo2] = [+m[1], +m[2], +m[3], m[4] ? +m[4] : +m[1], +m[5]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d) || !okYear(y2) || !okMonth(mo2) || y2 - y > 5 || `${y2}-${pad(mo2)}` <= `${y}-${pad(mo)}`) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, endIso: `${y2}-${pad(mo2)}`, precision: "day", inferred: false };
    },
  },
  {
    re: new RegExp(`${Y}${M}${D}(?:上午|下午|晚上|晚|凌晨|中午)?`, "g"),
    read: (m) => {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d)) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", inferred: false };
    },
  },
  {
    // 2024-12-05 00:00 至 2024-12-06 23:59: a range of days given with clock times (an export's or a booking's span)
    re: /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:至|到|—|–|~|～)\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d./-])/g,
    read: (m) => {
      const [y, mo, d, y2, mo2, d2] = [+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d) || !okYear(y2) || !okMonth(mo2) || !okDay(d2)) return null;
      const [iso, endIso] = [`${y}-${pad(mo)}-${pad(d)}`, `${y2}-${pad(mo2)}-${pad(d2)}`];
      if (endIso <= iso || y2 - y > 5) return null;
      return { iso, endIso, precision: "day", inferred: false };
    },
  },
  {
    // 2023-05-18, 2023/5/18, 2023.5.18
    re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-])/g,
    read: (m) => {
      const [y, mo, d] = [+m[1], +m[3], +m[4]];
      if (!okYear(y) || !okMonth(mo) || !okDay(d)) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", inferred: false };
    },
  },
  {
    // 2017.9, 2017.09 and 1963-06 opening a line, a clause or after 于/在: year and month, no day.
    // A decimal (1083.9亿, 2017.5万吨) has a unit after it and is no date.
    re: /(?<=^|[\s，。；：、（(【•▪→>]|于|在|自|从|至|到)(\d{4})(?:[.．](\d{1,2})|-(\d{2}))(?![\d./．-]|\s*[%％‰万亿千百十个倍元吨米公顷平方里度点位次人名家项件所座条种期届岁年月日号])/g,
    read: (m) => {
      const [y, mo] = [+m[1], +(m[2] ?? m[3])];
      if (y < 1900 || y > 2100 || !okMonth(mo)) return null;
      return { iso: `${y}-${pad(mo)}`, precision: "month", inferred: false };
    },
  },
  {
    // 2023年11月至2024年5月, 2023年3月底至4月初, 2021年10月至次年3月
    re: new RegExp(`${Y}${M}(?:初|底|末|中旬|上旬|下旬)?${TO}(?:(\\d{4})年|(次年|翌年))?(\\d{1,2})月(?:初|底|末|中旬|上旬|下旬)?`, "g"),
    read: (m) => {
      const [y, mo, y2, mo2] = [+m[1], +m[2], m[3] ? +m[3] : m[4] ? +m[1] + 1 : +m[1], +m[5]];
      if (!okYear(y) || !okMonth(mo) || !okMonth(mo2)) return null;
      return { iso: `${y}-${pad(mo)}`, endIso: `${y2}-${pad(mo2)}`, precision: "month", inferred: false };
    },
  },
  {
    re: new RegExp(`${Y}${M}(?:初|底|末|中旬|上旬|下旬)?`, "g"),
    read: (m) => {
      const [y, mo] = [+m[1], +m[2]];
      if (!okYear(y) || !okMonth(mo)) return null;
      return { iso: `${y}-${pad(mo)}`, precision: "month", inferred: false };
    },
  },
  {
    // 2018—2040年, 2020—2023年间, 2018~2023年, （2019—2025）, 2031—2032学年
    re: /(?<!\d)(\d{4})(?:年)?[—–\-~～至到](\d{4})(?:学?年(?:间|度)?|(?=[）)]))/g,
    read: (m) => {
      const [y, y2] = [+m[1], +m[2]];
      if (!okYear(y) || !okYear(y2) || y2 <= y || y2 - y > 200) return null;
      return { iso: `${y}`, endIso: `${y2}`, precision: "year", inferred: false };
    },
  },
  {
    re: /(?:(\d{2})世纪|上世纪|上个世纪)(\d)0年代(?:初|末|中期|初期|末期)?/g,
    read: (m) => {
      const century = m[1] ? +m[1] : 20;
      return { iso: `${century - 1}${m[2]}0s`, precision: "decade", inferred: !m[1] };
    },
  },
  {
    // 上世纪八十年代, 二十世纪九十年代, 六七十年代 (two decades), 八十年代 (the last century's, as spoken)
    re: /(?:(\d{2}|十[一-九]|二十[一]?)世纪|(上世纪|上个世纪)|(?<![\d〇零一二两三四五六七八九十百千万世]))([一二三四五六七八九])([一二三四五六七八九])?十年代(?:初|末|中期|初期|末期)?/g,
    read: (m) => {
      const century = m[1] ? chineseNumber(m[1]) : 20;
      if (!Number.isFinite(century) || century < 11 || century > 21) return null;
      const [first, second] = [chineseNumber(m[3]!), m[4] ? chineseNumber(m[4]) : undefined];
      // a bare 二十年代 may be this century's as well as the last's
      if ((!m[1] && !m[2] && first < 3) || (second !== undefined && second !== first + 1)) return null;
      const end = second !== undefined ? { endIso: `${century - 1}${second}0s` } : {};
      return { iso: `${century - 1}${first}0s`, ...end, precision: "decade", inferred: !m[1] };
    },
  },
  {
    // 19世纪中叶, 20世纪初, 18世纪末: the decades at the middle, start or end of a century
    re: /(?<!\d)(\d{2})世纪(中叶|中期|初期|初|末期|末)(?!年)/g,
    read: (m) => {
      const c = +m[1];
      if (c < 11 || c > 21) return null;
      return { iso: `${c - 1}${/中/.test(m[2]!) ? 5 : /初/.test(m[2]!) ? 0 : 9}0s`, precision: "decade", inferred: true };
    },
  },
  {
    re: /(?<!\d)(\d{3})0年代(?:初|末|中期|初期|末期)?/g,
    read: (m) => ({ iso: `${m[1]}0s`, precision: "decade", inferred: false }),
  },
  {
    re: new RegExp(`${Y}(?:初|底|末|年初|年底|年末|上半年|下半年|年中|第?[一二三四]季度|前后|以来|起|之际)?(?!代)`, "g"),
    read: (m) => {
      const y = +m[1];
      if (!okYear(y)) return null;
      return { iso: `${y}`, precision: "year", inferred: false };
    },
  },
  {
    // 6月17日, 5月18日至19日 (year from context)
    re: /(?<![\d年])(\d{1,2})月(\d{1,2})[日号](?:(?:至|到|—|-|~|～)(?:(\d{1,2})月)?(\d{1,2})[日号])?(?:上午|下午|晚上|晚|凌晨)?/g,
    read: (m, ctx) => {
      const [mo, d] = [+m[1], +m[2]];
      // (那年10月，… — 10月25日晚，…: the month the paragraph before had just reached)
      const y = ctx.year ?? (ctx.carriedMonth === mo ? ctx.carried : undefined) ?? ctx.docYear;
      if (!y || !okMonth(mo) || !okDay(d)) return null;
      const end = m[4] ? `${y}-${pad(m[3] ? +m[3] : mo)}-${pad(+m[4])}` : undefined;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, ...(end ? { endIso: end } : {}), precision: "day", inferred: true };
    },
  },
  {
    // 今年3月底, 同年7月, 次年1月, 今年6月13日至15日, 今年1月至3月, 前年3月
    // (建交的次年, 签约的当年: the year after an event named, not after the last year written; not read)
    re: new RegExp(`(?<!的)(今年|去年|明年|(?<![目此之提以当])前年|同年|当年|该年|是年|次年|翌年|${NARRATIVE_YEAR})${M}(?:${D}(?:${TO}(?:(\\d{1,2})月)?(\\d{1,2})[日号])?|${TO}(\\d{1,2})月(?![\\d日号]))?(?:初|底|末|中旬|上旬|下旬)?`, "g"),
    read: (m, ctx) => {
      const y = relativeYear(m[1], ctx);
      const mo = +m[2];
      if (!y || !okMonth(mo)) return null;
      if (m[6]) return okMonth(+m[6]) && +m[6] > mo ? { iso: `${y}-${pad(mo)}`, endIso: `${y}-${pad(+m[6])}`, precision: "month", inferred: true } : null;
      if (m[3] && okDay(+m[3]) && m[5] && okDay(+m[5]) && okMonth(m[4] ? +m[4] : mo)) {
        const end = `${y}-${pad(m[4] ? +m[4] : mo)}-${pad(+m[5])}`;
        return { iso: `${y}-${pad(mo)}-${pad(+m[3])}`, endIso: end, precision: "day", inferred: true };
      }
      if (m[3] && okDay(+m[3])) return { iso: `${y}-${pad(mo)}-${pad(+m[3])}`, precision: "day", inferred: true };
      return { iso: `${y}-${pad(mo)}`, precision: "month", inferred: true };
    },
  },
  {
    // 并于7月…, 9月，…, 截至3月底 (year from context)
    re: /(?<![\d年个])(\d{1,2})月(?:初|底|末|中旬|上旬|下旬)?(?![\d份个日号])/g,
    read: (m, ctx) => {
      // (5月以来 tells a time already past: not of a later year the sentence looked ahead to, but of the document's)
      const since = /^以来/.test(m.input.slice(m.index + m[0].length)) && ctx.year && ctx.docYear && ctx.year > ctx.docYear;
      const y = since ? ctx.docYear : (ctx.year ?? ctx.docYear);
      const mo = +m[1];
      if (!y || !okMonth(mo)) return null;
      return { iso: `${y}-${pad(mo)}`, precision: "month", inferred: true };
    },
  },
  {
    re: new RegExp(`(?<!的)(?:同年|当年|该年|是年|次年|翌年|今年|去年|明年|前一年|上一年|(?:${NARRATIVE_YEAR})(?![头轻代来多]))(?:年底|年初|年末|上半年|下半年)?`, "g"),
    read: (m, ctx) => {
      const y = relativeYear(/^[那这]/.test(m[0]) ? "那年" : m[0].slice(0, m[0].startsWith("前") || m[0].startsWith("上") ? 3 : 2), ctx);
      return y ? { iso: `${y}`, precision: "year", inferred: true } : null;
    },
  },
  {
    // 同日, 当日, 当天: the day of the last explicit date; in a news item, 当天/当日 is the dateline's day
    re: /同日|当日|当天|同一天|(?<![每正])当晚(?![上间])/g,
    read: (m, ctx) => {
      const day = ctx.dateline && /^当/.test(m[0]) ? (ctx.newsDay = ctx.dateline) : ctx.day;
      return day ? { iso: day, precision: "day", inferred: true } : null;
    },
  },
  {
    // 今天（30日）, 昨天（29日）: the day written in brackets, of the month of the item's or the document's day
    // (or of the month before, when that day is later than it)
    re: /(?<![的之])(?:今天|今日|昨天|昨日)[（(](\d{1,2})日[）)]/g,
    read: (m, ctx) => {
      const from = ctx.dateline ?? ctx.spokenDay ?? ctx.docDay;
      const d = +m[1];
      if (!from || !okDay(d)) return null;
      const [y, mo, day] = from.split("-").map(Number);
      const [yy, mm] = d <= day ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
      return { iso: `${yy}-${pad(mm)}-${pad(d)}`, precision: "day", inferred: true };
    },
  },
  {
    // 今天/今日 in a dated news item or live entry, before what is told of it (是, a comma, 上午, 傍晚, 将, 在): its day
    // ("今天的世界" speaks of the present, "一年前的今天" of another day, "今天先到这里" of nothing);
    // 今晚 in a speech or a programme dated in its head: the evening it was given
    re: /(?<![的之])(?:今天|今日)(?=[是，,]|[上下中]午|傍?晚|早上|凌晨|将|在|起)|(?<![的之])今晚(?=[，,]|我们|在|将)/g,
    read: (m, ctx) => {
      // (a live entry's 今晚 is the day its stamp gives already: not read again)
      // (a post's 今天 is the day of its head line)
      const day = m[0] === "今晚" ? ctx.spokenDay : (ctx.dateline ?? ctx.spokenDay ?? ctx.postedDay);
      return day ? { iso: day, precision: "day", inferred: true } : null;
    },
  },
  {
    // a programme's date written compact after its source (稿件来源：某台《某节目》20240530)
    re: /(?<=来源[：:][^（）()。，]{0,30}?)(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g,
    read: (m) => (okMonth(+m[2]) && okDay(+m[3]) ? { iso: `${m[1]}-${m[2]}-${m[3]}`, precision: "day", inferred: false } : null),
  },
  {
    // 前年: the year before last of the document's date (not 目前/此前/提前/以前 before 年, nor 前年度/前年均)
    re: /(?<![目此之提以当空史从先])前年(?![均度份代纪内龄限轻间产\d])/g,
    read: (_m, ctx) => (ctx.docYear ? { iso: `${ctx.docYear - 2}`, precision: "year", inferred: true } : null),
  },
  {
    // 后年: the year after next of the document's date (not 此后/之后/最后 before 年, nor 后年均/后年度)
    re: /(?<![此之其最然前今往落背日午而])后年(?![均度份代纪年内龄限轻终间])/g,
    read: (_m, ctx) => (ctx.docYear ? { iso: `${ctx.docYear + 2}`, precision: "year", inferred: true } : null),
  },
  {
    // 昨天 (the day before the dateline or the document's date), 前一天 (the day before the last day named)
    re: /昨天|昨日|前一天|前一日/g,
    read: (m, ctx) => {
      const from = m[0].startsWith("昨") ? (ctx.dateline ?? ctx.docDay) : (ctx.newsDay ?? ctx.dateline ?? ctx.day);
      if (!from) return null;
      ctx.newsDay = shiftDay(from, -1);
      return { iso: ctx.newsDay, precision: "day", inferred: true };
    },
  },
  {
    // 22日至24日 in a news item: days of its month when the first is not later than its day or the days are to come (将)
    re: /(?<![\d月年号日第每期留约近共达超逾过满余多个百千万至到])(\d{1,2})日(?:至|到|—|－|-)(\d{1,2})日(?!内|起|前|后|以|之|电)/g,
    read: (m, ctx) => {
      const [d1, d2] = [+m[1], +m[2]];
      if (!ctx.dateline || !okDay(d1) || !okDay(d2) || d2 <= d1) return null;
      const [y, mo, day] = ctx.dateline.split("-").map(Number);
      const toCome = /将(?!军)|拟|计划/.test(m.input.slice(Math.max(0, m.index - 60), m.index));
      // (days still to come in a preview, or days of the month before: not told apart without 将)
      if (d1 > day && !toCome) return null;
      return { iso: `${y}-${pad(mo)}-${pad(d1)}`, endIso: `${y}-${pad(mo)}-${pad(d2)}`, precision: "day", inferred: true };
    },
  },
  {
    // 访问至6日结束, 展会至28日闭幕 in a news item: the day a visit or event ends, of the dateline's month, not before its day
    re: /(?<=(?<![\d日号月])至)(\d{1,2})日(?=结束|闭幕|为止)/g,
    read: (m, ctx) => {
      const d = +m[1];
      if (!ctx.dateline || !okDay(d)) return null;
      const [y, mo, day] = ctx.dateline.split("-").map(Number);
      return d >= day ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", inferred: true } : null;
    },
  },
  {
    // 当地时间23日, 27日，某某在某地…: a day of the month in a news item, counted back from its date
    re: /(?<![\d月年号日第每期留约近共达超逾过满余多个百千万至到])(\d{1,2})日(?=[，,]|[\u4e00-\u9fff])(?!内|起|前|后|以|之|电|左右|至|到|凌晨|晚)/g,
    read: (m, ctx) => {
      const d = +m[1];
      if (!ctx.dateline || !okDay(d)) return null;
      const [y, mo, day] = ctx.dateline.split("-").map(Number);
      const [yy, mm] = d <= day ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
      ctx.newsDay = `${yy}-${pad(mm)}-${pad(d)}`;
      return { iso: ctx.newsDay, precision: "day", inferred: true };
    },
  },
  {
    // 下周二, 本周五, 上周三: a day of the week before, of or after the one of the item's (or the document's) day
    re: /(上|下|本|这)(?:周|星期|个星期|礼拜)([一二三四五六日天])/g,
    read: (m, ctx) => {
      const from = ctx.dateline ?? ctx.docDay;
      if (!from) return null;
      const weekday = "一二三四五六日".indexOf(m[2] === "天" ? "日" : m[2]);
      const monday = shiftDay(from, -((new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7));
      const week = m[1] === "上" ? -7 : m[1] === "下" ? 7 : 0;
      return { iso: shiftDay(monday, week + weekday), precision: "day", inferred: true };
    },
  },
  {
    // 上周: Monday to Sunday of the week before the dateline's
    re: /上周|上星期|上个星期/g,
    read: (_m, ctx) => {
      const from = ctx.dateline ?? ctx.docDay;
      return from ? { ...weekBefore(from), precision: "day", inferred: true } : null;
    },
  },
  {
    // | 2009 | a bare year in a table cell
    re: /(?<=\|\s?)(\d{4})(?=\s?\|)/g,
    read: (m) => (okYear(+m[1]) ? { iso: m[1], precision: "year", inferred: false } : null),
  },
  {
    // 2031国际海洋产业博览会: a bare year opening the name of an event is the event's year
    re: /(?<![\d.A-Za-z])((?:19|20)\d{2})(?=(?![年届期版号])[\u4e00-\u9fff]{2,16}?(?:大会|论坛|峰会|博览会|年会|交易会|洽谈会|展览会|运动会|会议|对话会|活动周|文化节|艺术节))/g,
    read: (m) => (okYear(+m[1]) ? { iso: m[1], precision: "year", inferred: false } : null),
  },
  {
    // 上月, 本月底, 上月28日至31日
    re: /(?:上个?月|本月|当月|同月|次月)(?:(\d{1,2})[日号](?:(?:至|到|—|-|~|～)(\d{1,2})[日号])?|初|底|末|中旬|上旬|下旬)?/g,
    read: (m, ctx) => {
      const base = /^(?:同月|当月|次月)/.test(m[0]) ? { y: ctx.year, mo: ctx.month } : { y: ctx.docYear, mo: ctx.docMonth };
      if (!base.y || !base.mo) return null;
      let [y, mo] = [base.y, base.mo];
      if (m[0].startsWith("上")) mo -= 1;
      if (m[0] === "次月") mo += 1;
      if (mo === 0) [y, mo] = [y - 1, 12];
      if (mo === 13) [y, mo] = [y + 1, 1];
      if (m[1] && okDay(+m[1])) {
        const end = m[2] && okDay(+m[2]) && +m[2] > +m[1] ? { endIso: `${y}-${pad(mo)}-${pad(+m[2])}` } : {};
        return { iso: `${y}-${pad(mo)}-${pad(+m[1])}`, ...end, precision: "day", inferred: true };
      }
      return { iso: `${y}-${pad(mo)}`, precision: "month", inferred: true };
    },
  },
  {
    // 三年后, 两年后 (from the year in context)
    re: new RegExp(`(?<![\\d年])(\\d{1,2}|${CN})年后`, "g"),
    read: (m, ctx) => {
      const n = chineseNumber(m[1]);
      if (!ctx.year || !Number.isFinite(n) || n <= 0 || n > 50) return null;
      return { iso: `${ctx.year + n}`, precision: "year", inferred: true };
    },
  },
  {
    // 50年前的今天: that day of the year N years before the day the text was dated or spoken
    re: new RegExp(`(?<![\\d年])(\\d{1,3}|${CN})年前的今天`, "g"),
    read: (m, ctx) => {
      const n = chineseNumber(m[1]);
      const from = ctx.dateline ?? ctx.spokenDay;
      if (!from || !Number.isFinite(n) || n <= 0 || n > 300 || from.endsWith("02-29")) return null;
      return { iso: `${Number(from.slice(0, 4)) - n}${from.slice(4)}`, precision: "day", inferred: true };
    },
  },
  {
    // 31年前, 三年前 (from the document's date)
    re: new RegExp(`(?<![\\d年])(\\d{1,3}|${CN})年前(?!后)`, "g"),
    read: (m, ctx) => {
      const n = chineseNumber(m[1]);
      if (!ctx.docYear || !Number.isFinite(n) || n <= 0 || n > 300) return null;
      return { iso: `${ctx.docYear - n}`, precision: "year", inferred: true };
    },
  },
];

function relativeYear(word: string, ctx: DateContext): number | undefined {
  switch (word) {
    case "同年":
    case "当年":
    case "该年":
    case "是年":
      return ctx.year ?? ctx.carried ?? ctx.docYear;
    // a narrative's 那年 / 这一年 is the year it last named, never the document's own
    case "那年":
    case "这年":
    case "这一年":
    case "那一年":
      return ctx.year ?? ctx.carried;
    case "次年":
    case "翌年": {
      const y = ctx.year ?? ctx.carried;
      return y ? y + 1 : undefined;
    }
    case "前一年":
    case "上一年":
      return ctx.year ? ctx.year - 1 : undefined;
    case "今年":
      return ctx.docYear;
    case "去年":
      return ctx.docYear ? ctx.docYear - 1 : undefined;
    case "明年":
      return ctx.docYear ? ctx.docYear + 1 : undefined;
    case "前年":
      return ctx.docYear ? ctx.docYear - 2 : undefined;
  }
  return undefined;
}

const CN_DIGIT: Record<string, string> = { 〇: "0", "○": "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const CN_DATE = /([〇○零一二三四五六七八九]{4}|[两二]千(?:零(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))?)年|(?<=年)(十[一二]|[一二三四五六七八九十])月|(?<=月)(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/g;

/**
 * Dates written in Chinese numerals (二〇二三年五月十八日) read as Arabic ones: the text with
 * those numerals replaced, and for each of its positions the position in the original.
 */
function arabicDates(text: string): { text: string; from: number[] } | null {
  if (!/[〇○零一二三四五六七八九千]年|[〇○]|年[一二三四五六七八九十]{1,2}月/.test(text)) return null;
  let out = "";
  const from: number[] = [];
  let last = 0;
  let converted = false;
  const copy = (to: number) => {
    for (let i = last; i < to; i++) {
      out += text[i];
      from.push(i);
    }
  };
  for (const m of text.matchAll(CN_DATE)) {
    const at = m.index!;
    // a month or day only after a year or month just converted (or written in digits)
    if (!m[1] && !/(?:\d|[今同当次去明翌该是])[年月]$/.test((out + text.slice(last, at)).slice(-3))) continue;
    copy(at);
    // 二〇二三年 digit by digit; 两千零一十七年, as spoken, as a number
    const digits = m[1] ? (/千/.test(m[1]) ? String(chineseNumber(m[1].replace(/零/g, ""))) : [...m[1]].map((c) => CN_DIGIT[c]).join("")) : String(chineseNumber((m[2] ?? m[3])!));
    const numeral = m[1] ?? m[2] ?? m[3]!;
    for (let i = 0; i < digits.length; i++) {
      out += digits[i];
      from.push(at + Math.min(i, numeral.length - 1));
    }
    last = at + numeral.length;
    converted = true;
  }
  if (!converted) return null;
  copy(text.length);
  from.push(text.length);
  return { text: out, from };
}

/** Date mentions of one sentence, left to right, updating the context as explicit dates pass by. */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const arabic = arabicDates(text);
  if (!arabic) return findDatesIn(text, ctx);
  return findDatesIn(arabic.text, ctx).map((d) => {
    const at = { start: arabic.from[d.at.start], end: arabic.from[d.at.end - 1] + 1 };
    return { ...d, at, text: text.slice(at.start, at.end) };
  });
}

function findDatesIn(text: string, ctx: DateContext): DateMention[] {
  type Hit = { start: number; end: number; rule: number; m: RegExpExecArray };
  const hits: Hit[] = [];
  RULES.forEach((rule, r) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, rule: r, m });
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rule - b.rule);
  const out: DateMention[] = [];
  const quoted = insideQuotes(text);
  let covered = 0;
  for (const h of hits) {
    if (h.start < covered) continue;
    if (isNotADate(text, h.start, h.end)) continue;
    const storyYear = ctx.year;
    const value = RULES[h.rule].read(h.m, ctx);
    if (!value) continue;
    out.push({ at: { start: h.start, end: h.end }, text: h.m[0], ...value });
    covered = h.end;
    // (the day a term starts from, 从某年某月某日起, after a date the sentence tells its event by, is said in passing)
    const startsTerm = /[从自]$/.test(text.slice(0, h.start)) && /^起/.test(text.slice(h.end)) && out.length > 1 && out.slice(0, -1).some((o) => !o.inferred);
    // (nor is the date a forecast looks ahead to, 预计2026年底投产, after the date the sentence tells its event by,
    // nor the earlier start of what led to the paragraph's event, 谈判从1969年2月开始 after 1970年10月13日…建交)
    const forecast = out.length > 1 && LOOKS_AHEAD.test(text.slice(Math.max(0, h.start - 6), h.start));
    const earlierStart = /[从自]$/.test(text.slice(0, h.start)) && /^(?:起|开始)/.test(text.slice(h.end)) && storyYear !== undefined && Number(value.iso.slice(0, 4)) < storyYear;
    if ((value.endIso && value.precision === "year") || quoted[h.start] > 0 || LOOKS_BACK.test(text.slice(Math.max(0, h.start - 8), h.start)) || startsTerm || forecast || earlierStart) {
      // a span of years (2019—2025), or a year inside a title (《…2035年愿景》), is no anchor for 同年 / 当年;
      // nor is the date of an earlier time told in passing (…；前一次是2022年11月4日) for the dates after it
    } else if (!value.inferred && (value.precision === "year" || value.precision === "month" || value.precision === "day")) {
      ctx.year = Number(value.iso.slice(0, 4));
      ctx.month = value.precision === "year" ? undefined : Number(value.iso.slice(5, 7));
      ctx.day = value.precision === "day" ? value.iso : undefined;
    } else if (value.inferred && value.precision !== "decade") {
      ctx.year = Number(value.iso.slice(0, 4));
      // a month and day written out (3月23日, its year from the text before) is the day 同一天 and 同月 refer to
      // (次年3月5日 too: the month 同月 refers to after it is its month)
      if (value.precision === "day" && !value.endIso && DAY_WRITTEN_OUT.test(h.m[0])) {
        ctx.month = Number(value.iso.slice(5, 7));
        ctx.day = value.iso;
      }
      if (value.precision === "month" && !value.endIso && SAME_YEAR_MONTH.test(h.m[0])) ctx.month = Number(value.iso.slice(5, 7));
    }
  }
  // 20世纪50年代—1970年, 20世纪70年代—20世纪90年代: a span from a decade is one date
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.precision !== "decade" || a.endIso || b.endIso || !["decade", "year"].includes(b.precision) || !/^\s*[—–~～至到-]{1,2}\s*$/.test(text.slice(a.at.end, b.at.start))) continue;
    out.splice(i, 2, { at: { start: a.at.start, end: b.at.end }, text: text.slice(a.at.start, b.at.end), iso: a.iso, endIso: b.iso, precision: "decade", inferred: a.inferred && b.inferred });
  }
  return out;
}

/** A date told in passing of the time before (前一次是, 上一次是, 上次): the story goes on from its own date. */
const LOOKS_BACK = /(?:前一次|上一次|上次|前次)(?:是|为|在|于)?$/;
/** A date a forecast or a target looks ahead to (预计2026年底, 有望于2030年). */
const LOOKS_AHEAD = /(?:预计|预期|有望|力争|争取)(?:将)?(?:于|在|到)?$/;

/** "3月" in "6个月", years used as quantities ("2000年的历史") and numbers inside identifiers are not dates. */
function isNotADate(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (/[A-Za-z0-9_./-]/.test(before) && /\d/.test(text[start])) return true;
  if (/^\d{4}年/.test(text.slice(start, end)) && /[多余]/.test(after)) return true; // 2000多年
  return false;
}

const LEAD = /^(?:然后|接着|后来|在|于|自|从|截至|截止|到|至|是|即|的|为|当|而|并|和|及|以来|以后|之后|起|期间|之际|前后|年底|年初|年末|，|、)+/;
const TRAIL = /(?:以来|起|时|期间|之际|前后|的|“|‘|，|、)+$/;
const BEFORE_DATE = /(?:早在|早于|从|于|在|自|截至|截止|到了|到|至|并于)$/;
const SHARED_PREDICATE = /^(?:与|和|同|跟|对)[\u4e00-\u9fff]{1,12}?(?=分别|先后|相继|共同|均|都|签署|签订|建立|宣布|决定|发展|提升|举行|加入|访问)/;

/**
 * The event of the clause a date stands in: the clause without the date (or, when the
 * clause lists several dates — "中国1990年1月与A、1991年2月与B分别签署…", "A（1995年3月）、
 * B（1996年4月）先后建立…" — the date's own item with the shared subject and predicate),
 * or the next clause when the date stands alone.
 */
export function eventOf(sentence: string, at: Span, all: DateMention[] = []): string {
  const parts = clauses(sentence);
  const own = clauseAt(sentence, at.start);
  let idx = parts.findIndex((p) => p.start <= at.start && at.start < p.end);
  if (idx < 0) idx = 0;
  const inClause = all.filter((d) => d.at.start >= own.start && d.at.end <= own.end).sort((a, b) => a.at.start - b.at.start);
  let event: string;
  const self = all.find((d) => d.at.start === at.start);
  if (inClause.length > 1) event = itemEvent(sentence, own, inClause, at);
  // a span of decades in brackets of its own (一、某某时期（20世纪50年代—1970年）): the words without it
  else if (self?.precision === "decade" && self.endIso && sentence[at.start - 1] === "（" && sentence[at.end] === "）")
    event = sentence.slice(own.start, at.start - 1) + sentence.slice(at.end + 1, own.end);
  else if (insideQuotes(sentence)[at.start] > 0 || sentence[at.start - 1] === "（")
    event = sentence.slice(own.start, own.end); // a date inside a title or brackets stays in its words
  else event = sentence.slice(own.start, at.start).replace(BEFORE_DATE, "") + sentence.slice(at.end, own.end);
  // a clock time after the date (2024-05-07 23:15, 2024-05-07T23:15:00+08:00) is no part of the event
  event = event.replace(/^\s*T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?\s*/, "").replace(LEAD, "").replace(TRAIL, "");
  let next = idx + 1;
  while (event.replace(/[^\u4e00-\u9fff]/g, "").length < 5 && next < parts.length) {
    const more = sentence.slice(parts[next].start, parts[next].end);
    event = event ? `${event}，${more}` : more;
    next++;
  }
  event = event.replace(/^[，、\s]+|[，、“‘\s]+$/g, "");
  if (event.length > 60) {
    // cut at the last clause or list break, so that no title or quotation is left open
    let cut = event.slice(0, 60);
    const brk = Math.max(cut.lastIndexOf("，"), cut.lastIndexOf("、"), cut.lastIndexOf("；"));
    if (brk > 20) cut = cut.slice(0, brk);
    event = cut + "…";
  }
  // a field line with nothing but its date (发布时间：2024-03-01T09:30): the field says what the date is
  const field = event ? null : /(?:^|[，。；\s])([\u4e00-\u9fff]{2,8}|[A-Za-z][a-z_]{1,12})[：:]\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*)?$/.exec(sentence.slice(0, at.start));
  return event || field?.[1] || sentence.slice(0, 60);
}

function itemEvent(sentence: string, clause: Span, dates: DateMention[], at: Span): string {
  const i = dates.findIndex((d) => d.at.start === at.start);
  const last = dates[dates.length - 1];
  const trim = (t: string) => t.replace(/^[）)、，\s]+|[（(、和及，\s]+$/g, "");
  if (sentence[at.start - 1] === "（" || sentence[at.start - 1] === "(") {
    // A（date）、B（date）…predicate
    const from = i === 0 ? clause.start : dates[i - 1].at.end;
    const item = trim(sentence.slice(from, at.start));
    const predicate = trim(sentence.slice(last.at.end, clause.end));
    const first = trim(sentence.slice(clause.start, dates[0].at.start));
    const subject = i === 0 ? "" : (/^(.*?(?:与|和|同|跟))/.exec(first)?.[1] ?? "");
    return `${subject}${item}${predicate}`;
  }
  // date A、date B … predicate
  const subject = trim(sentence.slice(clause.start, dates[0].at.start)).replace(BEFORE_DATE, "");
  const item = trim(sentence.slice(at.end, i + 1 < dates.length ? dates[i + 1].at.start : clause.end));
  if (i === dates.length - 1) return `${subject}${item}`;
  const lastItem = trim(sentence.slice(last.at.end, clause.end));
  const predicate = lastItem.replace(SHARED_PREDICATE, "");
  return `${subject}${item}${predicate !== lastItem ? predicate : ""}`;
}

/** A new paragraph: the year (and month) the last one reached is carried; the explicit ones start afresh. */
export function toNextParagraph(ctx: DateContext): void {
  if (ctx.year !== undefined) ctx.carriedMonth = ctx.month;
  ctx.carried = ctx.year ?? ctx.carried;
  ctx.year = undefined;
  ctx.month = undefined;
}

export function extractDates(doc: CleanDocument): Candidate[] {
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  const docMonth = doc.date && doc.date.length >= 7 ? Number(doc.date.slice(5, 7)) : undefined;
  const out: Candidate[] = [];
  let paragraph = -1;
  const ctx: DateContext = { docYear, docMonth, docDay: doc.date?.length === 10 ? doc.date : undefined, spokenDay: spokenDay(doc.blocks), postedDay: postedDay(doc.blocks) };
  ctx.dateline = ctx.spokenDay;
  // an e-mail (From:/发件人: headers) dates its messages in header fields
  const mail = /(?:^|\n)\s*(?:From|发件人)\s*[：:]/.test(doc.text);
  let stamped = false;
  for (const s of factSentences(doc)) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      toNextParagraph(ctx);
      // a news item opens with its dateline (新华社某地5月9日电) and ends at the next heading
      // (a feed's item opens with its headline, labelled a title)
      const headed = s.blockLabel === "heading" || s.blockLabel === "title";
      const dateline = datelineOf(s.text, doc.date) ?? (headed ? dayHeading(s.text, doc.date) : undefined) ?? entryStamp(s.text, doc.date);
      if (dateline !== undefined || headed) {
        // (a speech's or a programme's day, read in its head, dates all of it)
        ctx.dateline = dateline ?? ctx.spokenDay;
        ctx.newsDay = undefined;
        // (an item of a feed dated its words by its own date: a heading gives the document's back)
        Object.assign(ctx, { docYear, docMonth, docDay: doc.date?.length === 10 ? doc.date : undefined });
      }
      // a comment of a social page is dated by its stamp under it (2024-08-04・IP 属地某地): its 本月, 今年, 今天
      const stamp = stampUnder(doc, s.paragraph);
      if (stamp || stamped) {
        const day = stamp ?? (doc.date?.length === 10 ? doc.date : undefined);
        Object.assign(ctx, { dateline: stamp, newsDay: undefined, docDay: day, docYear: stamp ? Number(stamp.slice(0, 4)) : docYear, docMonth: stamp ? Number(stamp.slice(5, 7)) : docMonth });
        stamped = stamp !== undefined;
      }
    }
    // the dateline's 电 and reporter note end a clause of their own, so the lead's events do not take them in
    const text = s.text.replace(DATELINE_TAIL, (tail, ...rest) => `${rest[0]}${"，".repeat(tail.length - rest[0].length)}`);
    const found = findDates(text, ctx);
    // a page's or a feed item's line of publication (发布时间：…) dates what the item says (今年, 23日, 前一天)
    // (not the page of a speech or a programme dated in its head: it often went up a day later)
    const published = !ctx.spokenDay && /^(?:发布时间|发布日期|发表时间|发表日期)[：:]/.test(s.text) ? found.find((d) => d.precision === "day" && !d.inferred) : undefined;
    if (published) {
      ctx.dateline = ctx.docDay = published.iso;
      ctx.docYear = Number(published.iso.slice(0, 4));
      ctx.docMonth = Number(published.iso.slice(5, 7));
      ctx.newsDay = undefined;
    }
    // the dateline's own date is the date of the lead's first clause
    const tail = DATELINE_TAIL.exec(s.text)?.[0].length ?? 0;
    const lead = tail ? text.slice(tail) : "";
    // a question asking whether something happened then (…才签的吗？ …加入的吧？) states no date: it is often a wrong guess
    if (ASKS_WHETHER.test(s.text)) continue;
    for (const d of found) {
      // (a programme's stamp, 稿件来源：某台《某节目》20240530, is a fact of its source line only: a daily programme's
      // "when was it broadcast" asked from the body would not say which day's)
      if (COMPACT_STAMP.test(d.text)) continue;
      out.push(dateCandidate(s, d, found, text, d.at.end <= tail && lead ? eventOf(lead, { start: 0, end: 0 }) : undefined, mail));
    }
  }
  // a source line ("（本文原载《某报》2024年6月28日）") is not read for facts, but its date of publication is one
  for (const s of doc.sentences) {
    if (s.blockLabel !== "meta" || !PUBLISHED_IN.test(s.text)) continue;
    const found = findDates(s.text, { docYear, docMonth }).filter((d) => d.precision === "day" && !d.inferred);
    for (const d of found) out.push(dateCandidate(s, d, found, s.text, undefined, mail));
  }
  return out;
}

/** Who sends a news item's dateline: the wires, the national dailies and the broadcaster (not the news sites). */
const DATELINE_SENDER = senderOf(WIRES, DAILIES, BROADCASTERS);
/** A dateline opening a paragraph (新华社某地5月9日电): month and day. */
const DATELINE = new RegExp(String.raw`^${DATELINE_SENDER}[\u4e00-\u9fff]{0,10}?${MONTH_DAY_CAPTURED}电`);
/** The same with the reporter's note after it (新华社某地5月9日电（记者某某）): the dateline up to its 日 captured. */
const DATELINE_TAIL = new RegExp(String.raw`^(${DATELINE_SENDER}[\u4e00-\u9fff]{0,10}?${MONTH_DAY})电(?:${reporterNote(20)})?`);

/** A sentence asking yes or no about what it says: a closing 吗/吧/么 (or 是不是, 难道) before the question mark. */
const ASKS_WHETHER = /(?:[吗吧么嘛](?:[”"）)])?|是不是[^。！？]{0,40}|难道[^。！？]{0,40})[？?]\s*$/;

/** The day of a social page's comment stamp (2024-08-04・IP 属地某地　赞 12) set right under a paragraph. */
function stampUnder(doc: CleanDocument, paragraph: number): string | undefined {
  const next = doc.blocks[paragraph + 1];
  const m = next?.label === "meta" ? /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*\d{1,2}:\d{2})?\s*[・·]\s*IP\s*属地/.exec(next.text) : null;
  return m && okMonth(+m[2]) && okDay(+m[3]) ? `${m[1]}-${pad(+m[2])}-${pad(+m[3])}` : undefined;
}

/** A heading that is only a day (a chat's separator "——2024-12-05 星期四——"): the day of what follows it. */
function dayHeading(text: string, docDate?: string): string | undefined {
  const m = /^[—\-=─━═\s]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:(?:星期|周)[一二三四五六日天])?[—\-=─━═\s]*$/.exec(text);
  if (m) return okMonth(+m[2]) && okDay(+m[3]) ? `${m[1]}-${pad(+m[2])}-${pad(+m[3])}` : undefined;
  // a live page's day separator without the year (━━ 8月23日 ━━): a day of the page's year
  const short = /^[—\-=─━═\s]*(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周)[一二三四五六日天])?[—\-=─━═\s]*$/.exec(text);
  return short ? dayOfPage(+short[1], +short[2], docDate) : undefined;
}

/** The day of a month and day the page does not give the year of: the page's year, or the year before for a later month. */
function dayOfPage(mo: number, d: number, docDate: string | undefined): string | undefined {
  if (!docDate || docDate.length < 7 || !okMonth(mo) || !okDay(d)) return undefined;
  const year = Number(docDate.slice(0, 4)) - (mo > Number(docDate.slice(5, 7)) ? 1 : 0);
  return `${year}-${pad(mo)}-${pad(d)}`;
}

/** A live page's entry opening with its day and clock time (8月24日 16:50【快讯】…): the entry's day. */
function entryStamp(text: string, docDate: string | undefined): string | undefined {
  const m = /^(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}(?!\d)/.exec(text);
  return m ? dayOfPage(+m[1], +m[2], docDate) : undefined;
}

/**
 * The day a news item's dateline gives ("新华社某地5月9日电": the year of the document's date, or the year
 * before when that month is later than the document's); undefined when the paragraph opens with none.
 */
function datelineOf(text: string, docDate: string | undefined): string | undefined {
  const m = DATELINE.exec(text);
  if (!m || !docDate) return undefined;
  const [mo, d] = [+m[1], +m[2]];
  if (!okMonth(mo) || !okDay(d)) return undefined;
  const year = Number(docDate.slice(0, 4)) - (docDate.length >= 7 && mo > Number(docDate.slice(5, 7)) ? 1 : 0);
  return `${year}-${pad(mo)}-${pad(d)}`;
}

/** A date written as eight digits (20240530): read only after a source, in a source line. */
const COMPACT_STAMP = /^\d{8}$/;

// …or a byline giving the source and date ("来源：某研究中心 | 2024-03-15", "发布时间：…"), or a programme's (（稿件来源：某台《某节目》20240530）)
const PUBLISHED_IN = /原载|刊于|刊载于|发表于|刊发于|[（(](?:稿件|节目)来源[：:]|^(?:编辑|发布|更新)于\s*\d|^[（(]?(?:来源|出处|发布时间|发布日期|发布于|日期|收稿日期|修回日期|录用日期|成文日期|提交日期|完成日期)[：:]/;

/** A weekday and a clock time written after a date (星期二 17:02, 周一08:00, 10:24:51 +0800). */
const WEEKDAY_CLOCK = /^\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?\s*(?:T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?/;
const EN_WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$/;

/**
 * The role of a date in a header, footer or reply line, where the words around it are no event:
 * an e-mail's `Date:` (and, in an e-mail, 日期：), a page's `updated:` or 本页最后编辑于…, a source line
 * (来源：某中心，2024-03-15), a reply line (在2024年11月5日 17:02，某某写道：). Undefined for anything else.
 */
export function metaEvent(text: string, at: Span, mail: boolean): string | undefined {
  const after = text.slice(at.end).replace(WEEKDAY_CLOCK, "");
  const before = text.slice(0, at.start).replace(EN_WEEKDAY, "");
  const reply = /^[，,\s]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·. ]{0,15}?)\s*(?:<[^<>\s]{3,60}>)?\s*(?:写道|来信|wrote)[：:]/.exec(after);
  if (reply && /(?:^|[\s>])(?:在|于|On)?\s*$/.test(before)) return `${reply[1].trim()}来信`;
  // a source named before or after the date (来源：某中心，2024-03-15 / 2024-05-07 23:15 来源：外交部网站)
  const source = /(?:来源|出处|Source)\s*[：:]\s*([^，,|｜:：\s]{2,20}?)(?:(发布|录入|更新)(?:时间|日期)|发布于)?[：:，,|｜\s]*$/.exec(before) ?? /^[，,|｜\s]*(?:来源|出处)\s*[：:]\s*([^，,|｜:：\s]{2,20})/.exec(after);
  if (source) return `${source[1]}${source[2] === "录入" ? "录入" : "发布"}`;
  // the rest of the line is a separator and page statistics, or nothing
  if (!/^(?:\s*[·・|｜•*]|[\s。*]*$|[；;，,]?\s*[\u4e00-\u9fffA-Za-z]{2,10}\s*[：:])/.test(after)) return undefined;
  // (fields of a metadata grid may stand glued together: 发布机构：某处成文日期：2024-01-03)
  const field = /(?:^|[\s，。；|｜*>])([A-Za-z][A-Za-z_ ]{1,20}?|[\u4e00-\u9fff]{2,10}?)\s*(?:[：:]|于|在)\s*$/.exec(before) ?? /((?:收稿|修回|录用|接收|成文|印发|发布|发表)(?:日期|时间))[：:]\s*$/.exec(before);
  if (!field) return undefined;
  const label = field[1].trim();
  if (/^(?:date|sent)$/i.test(label) || (mail && /^(?:日期|时间|发送时间|发件时间|发信时间)$/.test(label))) return "邮件发出";
  if (/updated?|modified|edited|更新|修改|编辑|修订/i.test(label)) return "本页最后更新";
  if (/^(?:published|posted|发布时间|发布日期|发表时间|发表日期|发布|发表|刊发时间)$/i.test(label)) return "本文发布";
  // a paper's history (收稿日期, 修回日期) and an official text's dates (成文日期)
  const history = /^(收稿|修回|录用|接收|成文|印发)(?:日期|时间)$/.exec(label);
  if (history) return `本文${history[1]}`;
  return undefined;
}

function dateCandidate(s: Sentence, d: DateMention, all: DateMention[], text = s.text, ownEvent?: string, mail = false): Candidate {
  const event = ownEvent ?? metaEvent(text, d.at, mail) ?? eventOf(text, d.at, all);
  return {
    kind: "date",
    label: `${d.text}：${event}`,
    value: {
      iso: d.iso,
      precision: d.precision,
      ...(d.endIso ? { endIso: d.endIso } : {}),
      text: d.text,
      inferred: d.inferred,
      event,
    },
    at: d.at,
    sentence: s,
    key: `${d.iso}${d.endIso ? "/" + d.endIso : ""}|${event.slice(0, 24)}`,
  };
}
