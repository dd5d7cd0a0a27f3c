/**
 * What a document says about itself when no manifest says it: title, authors, and
 * its own date (used to resolve 今年, 上月, N年前 …).
 */
import type { Block, Sentence } from "../types";
import { AUTHOR_ROLE, BYLINE_WORDS, HANDED_IN, ISSUE_LINE, JOURNAL_YEAR_ISSUE, POST_HEAD_DAY, isStudentRecord, splitNames } from "./lines";
import { MONTH_DAY_CAPTURED, WIRES, senderOf } from "../dateline";
import { CLOCK } from "../time-line";

/** A byline's opening words and the spaces after them, the shortest reading of a reporter's (lines.ts reads the longest). */
const BYLINE_PREFIX = new RegExp(String.raw`^[（(]?\s*(?:本报记者|[\u4e00-\u9fff]{1,6}?社记者|本报驻\S{1,12}?记者|${BYLINE_WORDS})\s*[:：]?\s*`);
/** A month or a day on a title line's dateline: in figures or in numerals (十二月三日). */
const TITLE_DAY_PART = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
/**
 * Where a byline (本报评论员, 本报记者) or a dateline (本报某地X月X日电, 新华社某地X月X日电) starts. (A title's dateline
 * also writes its day in numerals, and a special report's 专电.)
 */
const DATELINE_OR_BYLINE = new RegExp(
  String.raw`[（(]?(?:本报评论员|本报特约评论员|本报记者|${senderOf(WIRES)}(?:[\u4e00-\u9fff]{1,8})?${TITLE_DAY_PART}月${TITLE_DAY_PART}日(?:专)?电)`,
);
const TEXT_LABELS = new Set(["body", "appended", "caption"]);

/** A title line without the byline or dateline glued after it. */
function withoutByline(line: string): string {
  const cut = DATELINE_OR_BYLINE.exec(line);
  return cut && cut.index >= 4 ? line.slice(0, cut.index).replace(/[：:\s]+$/, "") : line;
}

export function detectTitle(blocks: Block[], sentences: Sentence[]): string {
  const title = blocks.find((b) => b.label === "title");
  if (title) return withoutByline(title.text);
  // (a numbered section heading, 一、问题的提出, heads a section, not the document)
  const heading = blocks.slice(0, 6).find((b) => b.label === "heading" && !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(b.text));
  if (heading) return withoutByline(heading.text);
  const first = sentences.find((s) => s.blockLabel === "body");
  if (!first) return "";
  // a byline or dateline glued to the title line ends the title (……中国方案本报评论员某某, ……新阶段本报某地X月X日电（记者某某）)
  const t = withoutByline(first.text).replace(/[。！？；，、]+$/, "");
  return t.length > 40 ? t.slice(0, 40) + "…" : t;
}

