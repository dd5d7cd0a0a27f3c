/**
 * Tables read row by row, each row with its column headers: a Markdown pipe table, a
 * tab-separated table, or an HTML <table>. A row becomes one line of text that reads as a
 * record: its first cell, a colon, then the other cells separated by commas, a number
 * given with the header that says what it measures ("| 2013 | 683.5亿美元 |" under
 * "| 年份 | 双边贸易额 |" → "2013：双边贸易额683.5亿美元"). Header and rule rows are dropped.
 *
 * Every cell character keeps its raw offset; the punctuation between cells stands where the
 * pipe, tab or closing tag was; header words set before a cell point at the cell's first
 * character, so a span never stretches back to the header row.
 */
import { MappedText } from "../text";
import { cleanLine } from "./inline";
import type { Line } from "./lines";
import type { TableCell } from "../types";

interface RawCell {
  start: number;
  end: number;
  /** Raw offset of what separates the cell from the one before (pipe, tab, closing tag). */
  sep: number;
  /** A CSV field in double quotes: a doubled quote inside stands for one. */
  quoted?: boolean;
}

interface RawRow {
  start: number;
  end: number;
  cells: RawCell[];
}

const CELL_SPLIT = /(?<!\\)\|/g;
const RULE_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
/** Tabs between cells: at least two of them on a line make a row of three cells or more. */
const TAB_RUN = /(?<=\S)[ \u3000]*\t[ \t\u3000]*(?=\S)/g;
const EMPTY_CELL = /^(?:[—–\-/…]{1,2}|无|暂无|N\/A)?$/i;
const TIME_HEADER = /时间|日期|年份|年度|时期|期间|^年$|^时段$/;
/** A column of names or places ("所在地", "项目名称"): its header measures nothing. */
const NAME_HEADER = /(?:所在地|地点|地区|名称|项目|国家|城市|单位|机构|对象|伙伴|类别|类型)$/;
const NUMBER_COLUMN = /^(?:序号|编号|No\.?|#)$/i;
/** A column sorting the rows ("类别": 政治, 经贸): a short cell under it is no clause of the row. */
const CATEGORY_COLUMN = /^(?:类别|分类|类型|标签|栏目|领域)$/;
/** A column of remarks ("备注": 共1200套住房): its header measures nothing, the cell's own words do. */
const NOTES_COLUMN = /^(?:备注|说明|附注|注|注释)$/;
/**
 * A column header that is a side, a place or a time the row is compared across ("甲国", "乙方", "丙城", "丁园区",
 * "2031年"): no measure, so a row's own first cell says what its numbers measure.
 */
const SIDE_HEADER = /^(?:(?:19|20)\d{2}(?:年(?:度|底|末|初)?|[-/.]\d{1,2})?|[一二三四]季度|上半年|下半年|全年|本年|上年|去年|今年)$|[国方省市州城岛县侧区园港地]$/;
/** A cell that gives a quantity: "683.5亿美元", "约30万人", "12%". */
const QUANTITY = /^(?:约|近|超过|逾|达|共|累计)?[－−]?[\d０-９][\d０-９.,，]*\s*(?![年月日\d/.\-])/;
const DATE_CELL = /^(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})(?:年|[-/.][\d０-９]|$)|^[\d０-９]{1,2}月/;
/** "贸易额（亿美元）", "金额/万元": a header giving the unit its bare numbers are counted in. */
const HEADER_UNIT = /^(.+?)\s*(?:[（(]([^（()）]{1,6})[）)]|[/／]([^/／]{1,4}))$/;

function cellText(raw: string, c: RawCell): MappedText {
  const t = MappedText.fromRaw(raw, c.start, c.end);
  return cleanLine(c.quoted ? t.deleteMatches(/"(?=")/g) : t).text;
}

const mark = (ch: string, at: number) => new MappedText(ch, [at]);
const inserted = (s: string, at: number) => new MappedText(s, new Array<number>(s.length).fill(at));

/**
 * A cell as the row reads it: a number paired with its header's measure (and unit) where that says what it counts;
 * with the measure it was given, if any.
 */
