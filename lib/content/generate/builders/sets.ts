/** Questions over several facts: timelines (ordering) and matching. */
import type { ExtractedFact } from "../../types";
import { dateSortKey, datesCompatible, formatDate, parseIso, precisionOf } from "../dates";
import { shuffle } from "../hash";
import type { AgreementFact, ConceptFact, DateFact, Draft, GenContext } from "../model";
import { fold, similarity, unwrap } from "../text";
import { ambiguousName, usableAgreement } from "./agreement-names";
import { documentDate, plainDate } from "./agreement-dates";
import { ownerlessTitle } from "./agreement-owners";
import { asSimple, dateEvent } from "./date";
import { simplifiedView } from "./script";
import { draft, entityNames, matchingDraft, factKey, partyPhrase, seedFor, shuffleNotIdentityFor } from "./common";
import { statedDefinition } from "./concept";
import { withReferentNamed } from "../parties";
import { sentenceAtRaw } from "../context";
import { documentActors, withNamedActors } from "../tidy";
import { COUNTRY_ABBREVIATIONS } from "../../extract/vocabulary";
import { bySubject, citeDocuments, citeSeveral } from "./subjects";

/** Greedy, seeded grouping of items into groups of `size` whose members are pairwise compatible. */
function groupsOf<T extends ExtractedFact>(items: T[], size: number, ok: (a: T, b: T) => boolean, seed: string): T[][] {
  const order = shuffle(
    [...items].sort((a, b) => (factKey(a) < factKey(b) ? -1 : factKey(a) > factKey(b) ? 1 : 0)),
    seed,
  );
  const groups: T[][] = [];
  const used = new Set<T>();
  for (const first of order) {
    if (used.has(first)) continue;
    const g = [first];
    for (const c of order) {
      if (g.length === size) break;
      if (used.has(c) || g.includes(c)) continue;
      if (g.every((x) => ok(x, c))) g.push(c);
    }
    if (g.length === size) {
      for (const x of g) used.add(x);
      groups.push(g);
    }
  }
  return groups;
}

/** groupsOf within each pool of documents on one subject: a set never mixes unrelated documents. */
function groupsOnOneSubject<T extends ExtractedFact>(ctx: GenContext, items: T[], size: number, ok: (a: T, b: T) => boolean, seed: string): T[][] {
  return bySubject(ctx, items, (f) => f.documentId).flatMap((pool) => groupsOf(pool, size, ok, seed));
}

function yearOf(iso: string): number {
  return parseIso(iso)?.y ?? 0;
}

/** Two dates whose order is certain: different years, or different months both written out. */
function orderable(a: DateFact, b: DateFact): boolean {
  if (yearOf(a.value.iso) !== yearOf(b.value.iso)) return true;
  const fine = (f: DateFact) => f.value.precision === "month" || f.value.precision === "day";
  return fine(a) && fine(b) && a.value.iso.slice(0, 7) !== b.value.iso.slice(0, 7);
}

const ORDINAL = /第[一二三四五六七八九十百\d]+[次届轮批期]|首[次届轮批期]/gu;

/**
 * Two event phrases that name the same event: alike in wording, with the same ordinals
 * ("第二次会晤" is not "第三次会晤") and the same named parties ("中国与甲国建立……" is not "中国与乙国建立……").
 */
export function sameEvent(ctx: GenContext, a: string, b: string): boolean {
  if (a === b) return true;
  if (similarity(a, b) < 0.55) return false;
  const ords = (e: string) => [...e.matchAll(ORDINAL)].map((m) => m[0]).sort().join("|");
  if (ords(a) !== ords(b)) return false;
  const names = entityNames(ctx);
  const named = (e: string) => {
    let rest = e;
    const found: string[] = [];
    for (const n of names) if (rest.includes(n)) {
      found.push(n);
      rest = rest.split(n).join("\u0000");
    }
    return found.sort().join("|");
  };
  const na = named(a);
  const nb = named(b);
  return !(na && nb && na !== nb);
}