/** Authors from the bylines before the text; `rawOf` gives the raw text of a block, whose spaces separate names. */
export function detectAuthors(blocks: Block[], rawOf: (b: Block) => string): string[] {
  const authors: string[] = [];
  for (const b of blocks) {
    if (b.label === "body" || b.label === "appended") break;
    if (b.label !== "byline") continue;
    const rest = rawOf(b)
      .replace(/<[^>]{1,20}>|[*#_]/g, "")
      .trim()
      .replace(BYLINE_PREFIX, "")
      // (a notice set after the name, （仅供课堂使用，请勿外传）, names nobody)
      .replace(/[（(][^（）()]*(?:仅供|请勿|内部资料|不得外传|严禁)[^（）()]*[）)]/g, "")
      // (and a role after a name, 某某（特约）, 某某（执笔）, is no part of it)
      .replace(/[（(](?:特约|执笔|主笔|整理|通讯作者|特约研究员)[）)]/g, "")
      // (a book's author line says what the author did after the name: 某某　著)
      .replace(AUTHOR_ROLE, "")
      .trim();
    if (/(?:研究员|教授|主任|所长|院长|博士|记者|编辑|学者|专家)$/.test(rest) && rest.length > 5) continue;
    // a student's record (姓名：某某　学号：…): the author is the 姓名 field
    if (isStudentRecord(rest)) {
      const name = /(?:姓名|作者|学生)\s*[：:]\s*([\u4e00-\u9fff·]{2,8}?)(?=\s|$|学号|班级|专业|学院|院系|年级)/.exec(rest)?.[1];
      if (name && !authors.includes(name)) authors.push(name);
      continue;
    }
    if (rest.length === 0) continue;
    for (const name of splitNames(rest)) if (name && name.length <= 12 && !authors.includes(name)) authors.push(name);
  }
  return authors;
}

/**
 * The day a text was spoken or broadcast, given in its head apart from the page's time line: a speech's date and
 * place in brackets on or under its title (某某在某会上的致辞（2024年2月7日，某地）), or a programme's date written
 * compact after its source (文字实录（稿件来源：某台《某节目》20240530）). Its 今天 and 今晚 are that day, even
 * when the page went up a day later.
 */
export function spokenDay(blocks: Block[]): string | undefined {
  for (const b of blocks.slice(0, 6)) {
    const head = b.text.slice(0, 80);
    // (the bracket closes the title's line, before the page's fields, or is a line of its own: not a date told in a sentence)
    const speech = /[（(](\d{4})年(\d{1,2})月(\d{1,2})日(?:[，,、\s]*[\u4e00-\u9fff]{2,10})?[）)]/.exec(head);
    const after = b.text.slice(speech ? speech.index + speech[0].length : 0);
    const title = speech && (speech.index === 0 || (speech.index >= 4 && !/[。！？；，]/.test(head.slice(0, speech.index))));
    const day =
      (title && /^(?:\s|$|发布|来源|作者|编辑|时间|日期)/.test(after) ? dayOf(speech) : undefined) ??
      // a press conference titled by its day (某年某月某日外交部发言人某某主持例行记者会): the day it was held
      dayOf(/^(\d{4})年(\d{1,2})月(\d{1,2})日[\u4e00-\u9fff]{2,30}(?:记者会|发布会|吹风会|记者招待会)$/.exec(b.text)) ??
      dayOf(/^[\u4e00-\u9fff]{0,6}[（(](?:稿件|节目|文字|视频)?来源[：:][^（）()。]{1,40}?(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)[^（）()。]{0,10}[）)]/.exec(head));
    if (day) return day;
  }
  return undefined;
}

/** The day of a web page's time line in figures, before its clock time or a field (2024-05-07 23:15 来源：…, 发布时间：2024/05/07 来源：…). */
const PAGE_DAY = new RegExp(
  String.raw`^(?:(?:发布|导出|更新|创建)时间[：:]\s*)?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=T?\s*${CLOCK}|\s*[｜|]?\s*(?:来源|发布|作者|编辑|责任编辑|浏览))`,
);
/** The day of a time line giving the source first and the day in words (来源：某某网 | 2024年05月31日 06:52). */
const SOURCED_PAGE_DAY = new RegExp(String.raw`^(?:来源|出处)[：:][^，,|｜\s]{1,20}[，,|｜\s]+(\d{4})年(\d{1,2})月(\d{1,2})日\s*${CLOCK}`);
/** The day in a social-media post's head line (原创 某某 某号 2031年05月01日 08:00 某地), set apart as meta. */
export function postedDay(blocks: Block[]): string | undefined {
  for (const b of blocks.slice(0, 6)) {
    const day = b.label === "meta" ? dayOf(POST_HEAD_DAY.exec(b.text)) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** "YYYY-MM-DD" from a "原载6月30日…" line, else the latest year the text speaks of in the past. */
export function detectDocumentDate(blocks: Block[]): string | undefined {
  const spoken = spokenDay(blocks);
  if (spoken) return spoken;
  const posted = postedDay(blocks);
  if (posted) return posted;
  // a full date opening the title or one of the first lines (2024年11月20日外交部例行记者会) dates the document
  for (const b of blocks.slice(0, 3)) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(b.text);
    // (a line telling an event, "1990年3月5日两国建交。", is an entry of a chronology, not the document's date)
    if (m && b.text.length <= 60 && !/[。！？]$/.test(b.text)) return isoDay(m[1], m[2], m[3]);
  }
  // a web page's time line: 2024-05-07 23:15 来源：… / 发布时间：2024/05/07 (a time or a source word tells it from a chronology's row)
  for (const b of blocks.slice(0, 6)) {
    const short = b.text.length <= 60;
    const day =
      (short ? dayOf(PAGE_DAY.exec(b.text)) : undefined) ??
      // the time line with the source first and the day in words (来源：某某网 | 2024年05月31日 06:52)
      (short ? dayOf(SOURCED_PAGE_DAY.exec(b.text)) : undefined) ??
      // a page's or a file's field of its last change (最后更新：2023-08-24 22:41, 修订日期：2024-07-02, 最后修改：…) anywhere in the first lines
      dayOf(/(?:最后(?:更新|修改|修订)|(?:更新|修改|修订)(?:时间|日期))[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(b.text.slice(0, 300))) ??
      // the day a paper was handed in (提交日期：2024年6月14日)
      (HANDED_IN.test(b.text) ? dayOf(/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(b.text)) : undefined) ??
      // a page's front matter (updated: 2024-11-20, date: 2024-11-20)
      dayOf(/^(?:updated|date|published|created|lastmod|last_modified)[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})\b/i.exec(b.text)) ??
      mailDay(b.text);
    if (day) return day;
  }
  // a date in brackets on its own line under the title, as white papers and speeches print it (（2021年1月）)
  for (const b of blocks.slice(0, 4)) {
    const m = /^[（(](\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[）)]$/.exec(b.text);
    if (m && okDate(+m[1], +m[2], m[3] ? +m[3] : 1)) return m[3] ? isoDay(m[1], m[2], m[3]) : `${m[1]}-${m[2].padStart(2, "0")}`;
  }
  // a journal's or a brief's issue line that also gives the day (2024年第9期（总第57期）　2024年9月20日) dates the document
  for (const b of blocks.slice(0, 4)) {
    if (b.text.length > 60 || /[。！？；，]/.test(b.text) || !ISSUE_LINE.test(b.text)) continue;
    const day = dayOf(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(b.text));
    if (day) return day;
  }
  // a bulletin's issue number, then its issuing office and day (会议纪要　第 6 期　某某办公室　2025年11月18日), dates it
  // (the lines of a red-headed bulletin may arrive glued to its title)
  for (const b of blocks.slice(0, 4)) {
    const day = dayOf(ISSUED_DAY.exec(b.text));
    if (day) return day;
  }
  // a journal's issue over the first page (某某研究　2024年第3期) gives the year the article was published
  for (const b of blocks.slice(0, 3)) {
    const issue = b.label === "meta" ? JOURNAL_YEAR_ISSUE.exec(b.text) : null;
    if (issue && +issue[1] >= 1900 && +issue[1] <= 2100) return issue[1];
  }
  // an author's closing line of when and where the text was written (（2024年3月于北京）, 2024年3月写于某地)
  for (const b of blocks.slice(-4)) {
    // (bracketed, or with its 写于: "2019年5月于北京举行" is an event, not a signature)
    const m =
      /^[（(](\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:[初中下上]旬|底|末)?(?:写|改|定稿)?于[\u4e00-\u9fff]{1,12}[）)]$/.exec(b.text) ??
      /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:[初中下上]旬|底|末)?(?:写|改|定稿)于[\u4e00-\u9fff]{1,12}$/.exec(b.text);
    if (m && okDate(+m[1], +m[2], m[3] ? +m[3] : 1)) return m[3] ? isoDay(m[1], m[2], m[3]) : `${m[1]}-${m[2].padStart(2, "0")}`;
  }
  let maxYear = 0;
  for (const b of blocks) {
    if (!TEXT_LABELS.has(b.label)) continue;
    for (const m of b.text.matchAll(/(\d{4})年(?=\d{1,2}月|[，,、底初末是的起]|以来|上半年|下半年|[第一二三四]{1,2}季度)/g)) {
      const before = b.text.slice(Math.max(0, m.index! - 2), m.index!);
      if (/[到至—–\-~～]/.test(before)) continue;
      const y = Number(m[1]);
      if (y >= 1900 && y <= 2100 && y > maxYear) maxYear = y;
    }
  }
  for (const b of blocks) {
    // "（原载6月30日《某报》）", "（本文原载某国《某报》2024年6月28日…）", or a dateline "本报北京3月8日电"
    const m =
      b.label === "meta"
        ? /(?:原载|刊于|刊载于|发表于|刊发于)[^。；，,]{0,30}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(b.text)
        : DATELINE_DAY.exec(b.text);
    if (m) {
      const year = m[1] ? Number(m[1]) : (yearOfSameDay(blocks, Number(m[2]), Number(m[3])) ?? maxYear);
      if (year) return isoDay(year, m[2], m[3]);
    }
  }
  return maxYear ? String(maxYear) : undefined;
}

/**
 * The day of an e-mail's header (Date: Wed, 6 Nov 2024 10:24:51 +0800), and of a feed's build date read as
 * 更新时间：Thu, 24 Oct 2024 08:05:12 +0800.
 */
function mailDay(text: string): string | undefined {
  const mail = /^(?:Date|(?:发布|导出|更新|创建)时间)[:：]\s*(?:[A-Z][a-z]{2},?\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/.exec(text);
  const month = mail ? "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(mail[2]) / 3 + 1 : 0;
  return mail && okDate(+mail[3], month, +mail[1]) ? isoDay(mail[3], month, mail[1]) : undefined;
}

/** An issue number (第 6 期), then a short issuing office with no sentence in it, then a full day. */
const ISSUED_DAY = /^[^。！？；，“”]{0,12}第\s*\d{1,3}\s*期[^。！？；，：:“”\d]{2,30}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A dateline opening a block, the year written or not (本报北京3月8日电, 新华社某地2024年3月8日电): year, month, day. */
const DATELINE_DAY = new RegExp(String.raw`^${senderOf(WIRES)}\S{0,10}?(?:(\d{4})年)?${MONTH_DAY_CAPTURED}电`);

/**
 * A dateline without a year ("雅加达11月8日电") reports on the day itself: when the text gives that
 * month and day with a year ("2024年11月8日至10日"), that year is the document's. The latest such
 * year wins.
 */
function yearOfSameDay(blocks: Block[], month: number, day: number): number | undefined {
  let best: number | undefined;
  const re = new RegExp(`(\\d{4})年0?${month}月0?${day}[日号至到—–\\-~～]`, "g");
  for (const b of blocks) {
    if (!TEXT_LABELS.has(b.label) && b.label !== "heading") continue;
    for (const m of b.text.matchAll(re)) {
      const y = Number(m[1]);
      if (y >= 1900 && y <= 2100 && (best === undefined || y > best)) best = y;
    }
  }
  return best;
}

const okDate = (y: number, mo: number, d: number) => y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;

/** "YYYY-MM-DD" of a year, a month and a day. */
const isoDay = (year: string | number, month: string | number, day: string | number): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The day a match captures as year, month and day (groups 1 to 3), as "YYYY-MM-DD"; undefined when they make no day. */
function dayOf(m: RegExpExecArray | null): string | undefined {
  return m && okDate(+m[1], +m[2], +m[3]) ? isoDay(m[1], m[2], m[3]) : undefined;
}
