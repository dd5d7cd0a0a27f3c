/**
 * Questions on record-like lines: a timeline or notes line ("某年某月：某事", "某年某月 某事"), a row of a
 * table under its header row ("项目；启动时间；地点"), an infobox field ("建交时间：某年某月某日").
 * Such a line is its own block once normalised; its date's event is the rest of the line, its
 * subject the pair a title like "中国—某国关系" names when the line has none. Anything unclear is declined.
 */
import { citeOf, sentenceOf } from "../context";
import { dateSpellings, formatDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { draft, pairsIn } from "./common";
import { asSimple } from "./date";
import type { Block } from "../../types";

/** Verbs that make the rest of a line an event (a generic list). */
const RECORD_VERB =
  /访[\u3400-\u9fff]|中断|恢复|派出|派遣|抵达|签署|签订|缔结|建立|建交|举行|举办|提出|发表|发布|印发|访问|访华|成立|设立|宣布|召开|启动|开通|通过|批准|生效|加入|出席|会晤|会谈|开幕|落成|投产|开工|竣工|提升|升级|揭牌|达成|发起|启用|开行|通车|发射|成为/u;
/** A line that opens with one of these verbs has left its subject out. */
const OPENS_WITH_VERB =
  /^(?:正式)?(?:签署|签订|缔结|建立|举行|举办|提出|发表|发布|印发|访问|成立|设立|宣布|召开|启动|开通|通过|批准|加入|出席|会晤|会谈|提升|升级|达成|发起|启用|成为|实质性)/u;
/** Header cells that name the time of a row's item. */
const TIME_HEADER = /^[\u3400-\u9fff]{0,6}(?:时间|日期|年份)$/u;

/**
 * The one pair a title names: "中国—某国关系" (nothing else) gives "中国和某国"; a title on "中某关系"
 * (one two-character pair, no other) gives "中某".
 */
export function pairOfTitle(title: string | undefined): string | undefined {
  const t = (title ?? "").trim().replace(/^[\u3400-\u9fff]{1,4}[：:]/u, "").replace(/(?:大事记|年表|概况|简介)$/u, "");
  const m = /^(中国)\s*[—–－-]{1,2}\s*([\u3400-\u9fff]{2,8}?)(?:关系|合作|双边关系)?$/u.exec(t);
  if (m) return `${m[1]}和${m[2]}`;
  const pairs = [...pairsIn(t)];
  return pairs.length === 1 && t.includes(`中${pairs[0]}关系`) ? `中${pairs[0]}` : undefined;
}

/**
 * The line of the raw text a fact stands on, full-width digits and letters folded, without its indent and bullet
 * ("　●建交时间：１９５６年５月３０日" → "建交时间：1956年5月30日"); for notes whose lines the
 * normaliser has run together.
 */
export function rawLineAt(raw: string, at: number): string {
  const start = raw.lastIndexOf("\n", at - 1) + 1;
  const end = raw.indexOf("\n", at);
  return raw
    .slice(start, end < 0 ? raw.length : end)
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, " ")
    .replace(/\*\*/gu, "")
    .replace(/^[\s●○◆◇■□▪▫•・\-*>\u2460-\u2473]+/u, "")
    .replace(/\s+/gu, (sp, i: number, all: string) => (/[\d年月日]$/u.test(all.slice(0, i)) && i <= 12 ? "" : sp))
    .trim();
}

/**
 * "④某某卫星" then "・某国援建，2023年12月4日发射成功": the item a numbered line names is the subject
 * of the dated clause under it.
 */
export function itemClauseEvent(raw: string, at: number, dateText: string): string | undefined {
  const lineStart = raw.lastIndexOf("\n", at - 1) + 1;
  const before = raw.slice(0, lineStart).split("\n").filter((l) => l.trim());
  const item = (before[before.length - 1] ?? "").trim();
  const m = /^[\u2460-\u2473]([\u3400-\u9fff“”]{3,16})(?:（[^）]*）)?$/u.exec(item);
  if (!m) return undefined;
  const own = rawLineAt(raw, at);
  const clause = own.split(/[，,；;]/u).find((c) => c.startsWith(dateText));
  if (!clause) return undefined;
  const e = clause.slice(dateText.length).trim();
  if (e.length < 2 || e.length > 12 || !/^(?:发射成功|通车|建成|竣工|投产|开工|揭牌|启用|开通|成立|落成)/u.test(e)) return undefined;
  return `${m[1]}${e}`;
}

/**
 * Whether the raw line at `at` is a piece of hard-wrapped prose: it, or the line before it, is long
 * and runs on into the next line without a sentence end.
 */
