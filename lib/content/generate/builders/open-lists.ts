/**
 * Names the text lists in a list it leaves open ("在甲、乙、丙等框架内", "以甲、乙为代表的……", "包括甲、乙在内的……"):
 * no blank takes one of them (any other member of the kind fits it: open-list.ts), and recalling a list of examples is
 * no fair question either. Each name is asked by recognition: which of four names the text gives there as an example,
 * against names of the same kind the document never writes.
 */
import { BLANK, blankedPassage, explain } from "../context";
import { byLength, pickDistractors, uniqueFolded } from "../distractors";
import type { AgreementFact, Draft, GenContext } from "../model";
import { fold, unwrap } from "../text";
import { usableAgreement } from "./agreement-names";
import { draft, seedFor, shuffled } from "./common";
import { LAST_RESORT } from "./last-resort";

/** What closes a list the text leaves open, right after its last item (平等, 等额 … are words, not 等). */
const OPEN_CLOSER = /(?<![平对同均相高初中上下次])等(?:等)?(?!额|值|同|级|待|候|于|距|量|效|身|号|价|分|比)|为代表(?=的|[，。；]|$)|在内(?=的|[，。；]|$)|之类(?=的|[，。；]|$)/gu;
/** A count after 等 ("等6个", "等三大"). */
const COUNT_AFTER = /^等([一二两三四五六七八九十\d]{1,2})(?:个|项|大|家|类|种|条|所|座|批|方面|领域|国|位|名|部|份|届)/u;
const NUMERALS = "一二三四五六七八九十";
/** What ends a clause: a list never runs over it. */
const CLAUSE_END = /[，。；：！？,;:!?\n]/u;
/** A word that opens the first item's clause before the item ("在甲、乙等框架内", "包括甲、乙在内"). */
const LEAD = /(?:在|同|跟|对|向|包括|包含|涉及|例如|比如|诸如)(?=[^在同跟对向]*$)/u;
/** A verb of holding or setting up that opens a list's clause, read into its first name ("两国建有甲对话"). */
const HOLDING_VERB = /(?:建有|设有|拥有|包括|涵盖|涉及|签署了|建立了)(?=[^建设拥包涵涉签]*$)/u;
/** The end of another item before a name, which the name only continues ("外交与甲对话"); 参与, 共和 are words. */
const CUT_BEFORE = /(?:、|(?<![参给赋])与|(?<![共温平调缓])和)$/u;

interface Span {
  start: number;
  end: number;
}

interface OpenList extends Span {
  items: string[];
  facts: AgreementFact[];
}

