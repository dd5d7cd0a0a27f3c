/** From a corpus of facts to a validated `quizbank/1` bank and a quality report. */
import { BANK_FORMAT, bankSchema, QUESTION_TYPES, type Bank, type Question, type QuestionType } from "../../bank/format";
import type { CleanDocument, Corpus, ExtractedFact } from "../types";
import { buildAgreementQuestions } from "./builders/agreement";
import { usableAgreement } from "./builders/agreement-names";
import { buildSignatoryQuestions } from "./builders/signatories";
import { factKey, pairsIn } from "./builders/common";
import { buildConceptQuestions } from "./builders/concept";
import { buildDateQuestions } from "./builders/date";
import { buildPeriodMatchings } from "./builders/periods";
import { buildRecordDateQuestions, withoutRepeatedRecordDates } from "./builders/records";
import { buildEntityQuestions } from "./builders/entity";
import { withLabelBlanksLast } from "./builders/label-bearer";
import { fallbackCard } from "./builders/fallback";
import { buildFigureQuestions } from "./builders/figure";
import { buildMatchingQuestions, buildOrderingQuestions } from "./builders/sets";
import { buildArrowMatchings } from "./builders/arrows";
import { buildItemMatchings } from "./builders/items";
import { buildOpenListQuestions } from "./builders/open-lists";
import { buildPointQuestions } from "./builders/points";
import { formulaBlank } from "./builders/formulas";
import { LAST_RESORT, withFormulasLast } from "./builders/last-resort";
import { setPhraseBlank, withNamesInsideAnswers } from "./builders/set-phrases";
import { buildAliasQuestions } from "./builders/aliases";
import { moreAccepted, withoutTypedNames } from "./accepted-forms";
import { withPairsSpelledOut } from "./ambiguous-pairs";
import { withoutComputingClauses } from "./arithmetic";
import { alsoAccepted, buildContext, namesParty, onCommentLine, showsHeading } from "./context";
import { elsewhere } from "./elsewhere";
import { hashHex } from "./hash";
import type { Draft, Dropped, FigureFact, GenContext } from "./model";
import { selfCheck } from "./selfcheck";
import { forumOf, tidyExplanation } from "./tidy";
import { unwrap } from "./text";
import { shownText } from "./shown-text";
import { datedRowAsSentence, figureRowAsSentence, withoutAuthorNotes } from "./layout-stems";
import { mixedScripts } from "./builders/script";

/** Bump when the generator's output changes for the same input. */
export const GENERATOR_VERSION = "1.4.0";

export const TESTED_KINDS = ["date", "agreement", "concept", "figure"] as const;

export interface GenerateOptions {
  /** Only these question types (default: all). */
  types?: readonly QuestionType[];
  /** Drop kept questions scoring below this (default 0: keep all that pass the self-check). */
  minScore?: number;
}

export interface KindCoverage {
  facts: number;
  /** facts the generator declines to ask about because they are malformed (a name that is no name) */
  declined: number;
  tested: number;
  /** tested by a question other than a flashcard */
  testedObjective: number;
  /** tested / (facts − declined) */
  share: number;
}

export interface BankReport {
  generatorVersion: string;
  documents: number;
  facts: number;
  questions: number;
  byType: Record<string, number>;
  byKind: Record<string, number>;
  coverage: Record<string, KindCoverage>;
  untested: { id: string; kind: string; label: string }[];
  declined: { id: string; kind: string; label: string }[];
  dropped: Dropped[];
  droppedByReason: Record<string, number>;
}

/** A question whose options or pairs are written in one script. */
const oneScript = (d: Draft): boolean => !mixedScripts([...(d.options ?? []), ...(d.pairs ?? []).flat()]);

/** The questions one fact can be asked by, on its own. */
function factDrafts(ctx: GenContext, f: ExtractedFact): Draft[] {
  return kindDrafts(ctx, f).filter(oneScript);
}

function kindDrafts(ctx: GenContext, f: ExtractedFact): Draft[] {
  switch (f.kind) {
    case "date":
      return [...buildDateQuestions(ctx, f), ...buildRecordDateQuestions(ctx, f)];
    case "agreement":
      return withLabelBlanksLast(ctx, f, [...buildAgreementQuestions(ctx, f), ...buildSignatoryQuestions(ctx, f), ...buildAliasQuestions(ctx, f)]);
    case "concept":
      return [...buildConceptQuestions(ctx, f), ...buildAliasQuestions(ctx, f)];
    case "figure":
      return buildFigureQuestions(ctx, f);
    default:
      return [];
  }
}