function withHeader(cell: MappedText, header: string | undefined): { text: MappedText; measure?: string } {
  if (!header || !QUANTITY.test(cell.text) || DATE_CELL.test(cell.text) || TIME_HEADER.test(header) || NAME_HEADER.test(header)) return { text: cell };
  const unit = HEADER_UNIT.exec(header);
  const measure = unit ? unit[1] : header;
  if (!/[\u4e00-\u9fff]/.test(measure)) return { text: cell };
  if (cell.text.startsWith(measure)) return { text: cell, ...(NOTES_COLUMN.test(measure) ? {} : { measure }) };
  const at = cell.map[0];
  // (a change on the year before, 同比（%）| 5.2, reads as growth: 同比增长5.2%)
  const growth = /^(?:同比|环比|比上年|较上年)$/.test(measure) && /^[\d.,]+$/.test(cell.text) ? "增长" : "";
  let out = inserted(measure + growth, at).append(cell);
  if (unit && /^[－−]?[\d.,]+$/.test(cell.text)) out = out.append(inserted(unit[2] ?? unit[3], cell.map[cell.length - 1]));
  return { text: out, ...(NOTES_COLUMN.test(measure) ? {} : { measure: measure + growth }) };
}

/** A bare year under a time header ("| 2013 |" under "| 年份 |") reads as a year: "2013年". */
function asYear(cell: MappedText, header: string | undefined): MappedText {
  if (!header || !TIME_HEADER.test(header) || !/^(?:19|20)\d{2}$/.test(cell.text)) return cell;
  return cell.append(inserted("年", cell.map[cell.length - 1]));
}

/** A row as the text reads it, with its value cells and what each measures. */
export interface ComposedRow {
  text: MappedText;
  cells: TableCell[];
}

/**
 * The text of one row: "key：cell，cell". When the first cell names something and a later one
 * dates it under a time header ("项目 | 启动时间"), the date leads and the header's verb follows
 * the name: "1994/02/26：某某园区启动，…", so the date reads with its event.
 *
 * Each value cell says what it measures: its column's header ("2031 | 31.5 | 12.3" under "年份 | 往来总额（亿元）|
 * 甲方输出" → 往来总额, 甲方输出), or the row's first cell for a row measured by it (面积 | 278平方公里 | 30平方公里) or
 * a field and its value (面积 | 12万平方公里); nothing when no header and no such first cell says it (a number is never
 * measured by the cell before it).
 */