/** Dates the corpus gives for the same event as `f` (by the stricter test above). */
function otherDatesOfEvent(ctx: GenContext, f: DateFact): string[] {
  const out: string[] = [];
  for (const g of ctx.dates) {
    if (g === f || !sameEvent(ctx, g.value.event, f.value.event)) continue;
    out.push(g.value.iso);
    if (g.value.endIso) out.push(g.value.endIso);
  }
  return out;
}

/**
 * An event as the single questions show it: the document's short forms named ("对斯访问" → the country),
 * a bare railway section named by the railway the text before names ("甲段签署……" → "某铁路甲段签署……").
 */
function namedEvent(ctx: GenContext, f: DateFact, event: string | undefined): string | undefined {
  if (!event) return event;
  const named = withNamedActors(event, documentActors(ctx, f.documentId));
  const list = ctx.sentences.get(f.documentId) ?? [];
  const i = sentenceAtRaw(ctx, f.documentId, f.span.start);
  return (i >= 0 ? withReferentNamed(ctx, f.documentId, list, i, named)?.text : undefined) ?? named;
}

/**
 * An option that still leans on its document: a bare section of a railway or road at its start
 * ("甲国段签署……", "甲城至乙城段通车"), or a pair written by a one-character short form first
 * ("甲中合作……"), which many countries share.
 */
export function unnamedOption(event: string): boolean {
  if (/^(?:[\u3400-\u9fff]{2,6}境内)?(?:[\u3400-\u9fff]{2,8}至)?(?:(?![路线線])[\u3400-\u9fff]){2,8}?段(?=于|已|在|将|全线|全面|签署|通车|开通|开工|完工|建成|正式|的|，|$)/u.test(event)) return true;
  return /^[\u3400-\u9fff]中(?=合作|关系|友好|双方|两国|经贸|人文)/u.test(event);
}

/** A one-character short form of a country standing for its side ("新方", "匈方"), which several countries share. */
const SHORT_FORM_SIDE = new RegExp(`[${Object.keys(COUNTRY_ABBREVIATIONS).filter((c) => c !== "中").join("")}]方(?![面式法案针向位便能略言])`, "u");

/**
 * An event put together from pieces of a line: a heading run into it ("某某关系中国与甲国建交"), or a note
 * glued after it that says its verb again ("某某访问甲国，首次访问").
 */
export function garbledEvent(event: string): boolean {
  if (/^[\u3400-\u9fff]{1,8}关系(?=中国|中华|两国|双方)/u.test(event)) return true;
  const clauses = event.split(/[，,]/u);
  const last = clauses[clauses.length - 1]!;
  return clauses.length > 1 && last.length <= 6 && last.length >= 2 && clauses.slice(0, -1).join("").includes(last.slice(-2));
}

/**
 * No event to put on a timeline: a publication with nothing published ("某部网站发布"), a trend
 * ("往来明显恢复", "贸易稳步增长"), an example pointed at ("……就是一例").
 */
export function nonEvent(event: string): boolean {
  // (an embassy, a paper, a station: "某国驻某国使馆发布", the page's time line)
  if (/(?:网站|网|官网|平台|公众号|中心|研究院|研究所|智库|办公室|部|委|局|使馆|领馆|总领馆|代表处|通讯社|报社|杂志社|电视台|频道)(?:发布|公布|刊登|刊发|发表)了?$/u.test(event)) return true;
  if (/(?:明显|逐步|逐渐|持续|稳步|显著|大幅|快速|不断|进一步)(?:恢复|增长|回升|回暖|下降|改善|提升|扩大|加快|增加|减少)$/u.test(event)) return true;
  return /(?:就|便|即)?是一例$|(?:就|便)是(?:一个)?(?:例子|例证|明证)$|为例$/u.test(event);
}

/**
 * A title that is only a year and its kind ("《2030年协定》"): a short name a document gives what it
 * spelled out before, naming no one.
 */
export function bareShortTitle(name: string): boolean {
  return /^《?(?:\d{4}|[一二〇零○]{4})年(?:的)?(?:协定|条约|协议|公约|声明|宣言|备忘录|议定书|公报)》?$/u.test(unwrap(name));
}

