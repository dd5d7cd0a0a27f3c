/** Which date of an agreement a question may ask: the verb that dates it, and the dates that are something else. */
import type { AgreementFact, GenContext } from "../model";
import { display, documentFamily, nameOf } from "./agreement-names";
import { actorClause } from "./agreement-owners";

/** Verbs that date a document, and verbs that date a partnership. */
const DOCUMENT_VERBS = ["签署", "签订", "缔结", "发表", "发布", "通过", "批准"];
const PARTNERSHIP_VERBS = ["建立", "提升为", "升级为", "宣布建立", "决定发展", "发展"];

/** The verb the sentence uses for the agreement (签署, 发表, 建立 …), when it has one close by. */
export function verbFor(f: AgreementFact): string | undefined {
  const s = f.context.sentence;
  const at = s.indexOf(nameOf(f));
  if (at < 0) return undefined;
  let best: { v: string; d: number } | undefined;
  for (const v of f.value.category === "partnership" ? PARTNERSHIP_VERBS : DOCUMENT_VERBS) {
    for (let i = s.indexOf(v); i >= 0; i = s.indexOf(v, i + 1)) {
      const after = i >= at + nameOf(f).length;
      // a verb after the name belongs to it only within its clause ("……协议，通过设立……" is another clause)
      if (after && /[，。；：！？,;:!?]/u.test(s.slice(at + nameOf(f).length, i))) continue;
      // "推动……关系不断向前发展", "促进……关系发展": an existing relation carried on, not one founded
      if (v === "发展" && carriedOn(s, Math.min(at, i), i)) continue;
      const d = after ? i - (at + nameOf(f).length) : at - (i + v.length);
      if (d < 0 || d > 24) continue;
      if (!best || d < best.d) best = { v, d };
    }
  }
  if (best) return best.v;
  // a line of a timeline that is only a date and the level ("2031年4月 全面战略伙伴关系"): the date the
  // relation was set up at, or raised to, that level
  if (f.value.category === "partnership" && f.value.date && /^[\d年月日.\-/\s]*$/u.test(s.replace(nameOf(f), "").replace(/[，。；：:、\s]/gu, "")) && /\d/u.test(s))
    return f.value.upgradedFrom ? "提升为" : "建立";
  return undefined;
}

/**
 * "发展" at `i` carries on a relation that exists ("推动……关系不断向前发展", "促进……健康稳定发展",
 * "继续发展……"): a 推动/推进/促进/继续/保持 verb in its clause before it, or an adverb of going on right before it.
 */
export function carriedOn(s: string, from: number, i: number): boolean {
  const start = Math.max(...["，", "。", "；", "：", "！", "？"].map((p) => s.lastIndexOf(p, from - 1))) + 1;
  const before = s.slice(start, i);
  return /推动|推进|促进|继续|保持|带动|巩固|引领/u.test(before) || /(?:向前|不断|持续|健康|稳定|稳步|深入|长期|顺利)$/u.test(before);
}

/** How a partnership verb reads after "甲国与乙国": 建立 / 决定发展 / 的关系提升为. */
export function partnershipVerb(v: string): { lead: string; verb: string } {
  if (v === "提升为" || v === "升级为") return { lead: "的关系", verb: "提升为" };
  if (v === "决定发展" || v === "发展") return { lead: "", verb: "决定发展" };
  return { lead: "", verb: "建立" };
}

/**
 * The agreement's date as the sentence supports it: when the sentence dates it by a range
 * ("5月18日至19日"), the day is unknown, so the date is the month (or year) the range shares.
 */
export function plainDate(ctx: GenContext, f: AgreementFact, date: string): string {
  const range = ctx.dates.find(
    (d) => d.documentId === f.documentId && d.value.endIso && d.value.iso === date && d.context.sentence === f.context.sentence,
  );
  if (!range) return date;
  const end = range.value.endIso!;
  if (date.slice(0, 7) === end.slice(0, 7) && date.length >= 7) return date.slice(0, 7);
  return date.slice(0, 4);
}

/**
 * A kind of document signed again and again ("自2011年起，先后与……签订双边本币互换协议"): the date
 * starts a period and the name, written without 《》, names no one document — no when-question.
 */