export function wrappedProse(raw: string, at: number): boolean {
  const lines = raw.split("\n");
  let pos = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    if (pos + lines[i]!.length >= at) break;
    pos += lines[i]!.length + 1;
  }
  // a line opened by a bullet or by a date (after its indent) is a record, not prose, unless it runs
  // on into a next line that opens with neither (a wrapped paragraph that happens to open with a date)
  const record = /^[\s\u3000]*(?:[●○◆◇■□▪▫•・\-*>\u2460-\u2473]|[0-9０-９]{4}\s*[年/.\-－])/u;
  const cur = lines[i] ?? "";
  if (record.test(cur)) {
    const next = lines[i + 1] ?? "";
    const nextIsNew = !next.trim() || record.test(next) || /^[\s\u3000]/u.test(next);
    return !nextIsNew && !/[。！？：:；;”）)>\]]\s*$/u.test(cur.trim());
  }
  // prose: a long line with commas or full stops, no "字段：" line, no sentence end at its end
  const runsOn = (l: string | undefined) =>
    !!l && l.trim().length >= 25 && /[，。]/u.test(l) && !/^\s*[\u3400-\u9fff]{1,6}[：:]/u.test(l) && !/[。！？：:；;”）)>\]]\s*$/u.test(l.trim());
  return runsOn(lines[i]) && !!lines[i + 1]?.trim() || runsOn(lines[i - 1]);
}

/** Verbs an infobox label may name ("建交时间"): the pair's event. */
const FIELD_EVENT = /^(?:建交|签署|签约|成立|设立|建立|启动|开通|揭牌|生效)$/u;

/** "建交时间：1956年5月30日" on a document on one pair: "中某建交". */
export function fieldEvent(line: string, dateText: string, pair: string | undefined): string | undefined {
  const m = /^([\u3400-\u9fff]{2,4})(?:时间|日期)[：:]\s*(.+)$/u.exec(line);
  if (!m || m[2]!.trim() !== dateText || !pair || !FIELD_EVENT.test(m[1]!)) return undefined;
  return `${pair}${m[1]}`;
}

function blockOf(ctx: GenContext, f: DateFact): { block: Block; index: number } | undefined {
  const s = sentenceOf(ctx, f);
  const doc = ctx.docs.get(f.documentId);
  if (!s || !doc) return undefined;
  const index = doc.blocks.findIndex((b) => b.clean.start <= s.clean.start && s.clean.start < b.clean.end);
  return index >= 0 ? { block: doc.blocks[index]!, index } : undefined;
}

function cellsOf(text: string): string[] {
  return text.split("；").map((c) => c.trim());
}

/** The header row of a table row: the nearest row above it with as many cells and no digits, with only rows between. */
export function headerRow(blocks: readonly Block[], index: number): string | undefined {
  const n = cellsOf(blocks[index]!.text.trim()).length;
  for (let i = index - 1; i >= 0 && i >= index - 30; i--) {
    const t = blocks[i]!.text.trim();
    if (cellsOf(t).length !== n) return undefined;
    if (!/\d/u.test(t)) return t;
  }
  return undefined;
}

/** "甲；1994/02/26；乙" under "项目；启动时间；地点": what the date is of ("甲的启动时间"). */
export function tableRowQuestion(header: string, row: string, dateText: string): string | undefined {
  const head = cellsOf(header);
  const cells = cellsOf(row);
  if (head.length < 3 || head.length !== cells.length) return undefined;
  if (head.some((h) => !h || /\d/u.test(h) || h.length > 8)) return undefined;
  const col = cells.indexOf(dateText);
  if (col <= 0 || !TIME_HEADER.test(head[col]!)) return undefined;
  const item = cells[0]!;
  if (item.length < 2 || item.length > 30 || /\d/u.test(item) || !/[\u3400-\u9fff]{2}/u.test(item)) return undefined;
  return `${item}的${head[col]}`;
}

/**
 * "1990年10月3日中新正式建立外交关系", "某年某月：提升为全面战略伙伴关系（某某访华）": the event of a line
 * that opens with its date; the document's pair is put before an event whose subject is left out.
 */
export function recordLineEvent(line: string, dateText: string, pair: string | undefined): string | undefined {
  if (!line.startsWith(dateText)) return undefined;
  let e = line.slice(dateText.length).replace(/^[\s：:，,]+/u, "").replace(/[。；;，,\s]+$/u, "");
  // "某某访问甲国，双方发表……": the first event of the line, the visit
  e = e.replace(/^([^，,]+)[，,](?:双方|两国)[^，,]*$/u, "$1");
  // another date, a sentence end or a second clause: not one event
  if (/\d{4}|[。！？；;，,…→＝=＋+]|\s/u.test(e)) return undefined;
  if (e.length < 5 || e.length > 36 || !RECORD_VERB.test(e)) return undefined;
  // an event cut before its object ("……将某国定位为")
  if (/[为是将的在对把被向与和及]$/u.test(e)) return undefined;
  // "某协定生效" without its name, a short form standing for something named earlier
  if (/生效$/u.test(e) && !/《[^》]+》/u.test(e)) return undefined;
  if (/^(?:该|此|其|本|上述|这)/u.test(e) || /后续|相关|有关|上述/u.test(e)) return undefined;
  // "两国外交关系中断": the pair named, or declined
  if (/^(?:两国|双方)/u.test(e)) {
    if (!pair) return undefined;
    return `${pair}${e.slice(2)}`;
  }
  if (OPENS_WITH_VERB.test(e)) {
    if (!pair) return undefined;
    // 提升为/升级为 a relationship: the pair's relations were raised
    e = /^(?:提升|升级)为/u.test(e) ? `${pair}关系${e}` : `${pair}${e}`;
  }
  return e;
}