export function composeRow(raw: string, row: RawRow, headers: string[] | null): ComposedRow {
  const cells = row.cells.map((c, i) => ({ c, text: asYear(cellText(raw, c), headers?.[i]), header: headers?.[i] }));
  let kept = cells.filter(
    (x) => !EMPTY_CELL.test(x.text.text) && !(x.header && NUMBER_COLUMN.test(x.header) && /^\d{1,3}$/.test(x.text.text)) && !(x.header && CATEGORY_COLUMN.test(x.header) && /^[\u4e00-\u9fff]{1,4}$/.test(x.text.text)),
  );
  const dated = kept.findIndex((x, k) => k > 0 && !!x.header && TIME_HEADER.test(x.header) && DATE_CELL.test(x.text.text));
  let verb = "";
  if (dated > 0 && kept.length > 1 && !DATE_CELL.test(kept[0].text.text)) {
    verb = kept[dated].header!.replace(TIME_HEADER, "").replace(/[的之]$/, "");
    const key = kept[0];
    kept = [kept[dated], { ...key, c: { ...key.c, sep: kept[dated].c.sep }, text: verb ? key.text.append(inserted(verb, key.text.map[key.text.length - 1])) : key.text }, ...kept.filter((_, k) => k !== 0 && k !== dated)];
  }
  // a row whose numbers share one unit ("面积 | 278平方公里 | 30平方公里") is measured by its own first cell
  // (not when that cell is a date or the row's time: 2021 | 120亿美元 | 130亿美元 under 年份 | 出口 | 进口)
  const units = kept.slice(1).map((x) => (QUANTITY.test(x.text.text) ? x.text.text.replace(/^[^\d０-９]*[\d０-９.,，\s]+/, "") : null));
  const keyText = kept[0]?.text.text ?? "";
  const keyMeasures = kept.length > 1 && !DATE_CELL.test(keyText) && !(kept[0].header && TIME_HEADER.test(kept[0].header)) && /[\u4e00-\u9fffA-Za-z]/.test(keyText);
  // (bare numbers under headers that give their units, 120 | 100 under 总额（亿美元）| 进口（亿美元）, are the headers' measures)
  // (and only when no header over the values says what they measure (a side, a place, a time or a name's column
  // measures nothing): "面积 | 278平方公里 | 30平方公里" under "指标 | 甲国 |
  // 乙国" is measured by 面积, "丁城 | 120亿美元 | 100亿美元" under "城市 | 出口 | 进口" by the headers, not by 丁城)
  const valueHeaders = kept.slice(1).map((x) => x.header);
  const keyedHeaders = !headers || valueHeaders.every((h) => !h || SIDE_HEADER.test(h) || TIME_HEADER.test(h) || NAME_HEADER.test(h) || NOTES_COLUMN.test(h) || CATEGORY_COLUMN.test(h));
  const measuredByKey = keyMeasures && keyedHeaders && units.filter((u) => u !== null).length >= 2 && new Set(units.filter((u) => u !== null)).size === 1 && units.some((u) => u);
  let out = MappedText.empty();
  const valueCells: TableCell[] = [];
  kept.forEach((x, k) => {
    if (k === 1) out = out.append(mark(/[：:]$/.test(out.text) ? "" : "：", x.c.sep));
    else if (k > 1) out = out.append(mark("，", x.c.sep));
    if (k === 0) {
      out = out.append(x.text);
      return;
    }
    const read = measuredByKey ? { text: x.text } : withHeader(x.text, x.header);
    out = out.append(read.text);
    // (a field and its value, 面积 | 12万平方公里, with no header over the value: the field measures it)
    const measure = measuredByKey || (!read.measure && !x.header && kept.length === 2 && keyMeasures) ? keyText : read.measure;
    valueCells.push({ start: x.c.start, end: x.c.end, ...(measure ? { measure } : {}) });
  });
  return { text: out, cells: valueCells };
}

/** Cells of a pipe row: the text between unescaped pipes, without the outer pipes. */
function pipeRow(raw: string, line: Line): RawRow {
  const text = line.raw;
  const pipes = [...text.matchAll(CELL_SPLIT)].map((m) => m.index!);
  const lead = text.trimStart().startsWith("|");
  const bounds = [lead ? pipes[0] : -1, ...(lead ? pipes.slice(1) : pipes)];
  const cells: RawCell[] = [];
  for (let k = 0; k < bounds.length; k++) {
    const from = bounds[k] + 1;
    const to = k + 1 < bounds.length ? bounds[k + 1] : text.length;
    if (k === bounds.length - 1 && text.slice(from).trim() === "") break;
    cells.push({ start: line.start + from, end: line.start + to, sep: line.start + Math.max(bounds[k], 0) });
  }
  return { start: line.start, end: line.start + text.length, cells };
}

function tabRow(line: Line): RawRow {
  const cells: RawCell[] = [];
  let from = 0;
  let sep = line.start;
  for (const m of line.raw.matchAll(TAB_RUN)) {
    cells.push({ start: line.start + from, end: line.start + m.index!, sep });
    sep = line.start + m.index! + m[0].indexOf("\t");
    from = m.index! + m[0].length;
  }
  cells.push({ start: line.start + from, end: line.start + line.raw.length, sep });
  return { start: line.start, end: line.start + line.raw.length, cells };
}

/** A table printed with spaces: cells apart by two spaces or more, between rules of box lines or dashes. */
const SPACE_RUN = /(?<=\S)[ \u3000]{2,}(?=\S)/g;
const BOX_RULE = /^\s*[─━═\-=＝—_]{6,}\s*$/;

/**
 * Between the cells of a table without rules: a run of spaces holding a tab or a full-width space (a PDF copies its
 * columns so, 2021　58.6　12.4), or two ASCII spaces or more.
 */
const CELL_GAP = /(?<=\S)(?:[ \t\u3000]*[\t\u3000][ \t\u3000]*| {2,})(?=\S)/g;

