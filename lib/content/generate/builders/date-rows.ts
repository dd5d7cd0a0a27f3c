/**
 * Dates on lines with no verb of their own, asked with the title of what holds them: a table's row
 * ("表1 甲乙关系中的主要文件与机制" over "2012年：甲乙产业园区") and a chronology's entry ("某某大事记" over
 * "2018年：甲乙极地合作。……"). The line names a thing, not an event; the table or chronology says what the
 * date of the thing is, so the question names it.
 */
import { sentenceOf } from "../context";
import type { DateFact, GenContext } from "../model";
import type { Block } from "../../types";
import { simplifiedView } from "./script";
import { EVENT_VERB } from "../event-verbs";

/** "表1中国企业在某国主要投资项目（部分）" → ["表1", "中国企业在某国主要投资项目（部分）"]. */
const TABLE_HEADING = /^(表\s*[\d一二三四五六七八九十]{1,3}(?:[-－.．]\d{1,2})?)[\s：:．.]*([^\s，。；：:]{4,30})$/u;

/** A row as the normaliser writes it: the date, "：", and the row's other cells joined by "，". */
const ROW = /^\s*([^：:，。]{4,24})[：:]\s*(.+?)\s*$/u;

/** The name a row gives (its first cell), and the verb of the header that dates it ("宣布时间" → 宣布). */
function rowItem(cells: string): { item: string; verb?: string } | undefined {
  const first = cells.split(/[，,]/u)[0]!.trim();
  const m = /^(.{2,20}?)(宣布|签署|签约|启动|开工|投产|竣工|开园|设立|成立|建成|开通)?$/u.exec(first);
  // (a figure, "双边贸易额183亿美元", is no name: the row is a statistic's, asked by its figure)
  if (!m || /[。；;：:]|\d/u.test(m[1]!)) return undefined;
  return { item: m[1]!, verb: m[2] };
}

/** The block a fact's sentence stands in: the document's blocks and its index among them. */
export function sentenceBlock(ctx: GenContext, f: DateFact): { blocks: Block[]; index: number } | undefined {
  const s = sentenceOf(ctx, f);
  const doc = ctx.docs.get(f.documentId);
  if (!s || !doc) return undefined;
  const index = doc.blocks.findIndex((b) => b.clean.start <= s.clean.start && s.clean.start < b.clean.end);
  return index >= 0 ? { blocks: doc.blocks, index } : undefined;
}

/** The line a date is written on (its block, trimmed), with the blocks around it; undefined for a date worked out, not written. */
function datedLine(ctx: GenContext, f: DateFact): { blocks: Block[]; index: number; line: string } | undefined {
  const at = f.value.inferred ? undefined : sentenceBlock(ctx, f);
  return at && { ...at, line: at.blocks[at.index]!.text.trim() };
}

/** Whether `line` opens with the date written as `dateText`, then "：" (a row or an entry of a dated list). */
function opensWith(line: string, dateText: string): boolean {
  return line.startsWith(dateText) && /^(?:[（(][^）)]{4,30}[）)])?\s*[：:]/u.test(line.slice(dateText.length));
}

/**
 * The thing a table's row names beside the date: the table's number and title (the heading over its rows, every
 * line between being a row of the same shape), the thing (the row's first cell) and the header's verb that dates
 * it; undefined when the line is no such row or the thing is named in two rows.
 */
export function tableItemOf(ctx: GenContext, f: DateFact): { table: string; title: string; item: string; verb?: string } | undefined {
  const at = datedLine(ctx, f);
  if (!at || !opensWith(at.line, f.value.text)) return undefined;
  const row = ROW.exec(at.line);
  const cells = row?.[2];
  const own = cells ? rowItem(cells) : undefined;
  if (!own) return undefined;
  const items = [own.item];
  let heading: RegExpExecArray | null = null;
  for (let j = at.index - 1; j >= Math.max(0, at.index - 12); j--) {
    const b = at.blocks[j]!;
    const t = b.text.trim();
    if (b.label === "heading" || b.label === "caption") {
      heading = TABLE_HEADING.exec(simplifiedView(t));
      break;
    }
    const other = ROW.exec(t);
    const item = other && /^(?:\d{4}|[（(])/u.test(t) ? rowItem(other[2]!) : undefined;
    if (!item) return undefined;
    items.push(item.item);
  }
  // (the rows after it, to the table's end, name other things)
  for (let j = at.index + 1; j < Math.min(at.blocks.length, at.index + 12); j++) {
    const t = at.blocks[j]!.text.trim();
    const other = ROW.exec(t);
    const item = other && /^\d{4}/u.test(t) ? rowItem(other[2]!) : undefined;
    if (!item) break;
    items.push(item.item);
  }
  if (!heading || items.filter((x) => x === own.item).length > 1) return undefined;
  return { table: heading[1]!.replace(/\s+/gu, ""), title: heading[2]!, ...own };
}

/** "中国南极事业与国际合作大事记（1983—2024）" → "中国南极事业与国际合作大事记": a chronology's title, or undefined. */
export function chronologyTitle(title: string): string | undefined {
  const t = simplifiedView(title).replace(/[（(][^）)]*[）)]\s*$/u, "").trim();
  return /^[\u3400-\u9fff“”—·、]{4,30}(?:大事记|大事年表|年表|时间线|时间轴|纪事)$/u.test(t) ? t : undefined;
}