function buildDrafts(ctx: GenContext): Draft[] {
  const drafts: Draft[] = [];
  for (const f of ctx.corpus.facts) drafts.push(...factDrafts(ctx, f));
  drafts.push(...buildOrderingQuestions(ctx));
  drafts.push(...buildMatchingQuestions(ctx));
  drafts.push(...buildArrowMatchings(ctx));
  drafts.push(...buildItemMatchings(ctx));
  drafts.push(...buildOpenListQuestions(ctx));
  drafts.push(...buildPointQuestions(ctx));
  drafts.push(...buildPeriodMatchings(ctx));
  drafts.push(...buildEntityQuestions(ctx));
  return drafts.filter(oneScript);
}

/** The figure a question asks, when it asks one figure and nothing else. */
const asksFigure = (d: Draft): FigureFact | undefined => (d.facts.length === 1 && d.facts[0]!.kind === "figure" ? (d.facts[0] as FigureFact) : undefined);
/** Whether a question asks a date: its text may not say the year of a 今年 its answer is counted from. */
const asksDate = (d: Draft): boolean => d.facts.some((f) => f.kind === "date") || d.tags.includes("date");
/** What a question asks, as text: its key, or a flashcard's back. */
const keyOf = (d: Draft): string => (typeof d.answer === "string" ? d.answer : Array.isArray(d.answer) ? d.answer.join("、") : (d.back?.split("\n")[0] ?? ""));
/** Whether a raw offset lies in the block the normaliser labelled as the document's title. */
function inTitle(doc: CleanDocument | undefined, rawStart: number): boolean {
  return !!doc?.blocks.some((b) => b.label === "title" && rawStart >= doc.toRaw[b.clean.start]! && rawStart < doc.toRaw[b.clean.end]!);
}

/** A layout's row or note shown as an exam sentence. */
const asSentence = (text: string, date: boolean): string => figureRowAsSentence(datedRowAsSentence(withoutAuthorNotes(text), date));

/** Turns drafts into questions with stable ids (type, builder and fact keys; never offsets). */
function toQuestions(drafts: Draft[], taken: Set<string>, ctx: GenContext): (Question & { blanked?: string })[] {
  const out: (Question & { blanked?: string })[] = [];
  const shown = shownText(ctx);
  for (const d of drafts) {
    const keys = d.facts.map(factKey);
    let id = `q_${hashHex(d.type, d.variant, ...keys)}`;
    for (let n = 2; taken.has(id); n++) id = `q_${hashHex(d.type, d.variant, ...keys, String(n))}`;
    taken.add(id);
    const q: Question & { blanked?: string } = {
      id,
      type: d.type,
      factIds: d.facts.map((f) => f.id),
      prompt: asSentence(shown(d.prompt, d.source.documentId, d.source.quote, d.source.start, asksFigure(d), !asksDate(d), keyOf(d)), asksDate(d)),
      explanation: tidyExplanation(d.explanation),
      source: d.source,
      tags: [...new Set(d.tags)],
      quality: { score: 1, flags: [...d.flags] },
    };
    // a reviewer's comment line ("[批注3] 某某：……", source offsets are raw): about the draft, not content
    if (onCommentLine(ctx.docs.get(d.source.documentId)?.doc.raw, d.source.start)) q.quality!.flags.push("not-content");
    // the document's own title ("甲与乙的对接：某国关系的政策逻辑"): a heading to read by, not a passage to be asked
    if (inTitle(ctx.docs.get(d.source.documentId), d.source.start)) q.quality!.flags.push("not-content");
    // a section heading shown as the sentence, its key blanked ("四、某某的一个视角：____外交"): a heading, not a statement
    const key = d.answer !== undefined && typeof d.answer === "string" ? d.answer : (d.back?.split("\n")[0] ?? "");
    if (showsHeading(ctx.docs.get(d.source.documentId), d.source.start, `${q.prompt}\n${d.front ?? ""}`, key)) q.quality!.flags.push("not-content");
    // a set phrase of the corpus's prose ("高质量共赴“（    ）”"): a name or a term blanked where any reader fills it in
    if ((q.tags.includes("concept") || q.tags.includes("agreement")) && setPhraseBlank(ctx, `${q.prompt}\n${d.front ?? ""}`, key)) q.quality!.flags.push("answer-leak");
    // a formula of the prose ("把某海建设成为（    ）、友谊之海", "以（    ）为核心的国际体系"): filled without the document,
    // kept only for a fact no other question tests (withFormulasLast)
    if ((q.tags.includes("concept") || q.tags.includes("agreement")) && formulaBlank(`${q.prompt}\n${d.front ?? ""}`, Array.isArray(d.answer) ? d.answer.join("、") : key, q.tags.includes("concept") || q.tags.includes("initiative"))) q.quality!.flags.push(LAST_RESORT);
    if (d.options) q.options = d.options;
    if (d.pairs) q.pairs = d.pairs;
    if (d.answer !== undefined) q.answer = d.answer;
    if (d.accepted) q.accepted = d.accepted;
    const firstAlso = alsoAccepted(ctx, d);
    const also = [...firstAlso, ...moreAccepted(ctx, d, q.prompt, firstAlso)];
    if (also.length > 0) q.accepted = [...(q.accepted ?? [String(d.answer)]), ...also];
    if (d.front) q.front = asSentence(shown(d.front, d.source.documentId, d.source.quote, d.source.start, asksFigure(d), !asksDate(d), keyOf(d)), asksDate(d));
    if (d.back) q.back = d.back;
    if (d.blanked) q.blanked = d.blanked;
    out.push(withoutComputingClauses(withPairsSpelledOut(q, ctx)));
  }
  return out;
}

