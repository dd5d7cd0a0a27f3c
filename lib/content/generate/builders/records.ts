/**
 * Questions on record-like lines: a timeline or notes line ("某年某月：某事", "某年某月 某事"), a row of a
 * table under its header row ("项目；启动时间；地点"), an infobox field ("建交时间：某年某月某日").
 * Such a line is its own block once normalised; its date's event is the rest of the line, its
 * subject the pair a title like "中国—某国关系" names when the line has none. Anything unclear is declined.
 */
import { recurringOccasion } from "./date-recurring";
import { citeOf, pairLabelFor } from "../context";
import { dateSpellings, formatDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { draft, pairsIn } from "./common";
import { asSimple } from "./date";
import { sentenceBlock } from "./date-rows";
import type { Question } from "../../../bank/format";
import { escapeRegExp } from "../text";

/** Verbs that make the rest of a line an event (a generic list). */
const RECORD_VERB =
  /访[\u3400-\u9fff]|中断|恢复|派出|派遣|抵达|签署|签订|缔结|建立|建交|举行|举办|提出|发表|发布|印发|访问|访华|成立|设立|宣布|召开|启动|开通|通过|批准|生效|加入|出席|会晤|会谈|开幕|落成|投产|开工|竣工|提升|升级|揭牌|达成|发起|启用|开行|通车|发射|成为/u;
/** A line that opens with one of these verbs has left its subject out. */
const OPENS_WITH_VERB =
  /^(?:正式)?(?:签署|签订|缔结|建立|举行|举办|提出|发表|发布|印发|访问|成立|设立|宣布|召开|启动|开通|通过|批准|加入|出席|会晤|会谈|提升|升级|达成|发起|启用|成为|实质性)/u;
/** Header cells that name the time of a row's item. */

/**
 * The one pair a title names: "中国—某国关系" (nothing else) gives "中国和某国"; a title on "中某关系"
 * (one two-character pair, no other) gives "中某".
 */
export function pairOfTitle(title: string | undefined): string | undefined {
  const t = (title ?? "").trim().replace(/^[\u3400-\u9fff]{1,4}[：:]/u, "").replace(/(?:大事记|年表|概况|简介)$/u, "");
  const m = /^(中国)\s*[—–－-]{1,2}\s*([\u3400-\u9fff]{2,8}?)(?:关系|合作|双边关系)?$/u.exec(t);
  if (m) return `${m[1]}和${m[2]}`;
  // a wiki's full name of the relation ("中华人民共和国与某某共和国关系")
  const full = /^(?:中华人民共和国|中国)(?:与|和|同)([\u3400-\u9fff]{2,10}?)(?:共和国|王国|联邦|合众国)?的?关系$/u.exec(t);
  if (full) return `中国和${full[1]}`;
  const pairs = [...pairsIn(t)];
  return pairs.length === 1 && t.includes(`中${pairs[0]}关系`) ? `中${pairs[0]}` : undefined;
}

/**
 * "中国南极事业与国际合作大事记（1983—2024）": a chronology of China's own (no second party named): the
 * subject of its lines that open on their verb ("加入《南极条约》") is 中国. Undefined for any other title.
 */
export function chronologySubject(title: string | undefined): string | undefined {
  const t = (title ?? "").trim().replace(/[（(][^）)]*[）)]\s*$/u, "");
  if (!/^中国(?![—–－\-与和同])[\u3400-\u9fff]{2,16}?(?:大事记|大事年表|年表|时间线|时间轴)$/u.test(t)) return undefined;
  return pairsIn(t).size === 0 ? "中国" : undefined;
}

/**
 * "④某某卫星" then "・某国援建，2023年12月4日发射成功": the item a numbered line names is the subject
 * of the dated clause on the line under it (`item` is the line above, `line` the fact's own).
 */
export function itemClauseEvent(item: string | undefined, line: string, dateText: string): string | undefined {
  const m = /^[\u2460-\u2473]([\u3400-\u9fff“”]{3,16})(?:（[^）]*）)?$/u.exec((item ?? "").trim());
  if (!m) return undefined;
  const clause = line.split(/[，,；;]/u).find((c) => c.startsWith(dateText));
  if (!clause) return undefined;
  const e = clause.slice(dateText.length).trim();
  if (e.length < 2 || e.length > 12 || !/^(?:发射成功|通车|建成|竣工|投产|开工|揭牌|启用|开通|成立|落成)/u.test(e)) return undefined;
  return `${m[1]}${e}`;
}

/** Verbs an infobox label may name ("建交时间"): the pair's event. */
const FIELD_EVENT = /^(?:建交|签署|签约|成立|设立|建立|启动|开通|揭牌|生效)$/u;

/** An infobox's field of a pair's event and its date ("建交时间：2031年5月9日"): the field's verb, or undefined. */
function pairFieldVerb(line: string, dateText: string): string | undefined {
  const m = /^([\u3400-\u9fff]{2,4})(?:时间|日期)[：:]\s*(.+)$/u.exec(line);
  return m && m[2]!.trim() === dateText && FIELD_EVENT.test(m[1]!) ? m[1] : undefined;
}

/** Whether a line is an infobox's field of a pair's event with that date ("建交时间：2031年5月9日"). */
const isPairEventField = (line: string, dateText: string): boolean => pairFieldVerb(line, dateText) !== undefined;

/** "建交时间：2031年5月9日" on a document on one pair: "中某建交". */
export function fieldEvent(line: string, dateText: string, pair: string | undefined): string | undefined {
  const verb = pairFieldVerb(line, dateText);
  return verb && pair ? `${pair}${verb}` : undefined;
}