function spacedRow(line: Line, gap: RegExp = SPACE_RUN): RawRow {
  const cells: RawCell[] = [];
  const lead = /^\s*/.exec(line.raw)![0].length;
  let from = lead;
  let sep = line.start + lead;
  for (const m of line.raw.matchAll(gap)) {
    cells.push({ start: line.start + from, end: line.start + m.index!, sep });
    sep = line.start + m.index!;
    from = m.index! + m[0].length;
  }
  cells.push({ start: line.start + from, end: line.start + line.raw.trimEnd().length, sep });
  return { start: line.start, end: line.start + line.raw.length, cells };
}

/** A header's letter-spaced label ("项  目") is one cell. */
function headerCells(cells: string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length === 1 && [...c].length === 1 && /[\u4e00-\u9fff]/.test(last + c)) out[out.length - 1] = last + c;
    else out.push(c);
  }
  return out;
}

/** A table's title line ending with the unit of its numbers (表3　某某贸易额　　单位：亿美元). */
const UNIT_LINE = /单位\s*[：:]\s*([^\s，。；：:（()）]{1,6})\s*[)）]?\s*$/;

/** Headers that measure something without a unit of their own take the unit the table's title line gives. */
function withTableUnit(header: string[], titleLine: Line | undefined): string[] {
  const unit = titleLine && !titleLine.table ? UNIT_LINE.exec(titleLine.raw.trim())?.[1] : undefined;
  if (!unit) return header;
  return header.map((h, k) => (k === 0 || TIME_HEADER.test(h) || NAME_HEADER.test(h) || NUMBER_COLUMN.test(h) || CATEGORY_COLUMN.test(h) || HEADER_UNIT.test(h) ? h : `${h}（${unit}）`));
}

/**
 * A table drawn with rules and spaces: a rule, a header of three labels or more, a rule, then rows whose
 * cells are set apart by two spaces or more, up to the closing rule (or a blank line).
 */
function readSpacedTables(lines: Line[], raw: string): void {
  for (let i = 0; i + 3 < lines.length; i++) {
    if (lines[i].table || !BOX_RULE.test(lines[i].raw)) continue;
    // (a printed table may have no rule under its header: then its rows must end at a rule)
    const ruled = BOX_RULE.test(lines[i + 2].raw);
    const labels = headerCells(spacedRow(lines[i + 1]).cells.map((c) => cellText(raw, c).text));
    if (labels.length < 3 || !looksLikeHeader(labels)) continue;
    const header = withTableUnit(labels, lines[i - 1]);
    let k = ruled ? i + 3 : i + 2;
    const rows: number[] = [];
    for (; k < lines.length && lines[k].raw.trim() !== "" && !BOX_RULE.test(lines[k].raw); k++) {
      if (spacedRow(lines[k]).cells.length !== header.length) break;
      rows.push(k);
    }
    if (rows.length < 2 || (!ruled && !(k < lines.length && BOX_RULE.test(lines[k].raw)))) continue;
    rule(lines[i]);
    rule(lines[i + 1]);
    if (ruled) rule(lines[i + 2]);
    for (const r of rows) setRow(lines[r], composeRow(raw, spacedRow(lines[r]), header));
    if (k < lines.length && BOX_RULE.test(lines[k].raw)) rule(lines[k]);
    i = k;
  }
}

/** A cell of a row of numbers: a number (with its sign or a percent sign), or an empty cell's dash. */
const NUMBER_CELL = /^(?:[－−+-]?[\d０-９][\d０-９.,，]*[%％]?|[—–\-/…]{1,2})$/;

/** A row of numbers: a key (a year, a name), then two numbers or more and nothing else. */
const isNumberRow = (cells: string[]): boolean =>
  cells.length >= 3 && (DATE_CELL.test(cells[0]) || /^[^\d０-９]*[\u4e00-\u9fffA-Za-z]/.test(cells[0])) && cells.slice(1).every((c) => NUMBER_CELL.test(c)) && cells.slice(1).some((c) => /\d/.test(c));

/**
 * A table printed with spaces and no rules at all: a header of three labels or more, then rows with as many cells as
 * the header, each opening with its year under a time header (年份　…, three rows or more), or each a row of numbers
 * (two rows or more); it ends where a line does not (a source line after it). Two rows of numbers or more with no
 * header over them are rows too, read without headers (甲国：120.5，3.2).
 */