function stripContext(f: ExtractedFact): Record<string, unknown> {
  const { context: _context, ...fact } = f;
  void _context;
  return fact;
}

const TYPE_ORDER = new Map(QUESTION_TYPES.map((t, i) => [t, i]));

export function generateBank(corpus: Corpus, options: GenerateOptions = {}): { bank: Bank; report: BankReport } {
  const ctx = buildContext(corpus);
  const allowed = new Set(options.types ?? QUESTION_TYPES);
  const taken = new Set<string>();
  const drafts = buildDrafts(ctx).filter((d) => allowed.has(d.type));
  let { kept, dropped } = selfCheck(toQuestions(drafts, taken, ctx));
  // (formulas stand aside while a fact is looked for where another question can test it)
  const formulas: Question[] = [];
  const setAside = (qs: Question[]): Question[] => {
    const rest: Question[] = [];
    for (const q of qs) (q.quality.flags.includes(LAST_RESORT) ? formulas : rest).push(q);
    return rest;
  };
  kept = setAside(kept);

  // a fact no question tests where the extractor first found it is asked where it is also written
  {
    const tested = new Set(kept.flatMap((q) => q.factIds));
    // two facts of one name (an agreement and a concept) found in the same sentence are asked once,
    // by a question that tests both
    const asked = new Map(kept.map((q) => [`${q.type}|${q.prompt}`, q]));
    for (const f of corpus.facts) {
      if (!(TESTED_KINDS as readonly string[]).includes(f.kind) || tested.has(f.id) || malformed(f)) continue;
      for (const at of elsewhere(ctx, f)) {
        const again = selfCheck(toQuestions(factDrafts(ctx, at).filter((d) => allowed.has(d.type) && !unnamedHere(ctx, d.prompt)), taken, ctx));
        dropped = [...dropped, ...again.dropped];
        again.kept = setAside(again.kept);
        if (again.kept.length === 0) continue;
        const fresh = [];
        for (const q of again.kept) {
          const same = asked.get(`${q.type}|${q.prompt}`);
          if (same) same.factIds = [...new Set([...same.factIds, ...q.factIds])];
          else {
            asked.set(`${q.type}|${q.prompt}`, q);
            fresh.push(q);
          }
        }
        kept = [...kept, ...fresh];
        break;
      }
    }
  }

  // (a name a set-aside question's answer holds is tested by it as by a kept one: withNamesInsideAnswers)
  kept = withFormulasLast(kept, withNamesInsideAnswers(formulas, corpus.facts));

  // facts no question tests yet get a last-resort flashcard
  if (allowed.has("flashcard")) {
    const tested = new Set(kept.flatMap((q) => q.factIds));
    const extra = corpus.facts
      .filter((f) => (TESTED_KINDS as readonly string[]).includes(f.kind) && !tested.has(f.id))
      .map((f) => fallbackCard(ctx, f))
      .filter((d): d is Draft => Boolean(d));
    const second = selfCheck(toQuestions(extra, taken, ctx));
    kept = [...kept, ...second.kept];
    dropped = [...dropped, ...second.dropped];
  }
  kept = withNamesInsideAnswers(withoutTypedNames(withDatedAgreements(withoutRepeatedRecordDates(kept), corpus, ctx)), corpus.facts);
  const minScore = options.minScore ?? 0;
  kept = kept.filter((q) => q.quality.score >= minScore);

  const docOrder = new Map(corpus.documents.map((d, i) => [d.doc.id, i]));
  kept.sort(
    (a, b) =>
      (docOrder.get(a.source.documentId) ?? 0) - (docOrder.get(b.source.documentId) ?? 0) ||
      a.source.start - b.source.start ||
      (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const candidate = {
    format: BANK_FORMAT,
    generator: { version: GENERATOR_VERSION },
    documents: corpus.documents.map((d) => ({
      id: d.doc.id,
      file: d.doc.file,
      title: d.title,
      authors: d.authors,
      sha256: d.doc.sha256,
      ...(d.date ? { date: d.date } : {}),
      text: d.doc.raw,
    })),
    facts: corpus.facts.map(stripContext),
    questions: kept,
  };
  const parsed = bankSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`generated bank does not validate: ${issues.join("; ")}`);
  }
  const bank = parsed.data;
  return { bank, report: reportOf(bank, corpus, dropped) };
}