/** Put 4 dated events from anywhere in the corpus in time order. */
export function buildOrderingQuestions(ctx: GenContext): Draft[] {
  const cands: { f: DateFact; event: string }[] = [];
  for (const f of ctx.dates) {
    if (f.value.inferred || f.value.endIso) continue;
    if (!["year", "month", "day"].includes(f.value.precision)) continue;
    const event = namedEvent(ctx, f, dateEvent(f, ctx));
    // a short form or a section the document could not name, or no event at all ("某网站发布",
    // "旅游往来明显恢复", "……就是一例"): not an option of a timeline drawn from many documents
    if (event && (unnamedOption(event) || nonEvent(event) || garbledEvent(event))) continue;
    // statistics ("贸易额达到…亿美元") are not events to put on a timeline
    if (!event || event.length > 40 || /\d/.test(event)) continue;
    // a numbered heading ("一、工作回顾（……部分）") names a section, not an event
    if (/^[一二三四五六七八九十]{1,3}、/u.test(event)) continue;
    // a passive or agent phrase with its subject cut ("由某集团收购", "被列入……名录"; "由某国倡议成立的
    // 某银行成立" names it), a season left
    // before the subject ("秋天，某国提出……"), a stray 是 before the verb ("某学院是成立")
    if (/^(?:由|被)(?![^，,。]*的)|^(?:春天|夏天|秋天|冬天|年初|年中|年底|月初|月底)[，,]|是(?=成立|建立|举行|签署|启动|开通)/u.test(event)) continue;
    // an event in traditional characters would mix scripts in one question
    if (simplifiedView(event) !== event) continue;
    // the corpus must not give another date for the same event
    if (otherDatesOfEvent(ctx, f).some((iso) => !datesCompatible(iso, f.value.iso))) continue;
    if (cands.some((c) => similarity(c.event, event) >= 0.5)) continue;
    cands.push({ f, event });
  }
  const eventOf = new Map(cands.map((c) => [c.f, c.event]));
  const ok = (a: DateFact, b: DateFact) => orderable(a, b) && similarity(eventOf.get(a)!, eventOf.get(b)!) < 0.4;
  // differently seeded passes let events recur, but never two of them together again;
  // one pass makes timelines of five
  const groups: DateFact[][] = [];
  const uses = new Map<DateFact, number>();
  // a timeline of several documents only of documents on one subject, its items naming their sides
  for (const pool of bySubject(ctx, cands.map((c) => c.f), (f) => f.documentId)) {
    const several = new Set(pool.map((f) => f.documentId)).size > 1;
    const facts = several ? pool.filter((f) => !SHORT_FORM_SIDE.test(eventOf.get(f)!)) : pool;
    const passes = [
      ...groupsOf(facts, 4, ok, "ordering"),
      ...groupsOf(facts, 5, ok, "ordering-5"),
      ...[2, 3, 4, 5].flatMap((n) => groupsOf(facts, 4, ok, `ordering-${n}`)),
    ];
    for (const g of passes) {
      if (!groups.every((h) => g.filter((f) => h.includes(f)).length <= 2)) continue;
      // no event in more than three timelines
      if (g.some((f) => (uses.get(f) ?? 0) >= 3)) continue;
      groups.push(g);
      for (const f of g) uses.set(f, (uses.get(f) ?? 0) + 1);
    }
  }
  return groups.map((g) => {
    const sorted = [...g].sort((a, b) => dateSortKey(a.value.iso) - dateSortKey(b.value.iso));
    const answer = sorted.map((f) => eventOf.get(f)!);
    const seed = seedFor("timeline", sorted);
    const docs = new Set(g.map((f) => f.documentId));
    return draft(ctx, {
      type: "ordering",
      variant: "timeline",
      facts: sorted,
      prompt: "请将下列事件按发生时间从早到晚排序：",
      options: shuffleNotIdentityFor(answer, seed),
      answer,
      explanation: `正确顺序：${sorted.map((f) => `${formatDate(asSimple(f))}，${eventOf.get(f)}`).join("；")}。${citeSeveral(ctx, sorted)}`,
      tags: ["date", "timeline", ...(docs.size > 1 ? ["cross-document"] : [])],
    });
  });
}

function agreementName(f: AgreementFact): string {
  return `《${unwrap(f.value.name)}》`;
}

