/**
 * Rows of a dated table or CSV chronology, read by the normaliser as "date：cell，cell，cell": a
 * figure in such a row is asked in a sentence ("1973年5月17日，某大厦竣工，建筑面积约（ ）平方米"),
 * the slashed date written out and the row's category cell ("援助", "经贸") left out.
 */
import type { CleanDocument, ExtractedFact } from "../../types";
import { sentenceOf } from "../context";
import type { GenContext } from "../model";

const SLASHED_DATE = /^((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?：/u;
const WRITTEN_DATE = /^((?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?)：/u;
const SHORT_CELL = /^[\u3400-\u9fff]{2,4}$/u;
/** A notes column's header word left at the start of its cell ("备注共……套住房"). */
const NOTES_HEADER = /^(?:备注|说明|附注)(?=[\u3400-\u9fff\d])/u;

/** The row's date as a sentence opening, or undefined when the text is no dated row. */
function rowDate(text: string): { date: string; rest: string } | undefined {
  const s = SLASHED_DATE.exec(text);
  if (s) {
    const [, y, m, d] = s;
    return { date: `${y}年${Number(m)}月${d ? `${Number(d)}日` : ""}`, rest: text.slice(s[0].length) };
  }
  const w = WRITTEN_DATE.exec(text);
  return w ? { date: w[1]!, rest: text.slice(w[0].length) } : undefined;
}

const cellsOf = (rest: string): string[] => rest.replace(/[。]$/u, "").split("，");

const categoryCache = new WeakMap<GenContext, Map<string, Set<string>>>();

/**
 * Short cells that stand as a whole clause in at least two dated rows of a document: the values of a
 * category column (a cell of a row's own event is not repeated word for word).
 */
export function categoryCells(ctx: GenContext, documentId: string): Set<string> {
  const byDoc = categoryCache.get(ctx) ?? categoryCache.set(ctx, new Map()).get(ctx)!;
  const known = byDoc.get(documentId);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const line of (ctx.docs.get(documentId)?.text ?? "").split("\n")) {
    const row = rowDate(line.trim());
    if (!row) continue;
    for (const cell of new Set(cellsOf(row.rest).slice(1))) if (SHORT_CELL.test(cell)) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const cells = new Set([...counts].filter(([, n]) => n >= 2).map(([c]) => c));
  byDoc.set(documentId, cells);
  return cells;
}

/** What a question on a row of a captioned table must show or leave out. */
export interface TableRow {
  /** The table's caption without its number and unit ("表3　甲乙双边贸易额（2001—2005年）　单位：亿美元" → "甲乙双边贸易额（2001—2005年）"). */
  caption?: string;
  /** How many cells the row has (a text with another count is not this row). */
  cells: number;
  /** Cells left out: with them, the asked cell is worked out by a sum ("总额 = 出口 + 进口"). */
  hidden: number[];
}

/** A table's title without its number ("甲乙磋商一览（2031—2035年）", "甲国援建项目统计表"): a list it heads. */
const TITLED_LIST = /^([^\n，。；：:、“”《》]{2,30}(?:一览表?|统计表?|列表|汇总表?|简表|清单))(?:[（(][^（）()]{0,20}[）)])?$/u;

/** "表3　……", "表7-1 ……", "附表2：……": a table's caption line. */
const CAPTION = /^(?:附)?表\s*[0-9０-９一二三四五六七八九十]{1,3}(?:\s*[-－—–.．]\s*[0-9０-９]{1,3})?[\s\u3000：:.．、]*([^\n]{4,60})$/u;
/** A cell "header number unit" ("中国出口370亿美元"); a share in % is left alone. */
const MEASURE_CELL = /^([\u3400-\u9fff]{2,12}?)(?:约|为|达)?(\d+(?:\.\d+)?)\s*([\u3400-\u9fffA-Za-z]{1,6})$/u;

/** The caption a table's rows stand under: the first line above them that is no row, when it reads "表N　……". */
function captionAbove(lines: string[], at: number): string | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const l = lines[k]!.trim();
    if (l === "" || rowDate(l)) continue;
    const m = CAPTION.exec(l) ?? TITLED_LIST.exec(l);
    if (!m) return undefined;
    const c = m[1]!.replace(/[\s\u3000]*[（(]?单位[：:][^）)]*[）)]?\s*$/u, "").replace(/[\s\u3000]+/gu, "").replace(/[：:。]$/u, "");
    return c.length >= 4 ? c : undefined;
  }
  return undefined;
}

/**
 * Cells of a row that, with the asked one, make a sum (a ≈ b + c, in the same unit, to within 1%): one
 * of the two others is left out, so that the asked number is no arithmetic on the shown ones.
 */
export function sumPartners(cells: readonly string[], asked: number): number[] {
  const v = cells.map((c) => {
    const m = MEASURE_CELL.exec(c.trim());
    return m ? { n: Number(m[2]), unit: m[3]! } : undefined;
  });
  const hidden = new Set<number>();
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01 * Math.abs(a), 1e-9);
  for (let a = 0; a < v.length; a++)
    for (let b = 0; b < v.length; b++)
      for (let c = b + 1; c < v.length; c++) {
        const [x, y, z] = [v[a], v[b], v[c]];
        if (a === b || a === c || !x || !y || !z || x.unit !== y.unit || x.unit !== z.unit || y.n <= 0 || z.n <= 0) continue;
        if (!near(x.n, y.n + z.n)) continue;
        const members = [a, b, c];
        if (!members.includes(asked) || members.some((i) => hidden.has(i))) continue;
        hidden.add(Math.max(...members.filter((i) => i !== asked)));
      }
  return [...hidden].sort((p, q) => p - q);
}