/** Spans a list's separators may not cut: the agreements named, titles and quotations. */
function protectedSpans(sentence: string, facts: readonly AgreementFact[]): Span[] {
  const out: Span[] = facts.flatMap((f) => (f.context.keyInSentence ? [{ start: f.context.keyInSentence.start, end: f.context.keyInSentence.end }] : []));
  for (const m of sentence.matchAll(/《[^《》]*》|“[^“”]*”/gu)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * The items of a clause's text before an open list's closer, from the right: split at 、 (and between two quotations or
 * titles), the last part at a 和/及/与/以及 too; never inside a name, a title or a quotation. Undefined when the first
 * item's start cannot be told.
 */
function itemsBefore(sentence: string, from: number, to: number, guarded: readonly Span[]): Span[] | undefined {
  const inside = (k: number) => guarded.some((g) => g.start < k && k < g.end);
  const cuts: Span[] = [];
  for (let k = from; k < to; k++) {
    if ((sentence.startsWith("”“", k) || sentence.startsWith("》《", k)) && !inside(k + 1)) cuts.push({ start: k + 1, end: k + 1 });
    else if (sentence[k] === "、" && !inside(k)) cuts.push({ start: k, end: k + 1 });
  }
  const parts: Span[] = [];
  let at = from;
  for (const c of cuts) {
    parts.push({ start: at, end: c.start });
    at = c.end;
  }
  parts.push({ start: at, end: to });
  // "甲、乙和丙": the last part joined by a conjunction outside any name; elsewhere, or with no 、 before, only a
  // conjunction between two names ("签署了《甲》和《乙》《丙》等")
  const between = (at: number, len: number) => guarded.some((g) => g.end === at) && guarded.some((g) => g.start === at + len);
  const split = parts.flatMap((part, i) => {
    const text = sentence.slice(part.start, part.end);
    const join = [...text.matchAll(/以及|和|及|与/gu)].find((m) => {
      const at = part.start + m.index!;
      const right = text.slice(m.index! + m[0].length);
      // (a short word ending as the one before it is the other half of a compound: "甲乙公路和铁路")
      const compound = right.length <= 2 && right.slice(-1) === text.slice(m.index! - 1, m.index!);
      return !inside(at) && m.index! >= 2 && right.length >= 2 && !compound && ((i > 0 && i === parts.length - 1) || between(at, m[0].length));
    });
    return join ? [{ start: part.start, end: part.start + join.index! }, { start: part.start + join.index! + join[0].length, end: part.end }] : [part];
  });
  parts.splice(0, parts.length, ...split);
  // the first item: a name or a quotation the part ends on, or what follows its lead word
  const first = parts[0]!;
  const ending = guarded.filter((g) => g.end === first.end && g.start >= first.start).sort((a, b) => a.start - b.start)[0];
  const lead = LEAD.exec(sentence.slice(first.start, first.end));
  if (ending) {
    if (CUT_BEFORE.test(sentence.slice(first.start, ending.start))) return undefined;
    // (a name the extractor read with the clause's verb: "两国建有甲对话")
    const verb = HOLDING_VERB.exec(sentence.slice(ending.start, ending.end));
    first.start = verb ? ending.start + verb.index + verb[0].length : ending.start;
  } else if (lead) first.start += lead.index + lead[0].length;
  // (a part opening the clause is an item only when short and plain: "中俄两国互办的国家年" is a phrase)
  else if (first.start !== from || first.end - first.start > 10 || sentence.slice(first.start, first.end).includes("的")) return undefined;
  return parts;
}

function statedCount(after: string): number | undefined {
  const m = COUNT_AFTER.exec(after);
  if (!m) return undefined;
  return /^\d+$/u.test(m[1]!) ? Number(m[1]) : m[1] === "两" ? 2 : NUMERALS.indexOf(m[1]!) + 1 || undefined;
}

/**
 * The lists a sentence leaves open that name one of its agreements as an item: one to six items before 等 (with no
 * count after it equal to the items shown: "甲、乙等两个机制" is closed), 为代表, 在内 or 之类, each a short name.
 */
export function openListsIn(sentence: string, facts: readonly AgreementFact[]): OpenList[] {
  const guarded = protectedSpans(sentence, facts);
  const out: OpenList[] = [];
  for (const m of sentence.matchAll(OPEN_CLOSER)) {
    const to = m.index!;
    let from = to;
    while (from > 0 && !CLAUSE_END.test(sentence[from - 1]!)) from--;
    // a list of examples opens on its own word ("符合包括甲在内的……", "以甲、乙为代表的……")
    const opening = m[0] === "在内" ? /包括|包含/gu : m[0] === "为代表" ? /以/gu : undefined;
    const opened = opening ? [...sentence.slice(from, to).matchAll(opening)].pop() : undefined;
    if (opened) from += opened.index! + opened[0].length;
    const parts = itemsBefore(sentence, from, to, guarded);
    if (!parts || parts.length > 6) continue;
    const items = parts.map((p) => sentence.slice(p.start, p.end).replace(/^“([^“”]*)”$/u, "$1"));
    if (items.some((i) => i.length < 2 || i.replace(/《[^》]*》/gu, "《》").length > 24)) continue;
    const n = statedCount(sentence.slice(to));
    if (n !== undefined && n <= items.length) continue;
    // (a name's key may leave out the title's or the quotation's marks around it)
    // (or the first item with the verb it took in: "两国建有甲对话")
    const isItem = (k: Span, p: Span) =>
      (k.start === p.start && k.end === p.end) || (k.start === p.start + 1 && k.end === p.end - 1 && /^[《“]$/u.test(sentence[p.start]!)) || (p === parts[0] && k.start < p.start && k.end === p.end);
    const named = facts.filter((f) => f.context.keyInSentence && parts.some((p) => isItem(f.context.keyInSentence!, p)) && usableAgreement(f));
    if (named.length === 0) continue;
    out.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, items, facts: named });
  }
  return out;
}

