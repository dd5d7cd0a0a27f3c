/**
 * Rows of a dated table or CSV chronology, read by the normaliser as "date：cell，cell，cell": a
 * figure in such a row is asked in a sentence ("1973年5月17日，某大厦竣工，建筑面积约（ ）平方米"),
 * the slashed date written out and the row's category cell ("援助", "经贸") left out.
 */
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

/**
 * A dated row written as a sentence, or the text unchanged when it is no dated row or a short cell of
 * it is not a known category (it may be part of the event: "某某访华").
 */
export function rowAsSentence(text: string, categories: ReadonlySet<string>): string {
  const row = rowDate(text);
  if (!row) return text;
  const cells = cellsOf(row.rest);
  // (a document with no category column still has its rows' dates written out, when no short cell
  // of the row could be one)
  if (cells.length < 2 || cells.slice(1).some((c) => SHORT_CELL.test(c) && !categories.has(c))) return text;
  const kept = cells.filter((c, i) => i === 0 || !categories.has(c)).map((c) => c.replace(NOTES_HEADER, ""));
  return `${row.date}，${kept.join("，")}${row.rest.endsWith("。") ? "。" : ""}`;
}