export function recurringKind(f: AgreementFact): boolean {
  if (f.value.category !== "document") return false;
  const s = f.context.sentence;
  const n = nameOf(f);
  const at = s.indexOf(n);
  if (at < 0 || s.includes(`《${n}》`)) return false;
  const before = s.slice(0, at);
  // the clause of the name, and the one before it ("自2011年起，……先后……签订X")
  const cuts = [...before.matchAll(/[，。；,;]/gu)].map((m) => m.index!);
  const clause = before.slice((cuts[cuts.length - 1] ?? -1) + 1);
  const twoClauses = before.slice((cuts[cuts.length - 2] ?? -1) + 1);
  return /(?:先后|分别|相继|陆续|多次|逐步)/u.test(clause) || /(?:自|从)\s*\d{4}\s*年[^，。；]{0,6}(?:起|开始|以来)|\d{4}\s*年以来/u.test(twoClauses);
}

/**
 * A count of documents signed up to a date ("截至某年底，已与30多个国家签署了……协定", "累计签署"): the
 * date closes a period and the name is a kind of document signed many times — no signing date.
 */
export function cumulativeCount(f: AgreementFact): boolean {
  const s = f.context.sentence;
  const at = s.indexOf(nameOf(f));
  if (at < 0) return false;
  // the clause of the name and the one before it (the 截至 of "截至某年底，……并与……签署了X")
  const before = s.slice(0, at);
  const cuts = [...before.matchAll(/[。；;！？]/gu)].map((m) => m.index!);
  const scope = before.slice((cuts[cuts.length - 1] ?? -1) + 1);
  return (
    /(?:截至|截止|累计|至今|迄今|目前已|先后已?|已同?与?[\d一二三四五六七八九十百两]+\s*[多余]?\s*个)/u.test(scope) ||
    /[同与和][\d一二三四五六七八九十百两]+\s*[多余]?\s*个(?:国家|经济体|成员|伙伴)/u.test(scope)
  );
}

/** Words for another event of a document than its signing: its talks, its entry into force, its renewal. */
const OTHER_EVENT = /谈判|磋商|启动|生效|实施|施行|到期|届满|续签|修订|升级|废止|退出|中止|暂停|草签|研究/u;

/**
 * The date of a document is the date it was signed or issued: a signing or issuing verb is close to the
 * name in its clause (not 通过 or 批准: a vote, a ratification), the clause speaks of no other event of
 * the document (talks launched, entry into force), and the date is no end of a cumulative count.
 */
export function signedOrIssuedDate(f: AgreementFact): boolean {
  if (f.value.category !== "document" || !f.value.date) return false;
  const verb = verbFor(f);
  // a declaration or a plan a meeting adopts (通过) is issued then; a treaty adopted is signed later
  const issued = verb === "通过" && ["statement", "plan"].includes(documentFamily(nameOf(f)));
  if (!verb || !(["签署", "签订", "缔结", "发表", "发布"].includes(verb) || issued)) return false;
  if (cumulativeCount(f)) return false;
  return !otherEventClause(f);
}

/**
 * The date a matching can pair with the title alone: signed or issued (above), and not the date one
 * party signed or joined a document of many ("1998年5月，中国签署《某议定书》": that party's date).
 */
export function documentDate(f: AgreementFact): boolean {
  return signedOrIssuedDate(f) && !actorClause(f, display(f), verbFor(f)!);
}

/** The clause of the name speaks of another event of the document than its signing ("X谈判正式启动", "X已正式生效"). */
export function otherEventClause(f: AgreementFact): boolean {
  const s = f.context.sentence;
  const at = s.indexOf(nameOf(f));
  if (at < 0) return false;
  const start = Math.max(...[...s.slice(0, at).matchAll(/[，。；,;！？]/gu)].map((m) => m.index! + 1), 0);
  const ends = [...s.slice(at + nameOf(f).length).matchAll(/[，。；,;！？]/gu)].map((m) => m.index! + at + nameOf(f).length);
  const clause = s.slice(start, ends[0] ?? s.length).replace(nameOf(f), "");
  return OTHER_EVENT.test(clause);
}