function readUnruledTables(lines: Line[], raw: string): void {
  // (each line's cells read once: a line is tried as a header, as a row under one and as a row of numbers)
  const read = new Map<Line, string[]>();
  const cellsOf = (l: Line): string[] => {
    let cells = read.get(l);
    if (!cells) read.set(l, (cells = spacedRow(l, CELL_GAP).cells.map((c) => cellText(raw, c).text)));
    return cells;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].table || BOX_RULE.test(lines[i].raw) || (lines[i].raw.match(CELL_GAP) ?? []).length < 2) continue;
    const labels = headerCells(cellsOf(lines[i]));
    if (labels.length >= 3 && looksLikeHeader(labels)) {
      const timed = TIME_HEADER.test(labels[0]);
      const header = withTableUnit(labels, lines[i - 1]);
      const rows: number[] = [];
      let k = i + 1;
      for (; k < lines.length && !lines[k].table; k++) {
        const cells = cellsOf(lines[k]);
        if (cells.length !== header.length || !(timed ? DATE_CELL.test(cells[0]) : isNumberRow(cells))) break;
        rows.push(k);
      }
      if (rows.length >= (timed ? 3 : 2)) {
        rule(lines[i]);
        for (const r of rows) setRow(lines[r], composeRow(raw, spacedRow(lines[r], CELL_GAP), header));
        i = k - 1;
        continue;
      }
    }
    let k = i;
    const width = cellsOf(lines[i]).length;
    while (k < lines.length && !lines[k].table && cellsOf(lines[k]).length === width && isNumberRow(cellsOf(lines[k]))) k++;
    if (k - i < 2) continue;
    for (let r = i; r < k; r++) setRow(lines[r], composeRow(raw, spacedRow(lines[r], CELL_GAP), null));
    i = k - 1;
  }
}

const isPipeLine = (l: Line) => (l.raw.match(CELL_SPLIT) ?? []).length >= 1;
const isTabLine = (l: Line) => (l.raw.match(TAB_RUN) ?? []).length >= 2;
/** A first row that names columns: short labels, no numbers, no sentence punctuation. */
const looksLikeHeader = (cells: string[]) => cells.length >= 2 && cells.every((c) => c.length <= 12 && !/[\d０-９。，；]/.test(c) && /[\u4e00-\u9fffA-Za-z]/.test(c));

/** A line made a table's row: its text, and its value cells when it has some (a caption row has none). */
function setRow(line: Line, row: { text: MappedText; cells?: TableCell[] }): Line {
  line.table = "row";
  line.clean = row.text;
  if (row.cells) line.cells = row.cells;
  line.headingLevel = 0;
  line.endMark = false;
  line.doubled = false;
  return line;
}

const rule = (line: Line) => {
  line.table = "rule";
};

/** The cells of a MediaWiki table line ("| a || b", "! a !! b"), with a cell's attributes ("style=… | text") left out. */
function wikiRow(line: Line): RawRow {
  const text = line.raw;
  const open = /^\s*[|!]/.exec(text)!;
  const cells: RawCell[] = [];
  let from = open[0].length;
  let sep = line.start + open[0].length - 1;
  const bounds = [...text.slice(from).matchAll(/\|\||!!/g)].map((m) => from + m.index!);
  for (const to of [...bounds, text.length]) {
    let start = from;
    const attr = /^[^|]*?=\s*"[^"]*"\s*\|(?!\|)/.exec(text.slice(from, to));
    if (attr) start += attr[0].length;
    cells.push({ start: line.start + start, end: line.start + to, sep });
    sep = line.start + to;
    from = to + 2;
  }
  return { start: line.start, end: line.start + text.length, cells };
}

/**
 * MediaWiki tables ({| … |}: "!" header cells, "|-" between rows, "|" data cells) and infobox templates
 * ({{Infobox … | 字段 = 值 … }}: each field a record "字段：值").
 */