/**
 * One clause of a notes line ("多边：甲国于2024年1月1日正式成为某组织成员国；……", "某论坛（ABC，2000年成立）"):
 * a named body with its founding date in brackets, or a subject, 于 and the date before its event.
 */
export function clauseEvent(line: string, dateText: string): string | undefined {
  const body = line.replace(/^[\u3400-\u9fff]{1,6}[：:]/u, "");
  const clause = body.split(/[；;]/u).find((c) => c.includes(dateText));
  if (!clause) return undefined;
  const d = dateText.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
  const named = new RegExp(`^([\\u3400-\\u9fff“”]{4,16})（(?:[A-Za-z]{2,10}[，,])?${d}(成立|揭牌|设立|启用)(?:[，,][^）]*)?）$`, "u").exec(clause.trim());
  if (named && !/^(?:该|此|其|本)/u.test(named[1]!)) return `${named[1]}${named[2]}`;
  const by = new RegExp(`^([\\u3400-\\u9fff]{2,10})于${d}([\\u3400-\\u9fff“”《》]{4,30})$`, "u").exec(clause.trim());
  if (by && RECORD_VERB.test(by[2]!) && !/[为是将的在对把被向与和及]$/u.test(by[2]!) && !/^(?:该|此|其|本|双方|两国)/u.test(by[1]!) && !/生效$/u.test(by[2]!)) return `${by[1]}${by[2]}`;
  return undefined;
}

/**
 * "2009年1月1日生效" right under "2008年10月23日签署《某某协定》": the line's bare 生效 is the
 * agreement's, the one title the line above signs.
 */
export function inForceEvent(line: string, dateText: string, above: string | undefined): string | undefined {
  if (!above || !line.startsWith(dateText) || !/^[\s：:]*(?:正式)?生效[。；]?$/u.test(line.slice(dateText.length))) return undefined;
  if (!/^(?:19|20)\d{2}[年./\-]/u.test(above) || !/签署|签订/u.test(above)) return undefined;
  const titles = above.match(/《[^》]{4,40}》/gu) ?? [];
  return titles.length === 1 ? `${titles[0]}生效` : undefined;
}

function whenOf(f: DateFact): string {
  return f.value.precision === "year" ? "哪一年" : "什么时候";
}

/** Short-answer questions on the date of a record line; none when the line is no clean record. */
export function buildRecordDateQuestions(ctx: GenContext, f: DateFact): Draft[] {
  if (f.value.inferred || f.value.endIso || !["year", "month", "day"].includes(f.value.precision)) return [];
  const at = blockOf(ctx, f);
  const doc = ctx.docs.get(f.documentId);
  if (!at || !doc || at.block.label === "title" || at.block.label === "meta" || at.block.label === "footnote") return [];
  const line = at.block.text.trim();
  const d = asSimple(f);
  const answer = formatDate(d);
  let asked: string | undefined;
  let quote = line;
  if (line.includes("；")) {
    const header = headerRow(doc.blocks, at.index);
    const of = header ? tableRowQuestion(header, line, f.value.text) : undefined;
    if (of) {
      asked = `根据原文表格，${of}是${whenOf(f)}？`;
      quote = `${header}……${line}`;
    }
  }
  if (!asked) {
    const pair = pairOfTitle(doc.title);
    let event = recordLineEvent(line, f.value.text, pair) ?? inForceEvent(line, f.value.text, doc.blocks[at.index - 1]?.text.trim());
    // lines the normaliser ran together: the fact's own line of the raw text
    if (!event && !line.startsWith(f.value.text)) {
      // the sentence of the raw line that holds the date ("1963年，某国派出……。一甲子过去，……")
      const rawLine = rawLineAt(doc.doc.raw, f.span.start);
      const own = rawLine.split(/(?<=[。！？])/u).find((x) => x.includes(f.value.text)) ?? "";
      if (rawLine.length <= 90 && own.includes(f.value.text) && !wrappedProse(doc.doc.raw, f.span.start)) {
        event = recordLineEvent(own, f.value.text, pair) ?? fieldEvent(own, f.value.text, pair) ?? clauseEvent(own, f.value.text) ?? itemClauseEvent(doc.doc.raw, f.span.start, f.value.text);
        if (event) quote = own;
      }
    }
    if (event) asked = `根据原文，${event}是${/周年$/u.test(event) ? "" : "在"}${whenOf(f)}？`;
  }
  if (!asked) return [];
  return [
    draft(ctx, {
      type: "short_answer",
      variant: "date-record",
      facts: [f],
      prompt: asked,
      answer,
      accepted: dateSpellings(d),
      explanation: `答案：${answer}。${citeOf(ctx, f)}：“${quote}”`,
      tags: ["date", "record"],
    }),
  ];
}