/**
 * A sentence read for a fact found elsewhere is held to more than a first one: "双方/两国" with no
 * country shown, or "第二届峰会" with no forum named, leave the question without its parties.
 */
function unnamedHere(ctx: GenContext, prompt: string): boolean {
  return (/双方|两国|三国/u.test(prompt) && !namesParty(ctx, prompt)) || /(?:^|[^\u3400-\u9fff]|在|于)第[一二三四五六七八九十\d]+[届次](?:峰会|会议|会晤)/u.test(prompt);
}

/** A fact the generator will not ask about however it is phrased: an agreement "name" that is no name. */
function malformed(f: ExtractedFact): boolean {
  return f.kind === "agreement" && !usableAgreement(f);
}

function reportOf(bank: Bank, corpus: Corpus, dropped: Dropped[]): BankReport {
  const byType: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const kindOf = new Map(corpus.facts.map((f) => [f.id, f.kind]));
  const tested = new Set<string>();
  const testedObjective = new Set<string>();
  for (const q of bank.questions) {
    byType[q.type] = (byType[q.type] ?? 0) + 1;
    const kinds = new Set(q.factIds.map((id) => kindOf.get(id) ?? "unknown"));
    for (const k of kinds) byKind[k] = (byKind[k] ?? 0) + 1;
    for (const id of q.factIds) {
      tested.add(id);
      if (q.type !== "flashcard") testedObjective.add(id);
    }
  }
  const coverage: Record<string, KindCoverage> = {};
  const untested: BankReport["untested"] = [];
  const declined: BankReport["declined"] = [];
  for (const kind of TESTED_KINDS) {
    const fs = corpus.facts.filter((f) => f.kind === kind);
    const t = fs.filter((f) => tested.has(f.id)).length;
    const o = fs.filter((f) => testedObjective.has(f.id)).length;
    const bad = fs.filter((f) => !tested.has(f.id) && malformed(f));
    const usable = fs.length - bad.length;
    coverage[kind] = { facts: fs.length, declined: bad.length, tested: t, testedObjective: o, share: usable ? t / usable : 1 };
    for (const f of fs) {
      if (tested.has(f.id)) continue;
      (bad.includes(f) ? declined : untested).push({ id: f.id, kind, label: f.label });
    }
  }
  const droppedByReason: Record<string, number> = {};
  for (const d of dropped) for (const r of d.reasons) droppedByReason[r] = (droppedByReason[r] ?? 0) + 1;
  return {
    generatorVersion: GENERATOR_VERSION,
    documents: bank.documents.length,
    facts: bank.facts.length,
    questions: bank.questions.length,
    byType,
    byKind,
    coverage,
    untested,
    declined,
    dropped,
    droppedByReason,
  };
}

const LINK_ORDER: QuestionType[] = ["cloze", "short_answer", "flashcard", "mcq"];

/** Every party written out, or in a "中某" pair ("中老两国" for 中国 and 老挝). */
function partiesShown(parties: readonly string[], text: string): boolean {
  const pairs = pairsIn(text);
  return parties.every((p) => text.includes(p) || (p === "中国" ? pairs.size > 0 : pairs.has(p[0]!)));
}

/** A document named only by its kind, with at most a short modifier ("联合声明", "战略对话谅解备忘录"). */
const GENERIC_DOCUMENT = /^[\u3400-\u9fff]{0,6}(?:联合声明|联合宣言|联合公报|合作备忘录|谅解备忘录|备忘录)$/u;