/**
 * Names the corpus gives of the kind of a list's names (the same category and last character, the same last two first),
 * that the document never writes; no level of a partnership ("重要合作伙伴关系"), which names no one.
 */
function sameKindElsewhere(ctx: GenContext, list: OpenList): [string[], string[]] {
  const heads = new Set(list.items.map((i) => unwrap(i).slice(-2)));
  const lasts = new Set([...heads].map((h) => h.slice(-1)));
  const categories = new Set(list.facts.map((f) => f.value.category));
  const documentId = list.facts[0]!.documentId;
  const docText = fold(ctx.docs.get(documentId)?.text ?? "");
  const names = ctx.agreements
    .filter((g) => g.documentId !== documentId && g.value.category !== "partnership" && categories.has(g.value.category) && usableAgreement(g))
    .map((g) => unwrap(g.value.name))
    .filter((n) => n.length >= 2 && lasts.has(n.slice(-1)) && !docText.includes(fold(n)));
  return [uniqueFolded(names.filter((n) => heads.has(n.slice(-2)))), uniqueFolded(names.filter((n) => !heads.has(n.slice(-2))))];
}

export function buildOpenListQuestions(ctx: GenContext): Draft[] {
  const bySentence = new Map<string, AgreementFact[]>();
  for (const f of ctx.agreements) {
    const k = `${f.documentId}\u0000${f.context.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(f);
    else bySentence.set(k, [f]);
  }
  const out: Draft[] = [];
  for (const facts of bySentence.values()) {
    const sentence = facts[0]!.context.sentence;
    for (const list of openListsIn(sentence, facts)) {
      const { items } = list;
      if (new Set(items.map(fold)).size !== items.length) continue;
      const first = list.facts[0]!;
      // an enumeration the extractor read from the same list is tested by the same questions
      const listed = new Set(items.map((i) => fold(unwrap(i))));
      const enumerations = ctx.concepts.filter(
        (g) => g.documentId === first.documentId && g.context.sentence === sentence && (g.value.items ?? []).length >= 2 && (g.value.items ?? []).every((i) => listed.has(fold(unwrap(i)))),
      );
      let alsoTested: typeof enumerations = enumerations;
      // (the shortest passage that reads whole: a long list widens the window past what the blank needs)
      const needle = sentence.slice(list.start, list.end);
      const bp = [90, 120].map((n) => blankedPassage(ctx, first, needle, BLANK, n, { ownLine: true })).find((p) => p && !p.dangling);
      if (!bp) continue;
      const tags = [...new Set(["agreement", ...list.facts.map((f) => f.value.category)])];
      const flags = bp.prepended ? ["context-prepended"] : [];
      // (names as the text writes them: a list of titles keeps its 《》, and so do the names offered against it)
      const titled = items.every((i) => /^《[^《》]+》$/u.test(i));
      const [alike, akin] = sameKindElsewhere(ctx, list).map((ns) => ns.map((n) => (titled ? `《${n}》` : n)));
      for (const f of list.facts) {
        const item = items.find((i) => fold(unwrap(i)) === fold(unwrap(f.value.name)));
        if (!item) continue;
        const seed = seedFor("open-list-example", [f]);
        const ds = pickDistractors([...byLength(alike!, item), ...byLength(akin!, item)], items, 3, seed, { window: 3 });
        if (!ds) continue;
        out.push(
          draft(ctx, {
            type: "mcq",
            variant: "open-list-example",
            facts: [f, ...alsoTested],
            prompt: `阅读原文，括号处原文举出的例子中有下列哪一项？${bp.text}`,
            options: shuffled([item, ...ds], seed),
            answer: item,
            explanation: explain(ctx, f, `括号处原文为：${items.join("、")}。`),
            tags,
            flags,
          }),
        );
        alsoTested = [];
      }
      // (the list asked whole, kept only for a fact no other question tests: with no names to offer, or its mcq dropped)
      {
        out.push(
          draft(ctx, {
            type: "flashcard",
            variant: "open-list-card",
            facts: [...list.facts, ...enumerations],
            prompt: bp.text,
            front: `${bp.text}\n括号处原文列举了哪些内容？`,
            back: items.join("、"),
            explanation: explain(ctx, first, ""),
            tags,
            flags: [...flags, LAST_RESORT],
          }),
        );
      }
    }
  }
  return out;
}