/**
 * An entry of a chronology whose heading names a thing, not an event ("2018年：甲乙极地合作。……"): the
 * chronology's title and the entry's heading; undefined for any other line.
 */
export function chronologyEntryOf(ctx: GenContext, f: DateFact): { title: string; headline: string } | undefined {
  const at = datedLine(ctx, f);
  const title = chronologyTitle(ctx.docs.get(f.documentId)?.title ?? "");
  // (a span of years, "2009年—2024年：某某", is a stage of the chronology, not an entry)
  if (!at || !title || (f.value.endIso && f.value.precision === "year") || !opensWith(at.line, f.value.text)) return undefined;
  const m = /^(?:[（(][^）)]{4,30}[）)])?\s*[：:]\s*([^，。；：:,]{2,16})(?:[。；]|$)/u.exec(at.line.slice(f.value.text.length));
  const headline = m?.[1]?.trim();
  // (a stage of the chronology, "起步阶段", is asked as one; a heading that says what happened, "加入某条约",
  // is an event, asked by its own question)
  if (!headline || /阶段$|时期$/u.test(headline) || EVENT_VERB.test(headline) || /成为|被接纳|当选/u.test(headline)) return undefined;
  return { title, headline };
}

/**
 * A notes line "2031年某城峰会→“八大行动”": the meeting a date opens and the outcome its arrow points to,
 * asked as which year's meeting the outcome goes with; undefined for any other line.
 */
export function arrowLineOf(ctx: GenContext, f: DateFact): { meeting: string; outcome: string } | undefined {
  const at = datedLine(ctx, f);
  if (!at || f.value.endIso || !at.line.startsWith(f.value.text)) return undefined;
  const m = /^\s*([\u3400-\u9fff]{2,12}?(?:峰会|部长级会议|会议|大会|论坛|会晤))\s*(?:→|->|⇒|＝>)\s*([“"][^”"]{2,16}[”"])\s*$/u.exec(at.line.slice(f.value.text.length));
  if (!m || /^(?:本|该|此|这|其)/u.test(m[1]!)) return undefined;
  return { meeting: m[1]!, outcome: m[2]!.replace(/^"|"$/gu, (q) => (q === '"' ? "" : q)) };
}

/**
 * A slide's or notes' line under a heading that names an agreement ("中甲自由贸易协定" over "2031.10.16升级议定书生效",
 * "2033年4月实质性完成后续升级谈判"): the line's event has no subject, the heading is it ("中甲自由贸易协定升级议定书生效");
 * only the agreement's own protocol taking effect or its negotiations are read so, and only with dated lines between.
 */
export function underAgreementHeading(ctx: GenContext, f: DateFact): string | undefined {
  const at = datedLine(ctx, f);
  if (!at || f.value.endIso || !at.line.startsWith(f.value.text)) return undefined;
  const rest = at.line.slice(f.value.text.length).replace(/^[\s：:，,]+/u, "").replace(/[。；;\s]+$/u, "");
  if (!/^(?:(?:升级|补充|修订)议定书(?:正式)?生效|(?:实质性)?(?:完成|结束|启动)(?:后续)?(?:升级)?谈判)$/u.test(rest)) return undefined;
  for (let j = at.index - 1; j >= Math.max(0, at.index - 6); j--) {
    const b = at.blocks[j]!;
    const t = simplifiedView(b.text.trim());
    // (a line that is the agreement's name alone heads its lines, whether or not the normaliser took it for a heading)
    const named = /^[\u3400-\u9fff—]{4,20}(?:协定|协议)$/u.test(t) && !/^(?:该|本|此|这)/u.test(t);
    if (named) return `${t}${rest}`;
    if (b.label === "heading") return undefined;
    if (!/^(?:19|20)\d{2}[年./\-]/u.test(t)) return undefined;
  }
  return undefined;
}