/**
 * An agreement no question tests yet ("论坛第四届部长级会议" is no name to offer as an option) is
 * still tested by a kept question that asks the date the agreement carries and shows the
 * agreement's name in full ("____，甲乙合作论坛第四届部长级会议在某地举行"): that question asks when
 * the meeting was held, so it lists the agreement among its facts. Only a name the generator would
 * ask itself, or a forum's short form the prompt has spelt out, is linked.
 */
/** "某某站", "某某港": a facility named by two or more characters and its kind. */
const FACILITY_NAME = /^[\u3400-\u9fff]{2,8}(?:站|港|桥)$/u;

function withDatedAgreements<Q extends Question>(kept: Q[], corpus: Corpus, ctx: GenContext): Q[] {
  const tested = new Set(kept.flatMap((q) => q.factIds));
  const byId = new Map(corpus.facts.map((f) => [f.id, f]));
  const forums = new Map<string, string | undefined>();
  const dated = kept
    .filter((q) => LINK_ORDER.includes(q.type) && q.factIds.length === 1 && byId.get(q.factIds[0]!)?.kind === "date")
    .sort((a, b) => LINK_ORDER.indexOf(a.type) - LINK_ORDER.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of corpus.facts) {
    if (f.kind !== "agreement" || tested.has(f.id) || !f.value.date) continue;
    const name = unwrap(f.value.name);
    if (!forums.has(f.documentId)) forums.set(f.documentId, forumOf(ctx.docs.get(f.documentId)?.text ?? ""));
    const forum = forums.get(f.documentId);
    // a generic name ("联合声明", "合作备忘录") is asked only with its verb and the parties that signed it
    // ("甲、乙、丙三方在某地发表联合声明是在什么时候？")
    const generic = !usableAgreement(f) && f.value.category === "document" && GENERIC_DOCUMENT.test(name);
    // a named station, port or bridge ("某某站") is shown as the subject of its completion ("某某站建成")
    const facility = f.value.category === "project" && FACILITY_NAME.test(name);
    const shownName = /^论坛/u.test(name) ? (forum ? forum + name.slice(2) : undefined) : usableAgreement(f) || facility ? name : generic ? name : undefined;
    if (!shownName || shownName.length < (facility ? 3 : 4)) continue;
    const shownWhole = (clause: string) =>
      facility && shownName.length < 4
        ? new RegExp(`(?:^|[^\\u3400-\\u9fff])${shownName}(?:正式)?(?:建成|落成|竣工|开通|通车|启用|开站|开港)`, "u").test(clause)
        : generic
        ? new RegExp(`(?:发表|签署|签订|通过|发布)(?:了)?${shownName}(?:[，。；？]|是在|$)`, "u").test(clause) &&
          (f.value.parties.length >= 2 ? partiesShown(f.value.parties, clause) : namesParty(ctx, clause.replace(/两国|双方|三方|各方/gu, "")))
        : clause.includes(shownName);
    const q = dated.find((x) => {
      const d = byId.get(x.factIds[0]!)!;
      if (d.kind !== "date" || d.value.iso !== f.value.date) return false;
      if (x.source.documentId !== f.documentId || f.span.start < x.source.start || f.span.end > x.source.end) return false;
      // the name shown whole, not blanked and not only inside another title
      // and in the clause that holds the blank ("____，X在某地举行" or "X于____举行"), not in a later one
      const text = (x.front ?? x.prompt).replace(/《[^》]*》/gu, (t) => (t === `《${shownName}》` ? t : "《》"));
      const blank = /_{2,}|（\s{2,}）/u.exec(text);
      // "X举行是在什么时候？": the question is the clause
      if (!blank) return /^[^，；。]*(?:是在什么时候|是在哪一年)/u.test(text) && shownWhole(text.replace(/是在(?:什么时候|哪一年)？$/u, ""));
      const before = text.slice(0, blank.index);
      const start = Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。"), before.lastIndexOf("：")) + 1;
      let rest = text.slice(blank.index + blank[0].length);
      if (/^[，,]/u.test(rest)) rest = rest.slice(1);
      const end = rest.search(/[，；。？\n]/u);
      const clause = before.slice(start) + blank[0] + (end < 0 ? rest : rest.slice(0, end));
      return shownWhole(clause);
    });
    if (!q) continue;
    q.factIds = [...q.factIds, f.id];
    tested.add(f.id);
  }
  return kept;
}