function readWikiTables(lines: Line[], raw: string): void {
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\{\|/.test(lines[i].raw)) {
      let headers: string[] | null = null;
      let k = i;
      for (; k < lines.length; k++) {
        const l = lines[k];
        if (/^\s*(?:\{\||\|-|\|\})/.test(l.raw) || l.raw.trim() === "") rule(l);
        else if (/^\s*!/.test(l.raw)) {
          headers = wikiRow(l).cells.map((c) => cellText(raw, c).text);
          rule(l);
        } else if (/^\s*\|\+/.test(l.raw)) setRow(l, { text: cellText(raw, { start: l.start + l.raw.indexOf("+") + 1, end: l.start + l.raw.length, sep: l.start }) });
        else if (/^\s*\|/.test(l.raw)) setRow(l, composeRow(raw, wikiRow(l), headers));
        if (/^\s*\|\}/.test(l.raw)) break;
      }
      i = k;
      continue;
    }
    if (/^\s*\{\{[^{}]*$/.test(lines[i].raw)) {
      let k = i + 1;
      while (k < lines.length && /^\s*\|[^=|]{1,20}=/.test(lines[k].raw)) k++;
      if (k >= lines.length || !/^\s*\}\}\s*$/.test(lines[k].raw) || k === i + 1) continue;
      rule(lines[i]);
      rule(lines[k]);
      for (let r = i + 1; r < k; r++) {
        const l = lines[r];
        const bar = l.raw.indexOf("|");
        const eq = l.raw.indexOf("=");
        const cells = [
          { start: l.start + bar + 1, end: l.start + eq, sep: l.start + bar },
          { start: l.start + eq + 1, end: l.start + l.raw.length, sep: l.start + eq },
        ];
        setRow(l, composeRow(raw, { start: l.start, end: l.start + l.raw.length, cells }, null));
      }
      i = k;
    }
  }
}

/** The fields of a CSV record: commas outside double quotes separate them; a quoted field's quotes are left out. */
function csvRow(line: Line): RawRow {
  const text = line.raw;
  const cells: RawCell[] = [];
  let i = 0;
  let sep = line.start;
  while (i <= text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      cells.push({ start: line.start + i + 1, end: line.start + j, sep, quoted: true });
      i = j + 1;
    } else {
      const j = text.indexOf(",", i) < 0 ? text.length : text.indexOf(",", i);
      cells.push({ start: line.start + i, end: line.start + j, sep });
      i = j;
    }
    sep = line.start + i;
    i++;
  }
  return { start: line.start, end: line.start + text.length, cells };
}

/**
 * A CSV export: a header of short labels separated by commas, then at least two lines with as many
 * fields. Each record is read with the header like a table row.
 */
function readCsv(lines: Line[], raw: string): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    if (lines[i].table || !/^[^,，"]{1,12}(?:,[^,，"]{1,12}){1,11}$/.test(lines[i].raw.trim())) continue;
    const header = csvRow(lines[i]).cells.map((c) => cellText(raw, c).text);
    if (!looksLikeHeader(header)) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].raw.trim() !== "" && csvRow(lines[k]).cells.length === header.length) k++;
    if (k - i < 3) continue;
    rule(lines[i]);
    for (let r = i + 1; r < k; r++) setRow(lines[r], composeRow(raw, csvRow(lines[r]), header));
    i = k - 1;
  }
}

/** Markdown pipe tables (a header row over a rule row `|---|`) and tab-separated tables, read in place. */
function readLineTables(lines: Line[], raw: string): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].table) continue;
    // pipe table: header row, rule row, body rows
    const header = isPipeLine(lines[i]) && lines[i + 1] && RULE_ROW.test(lines[i + 1].raw.trim()) ? pipeRow(raw, lines[i]).cells.map((c) => cellText(raw, c).text) : null;
    if (header && header.length >= 2 && header.length === pipeRow(raw, lines[i + 1]).cells.length) {
      rule(lines[i]);
      rule(lines[i + 1]);
      let k = i + 2;
      for (; k < lines.length && lines[k].raw.trim() !== "" && lines[k].raw.includes("|"); k++) setRow(lines[k], composeRow(raw, pipeRow(raw, lines[k]), header));
      i = k - 1;
      continue;
    }
    // a run of pipe rows without a rule row (at least two, each opening and closing with a pipe)
    if (/^\s{0,3}\|.*\|\s*$/.test(lines[i].raw) && /^\s{0,3}\|.*\|\s*$/.test(lines[i + 1]?.raw ?? "")) {
      let k = i;
      for (; k < lines.length && /^\s{0,3}\|.*\|\s*$/.test(lines[k].raw); k++) setRow(lines[k], composeRow(raw, pipeRow(raw, lines[k]), null));
      i = k - 1;
      continue;
    }
    if (isTabLine(lines[i])) {
      let k = i;
      while (k < lines.length && isTabLine(lines[k])) k++;
      const rows = lines.slice(i, k).map((l) => tabRow(l).cells.map((c) => cellText(raw, c).text));
      // the first row names the columns when it reads unlike the rows under it (labels over numbers or sentences)
      const header = rows.length >= 2 && looksLikeHeader(rows[0]) && rows.slice(1).some((r) => !looksLikeHeader(r)) ? rows[0] : null;
      if (header) rule(lines[i]);
      for (let r = header ? i + 1 : i; r < k; r++) setRow(lines[r], composeRow(raw, tabRow(lines[r]), header));
      i = k - 1;
    }
  }
}