/** Documents ↔ dates, documents ↔ parties, terms ↔ definitions. */
export function buildMatchingQuestions(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  // a title with the date it was signed or issued (not talks launched, nor entry into force), whose
  // title or sentence says whose it is, and that the corpus dates no otherwise
  const otherDate = (f: AgreementFact) =>
    ctx.agreements.some((g) => g !== f && fold(g.value.name) === fold(f.value.name) && g.value.date && !datesCompatible(g.value.date, f.value.date!));
  const docsWithDate = uniqueByName(
    ctx.agreements.filter(
      (f) =>
        f.value.category === "document" &&
        f.value.date &&
        precisionOf(f.value.date) &&
        !bareShortTitle(f.value.name) &&
        usableAgreement(f) &&
        !ambiguousName(ctx, f) &&
        documentDate(f) &&
        // (a title that names no one only of a pair the text names: the matching's other titles and dates
        // tell it from another pair's document of that title)
        (!ownerlessTitle(ctx, f) || partyPhrase(f.value.parties, f.context.sentence) !== undefined) &&
        !otherDate(f),
    ),
  );
  for (const g of groupsOnOneSubject(ctx, docsWithDate, 4, (a, b) => yearOf(a.value.date!) !== yearOf(b.value.date!) && fold(a.value.name) !== fold(b.value.name), "match-date")) {
    const sorted = [...g].sort((a, b) => dateSortKey(a.value.date!) - dateSortKey(b.value.date!));
    const pairs = sorted.map((f): [string, string] => {
      const iso = plainDate(ctx, f, f.value.date!);
      return [agreementName(f), formatDate({ iso, precision: precisionOf(iso)! })];
    });
    out.push(
      matchingDraft(ctx, {
        variant: "match-agreement-date",
        facts: sorted,
        prompt: "请将下列文件与其签署或发表的时间对应起来：",
        pairs,
        tags: ["agreement", "date", "matching"],
        cite: citeSeveral(ctx, sorted),
      }),
    );
  }
  const docsWithParties = uniqueByName(
    ctx.agreements.filter(
      (f) => f.value.category === "document" && !bareShortTitle(f.value.name) && partyPhrase(f.value.parties, f.context.sentence) && usableAgreement(f) && !ambiguousName(ctx, f),
    ),
  );
  // (the one set still drawn from the whole corpus: the only question on some documents' titles, whose signatories
  // the titles name; every text it draws on is cited)
  for (const g of groupsOf(
    docsWithParties,
    4,
    (a, b) => partyPhrase(a.value.parties) !== partyPhrase(b.value.parties) && fold(a.value.name) !== fold(b.value.name),
    "match-parties",
  )) {
    out.push(
      matchingDraft(ctx, {
        variant: "match-agreement-parties",
        facts: g,
        prompt: "请将下列文件与其签署方对应起来：",
        pairs: g.map((f): [string, string] => [agreementName(f), partyPhrase(f.value.parties, f.context.sentence)!]),
        tags: ["agreement", "parties", "matching"],
        cite: citeSeveral(ctx, g),
      }),
    );
  }
  const defs = ctx.concepts.filter(
    (f) => {
      const d = statedDefinition(f);
      return d !== undefined && d.length >= 6 && d.length <= 60 && f.value.term.length <= 20;
    },
  );
  for (const g of groupsOnOneSubject(
    ctx,
    uniqueByTerm(defs),
    3,
    (a, b) => fold(a.value.term) !== fold(b.value.term) && similarity(statedDefinition(a)!, statedDefinition(b)!) < 0.5,
    "match-defs",
  )) {
    out.push(
      matchingDraft(ctx, {
        variant: "match-term-definition",
        facts: g,
        prompt: "请将下列概念与原文中对它的表述对应起来：",
        pairs: g.map((f): [string, string] => [`“${unwrap(f.value.term)}”`, statedDefinition(f)!]),
        tags: ["concept", "definition", "matching"],
        cite: citeDocuments(ctx, g),
      }),
    );
  }
  return out;
}

function uniqueByName(fs: AgreementFact[]): AgreementFact[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = fold(f.value.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueByTerm(fs: ConceptFact[]): ConceptFact[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = fold(f.value.term);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
