/**
 * Two-column pages read line by line (OCR or PDF text of a journal page): each physical line holds a line
 * of the left column, a run of spaces, and the line of the right column beside it, so every sentence is cut
 * by the other column. A run of such lines is read as its left column, top to bottom, then its right one.
 * Every part keeps its raw offsets; nothing is copied or rewritten.
 */
import { MappedText } from "../text";
import { cleanLine } from "./inline";
import type { Line } from "./lines";

/** The gutter between two columns: two or more ASCII spaces (a tab) after text, before text. */
const GUTTER = /[ \t]{2,}/g;

interface Split {
  /** Offsets inside the raw line: left part [leftStart, leftEnd), right part [rightStart, end). */
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
}

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** A line of two columns: text, one gutter, text (a table's row has two gutters or more). */
function twoColumns(raw: string): Split | null {
  const lead = /^[ \t]*/.exec(raw)![0].length;
  const end = raw.replace(/\s+$/, "").length;
  const body = raw.slice(lead, end);
  const gutters = [...body.matchAll(GUTTER)];
  if (gutters.length !== 1) return null;
  const g = gutters[0];
  const left = body.slice(0, g.index);
  const right = body.slice(g.index! + g[0].length);
  // (a left part may be the closing marks of a sentence the column ends: "》。")
  if (!(hasChinese(left) ? left.length >= 4 : /^[》”’）)」。，、；：！？]{1,4}$/.test(left)) || !hasChinese(right) || right.length < 2) return null;
  return { leftStart: lead, leftEnd: lead + g.index!, rightStart: lead + g.index! + g[0].length, rightEnd: end };
}

/** A line of the right column only: indented well past the left column's lines. */
const rightOnly = (raw: string, gutterAt: number): boolean => {
  const lead = /^[ \t]*/.exec(raw)![0].length;
  return lead >= Math.max(12, gutterAt * 0.8) && hasChinese(raw.slice(lead));
};

function partLine(line: Line, raw: string, from: number, to: number): Line {
  const start = line.start + from;
  const cleaned = cleanLine(MappedText.fromRaw(raw, start, line.start + to));
  return {
    ...line,
    raw: line.raw.slice(from, to),
    start,
    clean: cleaned.text,
    headingLevel: cleaned.headingLevel,
    endMark: cleaned.endMark,
    doubled: cleaned.doubled,
    closesParagraph: cleaned.closesParagraph,
  };
}

/** A section heading inside a column ("二、某某", "（一）某某"): short, numbered, no sentence punctuation. */
const SECTION = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分])[^。！？；，]{1,24}$/;

const blankLine = (at: Line): Line => ({ ...at, raw: "", clean: MappedText.empty(), headingLevel: 0, endMark: false, doubled: false, closesParagraph: false });

/**
 * A column's paragraphs, set apart as on the page: a line indented with full-width spaces opens a paragraph,
 * and a section heading stands between blank lines.
 */
function paragraphs(column: Line[]): Line[] {
  const out: Line[] = [];
  column.forEach((l, k) => {
    const heading = SECTION.test(l.raw);
    if ((heading || /^\u3000{1,2}\S/.test(l.raw.replace(/^[ \t]+/, "")))) out.push(blankLine(l));
    out.push(l);
    if (heading && k + 1 < column.length) out.push(blankLine(l));
  });
  return out;
}

/**
 * Lines of two columns are reordered: a run of at least four consecutive non-blank lines, most of them
 * split by one gutter at about the same place (both sides long, Chinese), is read as its left column, then
 * its right column; a line of one side only in the run goes to that side.
 */
export function readColumns(lines: Line[], raw: string): Line[] {
  const splits = lines.map((l) => (l.table ? null : twoColumns(l.raw)));
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!splits[i]) {
      out.push(lines[i]);
      i++;
      continue;
    }
    // the run: consecutive non-blank lines
    let j = i;
    while (j < lines.length && lines[j].raw.trim() !== "" && !lines[j].table) j++;
    const run = lines.slice(i, j);
    const runSplits = splits.slice(i, j);
    const split = runSplits.filter((s): s is Split => s !== null);
    // display widths vary with full-width characters: the gutter's place is compared loosely, by its median
    const at = split.map((s) => s.leftEnd).sort((a, b) => a - b);
    const median = at[Math.floor(at.length / 2)] ?? 0;
    const aligned = split.filter((s) => Math.abs(s.leftEnd - median) <= Math.max(6, median * 0.35));
    const longSides = split.filter((s) => s.leftEnd - s.leftStart >= 10 && s.rightEnd - s.rightStart >= 10).length;
    if (run.length < 4 || split.length * 3 < run.length * 2 || aligned.length * 4 < split.length * 3 || longSides * 2 < split.length) {
      out.push(...run);
      i = j;
      continue;
    }
    const left: Line[] = [];
    const right: Line[] = [];
    run.forEach((l, k) => {
      const s = runSplits[k];
      if (s) {
        left.push(partLine(l, raw, s.leftStart, s.leftEnd));
        right.push(partLine(l, raw, s.rightStart, s.rightEnd));
      } else if (rightOnly(l.raw, median)) right.push(l);
      else left.push(l);
    });
    out.push(...paragraphs(left), ...paragraphs(right));
    i = j;
  }
  return out.map((l, k) => ({ ...l, index: k }));
}