const TABLE = /<table\b[^>]*>([\s\S]*?)(?:<\/table\s*>|$)/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<\/tr\s*>|<tr\b|<\/t(?:body|head|foot)\s*>|$)/gi;
const CELL = /<(t[dh])\b[^>]*>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|$)/gi;
const CAPTION = /<caption\b[^>]*>([\s\S]*?)<\/caption\s*>/i;

function syntheticLine(raw: string, start: number, end: number, clean: MappedText, table?: Line["table"]): Line {
  return { index: 0, raw: raw.slice(start, end), start, clean, kind: "text", headingLevel: 0, endMark: false, doubled: false, closesParagraph: true, ...(table ? { table } : {}) };
}

/** The lines an HTML table stands for: its caption, then one line per row (header rows marked as rules). */
function htmlTableLines(raw: string, start: number, inner: string, innerStart: number): Line[] {
  const out: Line[] = [];
  const caption = CAPTION.exec(inner);
  if (caption) {
    const s = innerStart + caption.index + caption[0].indexOf(caption[1]);
    out.push(syntheticLine(raw, s, s + caption[1].length, cleanLine(MappedText.fromRaw(raw, s, s + caption[1].length)).text));
  }
  let headers: string[] | null = null;
  for (const r of inner.matchAll(ROW)) {
    const rowStart = innerStart + r.index!;
    const bodyStart = rowStart + r[0].indexOf(r[1]);
    const cells: RawCell[] = [];
    let allHead = true;
    for (const c of r[1].matchAll(CELL)) {
      const cs = bodyStart + c.index! + c[0].indexOf(">") + 1;
      cells.push({ start: cs, end: cs + c[2].length, sep: bodyStart + c.index! - 1 >= rowStart ? bodyStart + c.index! - 1 : bodyStart + c.index! });
      if (c[1].toLowerCase() !== "th") allHead = false;
    }
    if (cells.length === 0) continue;
    const row: RawRow = { start: rowStart, end: rowStart + r[0].length, cells };
    const first = out.every((l) => l.table !== "row") && headers === null;
    if (first && !allHead && looksLikeHeader(cells.map((c) => cellText(raw, c).text)) && /<tr\b[\s\S]*<tr\b[\s\S]*\d/.test(inner.slice(r.index! + r[0].length))) {
      headers = cells.map((c) => cellText(raw, c).text);
      out.push(syntheticLine(raw, row.start, row.end, MappedText.empty(), "rule"));
      continue;
    }
    if (allHead && headers === null) {
      headers = cells.map((c) => cellText(raw, c).text);
      out.push(syntheticLine(raw, row.start, row.end, MappedText.empty(), "rule"));
      continue;
    }
    out.push(setRow(syntheticLine(raw, row.start, row.end, MappedText.empty()), composeRow(raw, row, headers)));
  }
  return out.length > 0 ? out : [syntheticLine(raw, start, start, MappedText.empty(), "rule")];
}