/**
 * "1990年10月3日中新正式建立外交关系", "某年某月：提升为全面战略伙伴关系（某某访华）": the event of a line
 * that opens with its date; the document's pair is put before an event whose subject is left out.
 */
export function recordLineEvent(line: string, dateText: string, pair: string | undefined, subject?: string): string | undefined {
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
    // (a chronology of China's own: 中国 did it; a raised relationship needs its pair)
    if (!pair && subject && !/^(?:提升|升级)/u.test(e)) return `${subject}${e}`;
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
  const d = escapeRegExp(dateText);
  const named = new RegExp(`^([\\u3400-\\u9fff“”]{4,16})（(?:[A-Za-zＡ-Ｚａ-ｚ]{2,10}[，,])?${d}(成立|揭牌|设立|启用)(?:[，,][^）]*)?）$`, "u").exec(clause.trim());
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

/**
 * "加入某委员会" on a line whose text goes on "……加入某公约，次年10月成为某委员会成员": the text under a line
 * dates the same object (with the line's verb or 成为) otherwise. The object is what follows the verb.
 */
export function datedOtherwise(event: string, rest: string): boolean {
  const m = /^(加入|签署|签订|成为|建立|设立|成立)(.{4,})$/u.exec(event);
  if (!m) return false;
  const [, verb, object] = m;
  return rest.split(/[，。；]/u).some((c) => c.includes(object!) && (c.includes(verb!) || c.includes("成为")) && /\d{4}\s*年|次年|翌年|同年|当年/u.test(c));
}

function whenOf(f: DateFact): string {
  return f.value.precision === "year" ? "哪一年" : "什么时候";
}

/** Short-answer questions on the date of a record line; none when the line is no clean record. */
export function buildRecordDateQuestions(ctx: GenContext, f: DateFact): Draft[] {
  if (f.value.inferred || f.value.endIso || !["year", "month", "day"].includes(f.value.precision)) return [];
  const at = sentenceBlock(ctx, f);
  const block = at?.blocks[at.index];
  const doc = ctx.docs.get(f.documentId);
  if (!at || !block || !doc || block.label === "title" || block.label === "meta" || block.label === "footnote") return [];
  const line = block.text.trim();
  const d = asSimple(f);
  const answer = formatDate(d);
  let quote = line;
  const pair = pairOfTitle(doc.title);
  const subject = pair ? undefined : chronologySubject(doc.title);
  let event = recordLineEvent(line, f.value.text, pair) ?? inForceEvent(line, f.value.text, doc.blocks[at.index - 1]?.text.trim());
  if (!event) {
    // a short line holding a few sentences or clauses: the sentence that holds the date ("1963年，某国派出……。"),
    // also after a label ("导读：1963年，……") or a circled number ("⑤某某（2020年揭牌）")
    const own = line.split(/(?<=[。！？])/u).find((x) => x.includes(f.value.text))?.replace(/^[\u2460-\u2473]/u, "") ?? "";
    const pos = own.indexOf(f.value.text);
    const fromDate = pos > 0 && /[：:]\s*$/u.test(own.slice(0, pos)) ? own.slice(pos) : own;
    const above = doc.blocks[at.index - 1]?.text;
    // in a longer paragraph, only a short sentence that opens with its date and a comma ("1960年12月，两国签订……。")
    // (or, in a chronology of China's own, with its date and a colon: "1985年10月7日：成为……协商国。")
    const opensSentence =
      fromDate.length <= 60 &&
      (fromDate.startsWith(`${f.value.text}，`) || (subject !== undefined && fromDate.startsWith(`${f.value.text}：`))) && !/^(?:在|是|为|于|对|自|从|随着|截至|截止|到|至)/u.test(fromDate.slice(f.value.text.length + 1));
    if ((line.length <= 90 || opensSentence) && pos >= 0) {
      for (const s of new Set([own, fromDate])) {
        // (an infobox's field under a heading on one pair, "■ 中甲关系" then "建交时间：……", in a document whose title
        // names no pair: the pair the text around names)
        event =
          recordLineEvent(s, f.value.text, pair, subject) ??
          fieldEvent(s, f.value.text, pair ?? (isPairEventField(s, f.value.text) ? pairLabelFor(ctx, f) : undefined)) ??
          clauseEvent(s, f.value.text) ??
          itemClauseEvent(above, s, f.value.text);
        if (event) {
          quote = s;
          break;
        }
      }
    }
  }
  // (a meeting a series holds again, said only to be held, is no one occasion: date-recurring.ts)
  if (!event || recurringOccasion(ctx, f, event)) return [];
  // (a line given its subject from the title: the text under it must not date the same joining otherwise)
  if (subject && event.startsWith(subject) && !pair && datedOtherwise(event.slice(subject.length), line.replace(quote, ""))) return [];
  const asked = `根据原文，${event}是${/周年$/u.test(event) ? "" : "在"}${whenOf(f)}？`;
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

/**
 * A record line's short answer on a date the date builder's short answer also asks ("某事是在什么时候？"):
 * two typed questions asking the same; the builder's, which says how much of the date to write, is kept.
 */
export function withoutRepeatedRecordDates(kept: Question[]): Question[] {
  const asked = new Set(kept.filter((q) => q.type === "short_answer" && q.tags.includes("date") && !q.tags.includes("record")).flatMap((q) => q.factIds));
  return kept.filter((q) => !(q.type === "short_answer" && q.tags.includes("record") && q.factIds.every((id) => asked.has(id))));
}