const linesCache = new WeakMap<CleanDocument, { lines: string[]; starts: number[] }>();

/** A document's lines and where each starts, split once (every figure and date cloze asks for its row). */
function linesOf(doc: CleanDocument): { lines: string[]; starts: number[] } {
  let c = linesCache.get(doc);
  if (!c) {
    const lines = doc.text.split("\n");
    const starts: number[] = [];
    for (let k = 0, pos = 0; k < lines.length; pos += lines[k]!.length + 1, k++) starts.push(pos);
    linesCache.set(doc, (c = { lines, starts }));
  }
  return c;
}

/**
 * The table a fact's row belongs to ("2023年：双边贸易额890亿美元，中国出口550亿美元，中国进口340亿美元" under
 * "表1　甲乙双边贸易额（2019—2023年）"): its caption, and the cells that would give the asked number away.
 */
export function tableRowOf(ctx: GenContext, f: ExtractedFact): TableRow | undefined {
  const doc = ctx.docs.get(f.documentId);
  const s = sentenceOf(ctx, f);
  const key = f.context.keyInSentence;
  if (!doc || !s || !key) return undefined;
  const { lines, starts } = linesOf(doc);
  const at = starts.findIndex((start, k) => s.clean.start >= start && s.clean.start <= start + lines[k]!.length);
  if (at < 0) return undefined;
  const pos = starts[at]!;
  const line = lines[at]!;
  const row = rowDate(line.trim());
  if (!row) return undefined;
  const cells = cellsOf(row.rest);
  // the asked cell: the one the fact's key stands in
  const keyAt = s.clean.start + key.start - pos - (line.length - line.trimStart().length) - (line.trim().length - row.rest.length);
  let asked = -1;
  for (let i = 0, from = 0; i < cells.length; from += cells[i]!.length + 1, i++) {
    if (keyAt >= from && keyAt < from + cells[i]!.length) asked = i;
  }
  const caption = captionAbove(lines, at);
  const hidden = asked >= 0 ? sumPartners(cells, asked) : [];
  if (!caption && hidden.length === 0) return undefined;
  return { ...(caption ? { caption } : {}), cells: cells.length, hidden };
}

/**
 * A dated row written as a sentence, or the text unchanged when it is no dated row or a short cell of
 * it is not a known category (it may be part of the event: "某某访华"). A row of a captioned table says
 * whose it is ("据表“甲乙双边贸易额（2019—2023年）”，2023年，……"), and leaves out a cell that with the others
 * would work the asked one out.
 */
export function rowAsSentence(text: string, categories: ReadonlySet<string>, table?: TableRow): string {
  const row = rowDate(text);
  if (!row) return text;
  let cells = cellsOf(row.rest);
  if (table && table.hidden.length > 0 && cells.length === table.cells) cells = cells.filter((_, i) => !table.hidden.includes(i));
  // (a document with no category column still has its rows' dates written out, when no short cell
  // of the row could be one)
  if (cells.length < 1 || (cells.length < 2 && !table) || cells.slice(1).some((c) => SHORT_CELL.test(c) && !categories.has(c))) return text;
  const kept = cells.filter((c, i) => i === 0 || !categories.has(c)).map((c) => c.replace(NOTES_HEADER, ""));
  const lead = table?.caption ? `据表“${table.caption}”，` : "";
  return `${lead}${row.date}，${kept.join("，")}${row.rest.endsWith("。") ? "。" : ""}`;
}

/**
 * A row's date blanked ("____：双边贸易额650亿美元，……") under a captioned table: the caption says whose row it is
 * ("据表“甲乙双边贸易额（2031—2033年）”，____，双边贸易额……"). The text unchanged for any other.
 */
export function withTableCaption(ctx: GenContext, f: ExtractedFact, text: string): string {
  // (the caption's span of years would give the first and last row's year away: "（2019—2023年）" goes)
  const caption = tableRowOf(ctx, f)?.caption?.replace(/[（(][^（）()]*\d{4}[^（）()]*[）)]$/u, "");
  const m = /^(_{2,}|（\s*）)[：:]/u.exec(text);
  // (a row of figures only: a row naming a title, "____：《某公约》", is asked by its title elsewhere)
  const rest = m ? text.slice(m[0].length) : "";
  if (!caption || caption.length < 4 || !m) return text;
  if (/\d/u.test(rest)) return `据表“${caption}”，${m[1]}，${rest}`;
  // a row of words only ("____：第一轮，某城，甲、乙。"): its first cell asked by its time, the others beside it
  // ("据表“甲乙磋商一览”，第一轮（某城，甲、乙）的时间是____。")
  const cells = rest.replace(/[。]$/u, "").split(/[，,；]/u);
  if (cells.length < 2 || cells.some((c) => c === "" || c.length > 12 || /[《》“”]/u.test(c))) return text;
  return `据表“${caption}”，${cells[0]}（${cells.slice(1).join("，")}）的时间是${m[1]}。`;
}