/** HTML tables replace the lines they cover; text before and after a table on its lines stays a line of its own. */
function readHtmlTables(lines: Line[], raw: string): Line[] {
  if (!/<table\b/i.test(raw)) return lines;
  const out: Line[] = [];
  let li = 0;
  for (const t of raw.matchAll(TABLE)) {
    const tStart = t.index!;
    const tEnd = tStart + t[0].length;
    while (li < lines.length && lines[li].start + lines[li].raw.length < tStart) out.push(lines[li++]);
    if (li >= lines.length) break;
    const first = lines[li];
    if (raw.slice(first.start, tStart).trim() !== "") out.push({ ...first, ...cleanedLine(raw, first.start, tStart) });
    out.push(...htmlTableLines(raw, tStart, t[1], tStart + t[0].indexOf(t[1])));
    while (li < lines.length && lines[li].start + lines[li].raw.length <= tEnd) li++;
    const last = lines[li];
    if (last && last.start < tEnd) {
      const end = last.start + last.raw.length;
      if (raw.slice(tEnd, end).trim() !== "") out.push({ ...last, ...cleanedLine(raw, tEnd, end) });
      li++;
    }
  }
  out.push(...lines.slice(li));
  return out;
}

function cleanedLine(raw: string, start: number, end: number): Partial<Line> {
  const c = cleanLine(MappedText.fromRaw(raw, start, end));
  return { raw: raw.slice(start, end), start, clean: c.text, headingLevel: c.headingLevel, endMark: c.endMark, doubled: c.doubled, closesParagraph: true };
}

/** The cells of a LaTeX tabular row ("甲 & 乙 & 丙 \\\\"): split at unescaped &, up to the row's end mark. */
function latexRow(line: Line): RawRow {
  const text = line.raw;
  const endMark = /\\\\\s*(?:\\(?:hline|midrule|bottomrule)\s*)?$/.exec(text);
  const stop = endMark ? endMark.index : text.length;
  const cells: RawCell[] = [];
  let from = 0;
  let sep = line.start;
  for (const m of text.slice(0, stop).matchAll(/(?<!\\)&/g)) {
    cells.push({ start: line.start + from, end: line.start + m.index!, sep });
    sep = line.start + m.index!;
    from = m.index! + 1;
  }
  cells.push({ start: line.start + from, end: line.start + stop, sep });
  return { start: line.start, end: line.start + text.length, cells };
}

/**
 * LaTeX tables: the rows between \begin{tabular} and \end{tabular} (cells apart by &, rows ended by \\\\) read with
 * the header row above the first \midrule; rule lines (\toprule, \hline …) are dropped.
 */
function readLatexTables(lines: Line[], raw: string): void {
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\\begin\{(?:tabular|tabularx|longtable|tabu)\*?\}/.test(lines[i].raw)) continue;
    let k = i + 1;
    while (k < lines.length && !/^\s*\\end\{(?:tabular|tabularx|longtable|tabu)\*?\}/.test(lines[k].raw)) k++;
    if (k >= lines.length) continue;
    const rows = lines.slice(i + 1, k).filter((l) => /(?<!\\)&/.test(l.raw));
    if (rows.length < 2) continue;
    const ruleAt = lines.slice(i + 1, k).findIndex((l) => /^\s*\\(?:midrule|hline)\s*$/.test(l.raw));
    const first = rows[0];
    const headerCells = latexRow(first).cells.map((c) => cellText(raw, c).text);
    const header = (ruleAt >= 0 && first.index < lines[i + 1 + ruleAt].index) || looksLikeHeader(headerCells) ? headerCells : null;
    rule(lines[i]);
    rule(lines[k]);
    for (let r = i + 1; r < k; r++) {
      const l = lines[r];
      if (header && l === first) rule(l);
      else if (rows.includes(l)) setRow(l, composeRow(raw, latexRow(l), header));
      else rule(l);
    }
    i = k;
  }
}

/** Reads the tables of a document's lines: rows become record lines, header and rule rows are marked to be dropped. */
export function readTables(lines: Line[], raw: string): Line[] {
  const out = readHtmlTables(lines, raw);
  out.forEach((l, i) => (l.index = i));
  readWikiTables(out, raw);
  readLatexTables(out, raw);
  readCsv(out, raw);
  readSpacedTables(out, raw);
  readUnruledTables(out, raw);
  readLineTables(out, raw);
  return out;
}
