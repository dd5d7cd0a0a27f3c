/** Questions on concepts: enumerations (multi, "which is not"), definitions, slogans and principles. */
import { BLANK, blankedPassage, CLOZE_BLANK, explain, passageOf } from "../context";
import { byLength, pickDistractors, uniqueFolded } from "../distractors";
import { shuffle } from "../hash";
import type { ConceptFact, Draft, GenContext } from "../model";
import { cjkLength, countOf, escapeRegExp, fold, nearDuplicate, similarity, unwrap } from "../text";
import { balanced, draft, foreignPair, quoteTerm, seedFor, shuffled } from "./common";
import { phraseCounts } from "./set-phrases";
import { openListBlank } from "../open-list";
import { LAST_RESORT } from "./last-resort";
import { bearerAsksInQuizzes, buildBearerQuestions } from "./label-bearer";

function termOf(f: ConceptFact): string {
  return unwrap(f.value.term);
}

/** Head nouns too generic to name a concept on their own (a generic word list). */
export const GENERIC_TERMS = new Set(["原则", "理念", "目标", "内容", "精神", "方向", "领域", "措施", "举措", "任务", "方面", "要求", "特征", "原因", "路径", "重点", "问题", "挑战", "成果", "观念", "主张", "倡议", "关系", "伙伴关系", "模式", "格局", "体系", "合作", "机制", "共同体", "身份", "认同"]);

/** A term fit to be named in a question: specific, short, balanced, no dangling start. */
export function usableTerm(f: ConceptFact): string | undefined {
  const t = termOf(f).trim();
  if (t.length < 2 || t.length > 16 || !balanced(t) || /[“”‘’"《》]/u.test(t)) return undefined;
  if (/^(?:这|该|此|其|上述|以上)/u.test(t)) return undefined;
  if (GENERIC_TERMS.has(t)) return undefined;
  // a bare count of a generic word ("三方面", "两个层面") names nothing to ask by
  if (/^[一二三四五六七八九十两\d]+个?(?:方面|层面|点|条|项|个|部分)$/u.test(t)) return undefined;
  if (!plausibleTerm(t) || verbCutIntoTerm(t)) return undefined;
  return t;
}

/**
 * For a generic head noun ("……的原则"), the clause around the enumeration with the items
 * taken out: "两国始终秉持的原则". Undefined when that does not read as a noun phrase.
 */
function describedTerm(f: ConceptFact): string | undefined {
  const term = termOf(f).trim();
  const key = f.context.keyInSentence;
  if (!key || !term) return undefined;
  const s = f.context.sentence;
  const stops = "，。；：！？,;:!?";
  let a = key.start;
  while (a > 0 && !stops.includes(s[a - 1]!)) a--;
  let b = key.end;
  while (b < s.length && !stops.includes(s[b]!)) b++;
  let before = s.slice(a, key.start).replace(/[“‘「]$/u, "");
  let after = s.slice(key.end, b).replace(/^[”’」]/u, "");
  after = after.replace(/^等/u, "");
  if (!after.startsWith("的")) return undefined;
  before = before.replace(/^(?:此外|同时|因此|而且|并且)/u, "");
  const phrase = `${before}${after}`.trim();
  if (!phrase.endsWith(term) || phrase.length < term.length + 4 || phrase.length > 36) return undefined;
  if (/^(?:这|该|此|其|上述|以上|它|他们)/u.test(phrase) || !balanced(phrase)) return undefined;
  return phrase;
}

function itemsOf(f: ConceptFact): string[] {
  return uniqueFolded(withoutLeadVerb((f.value.items ?? []).map((i) => unwrap(i).trim())).filter((i) => i.length >= 2));
}

/**
 * A list whose first item took the verb before the list ("成为甲之海、乙之海、丙之海" → "成为甲之海"): the verb is the
 * sentence's, not the item's, when no other item has it.
 */
export function withoutLeadVerb(items: readonly string[]): string[] {
  const m = /^(?:建设成为|建成为|打造成为|成为|建成|打造成)(?=[\u3400-\u9fff]{2})/u.exec(items[0] ?? "");
  if (m && items.length >= 2 && !items.slice(1).some((i) => i.startsWith(m[0]))) return [items[0]!.slice(m[0].length), ...items.slice(1)];
  // "挖掘甲、乙、丙三大领域合作潜力": a verb governing the whole list taken into its first item, when no other
  // item opens on a verb of the kind
  const v = DISTRIBUTED_VERB.exec(items[0] ?? "");
  if (v && items.length >= 3 && !items.slice(1).some((i) => DISTRIBUTED_VERB.test(i))) return [items[0]!.slice(v[0].length), ...items.slice(1)];
  return [...items];
}

/**
 * Items cut inside the word they all open with ("不同甲、不同乙、不同丙" read as 不 + "同甲", "同乙", "同丙"): every item
 * opens on the same character and stands in the sentence after the same character, not a mark. Blanking one leaves
 * half a word before the blank ("不（    ）").
 */
export function cutInsideWord(sentence: string, items: readonly string[]): boolean {
  if (items.length < 2) return false;
  const first = items[0]![0]!;
  if (!/[\u3400-\u9fff]/u.test(first) || items.some((i) => i[0] !== first)) return false;
  const before = new Set<string>();
  for (const i of items) {
    const at = sentence.indexOf(i);
    if (at <= 0) return false;
    before.add(sentence[at - 1]!);
  }
  // (a repeated word before each item, "一是坚持甲，二是坚持乙", "的两大甲、的两大乙", ends on a function character or a verb of its own)
  return before.size === 1 && /[\u3400-\u9fff]/u.test([...before][0]!) && !/[是的和与及或为在对有把将以了着于向同]/u.test([...before][0]!);
}

/** Verbs written once before a list of nouns they all govern (a generic word list). */
const DISTRIBUTED_VERB = /^(?:挖掘|发掘|开拓|拓展|聚焦|围绕|加强|深化|推动|推进|促进|扩大|巩固|涵盖|涉及|包括|重点发展)(?=[\u3400-\u9fff]{2})/u;

/**
 * Items fit for options: short, whole (no sentence punctuation, no leftover function word)
 * and, in a list of equal-length idioms, of that length (one short item is a cut word).
 */
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count a term announces ("三个原则" → 3, "五大领域" → 5), when it announces one. */
function announcedCount(f: ConceptFact): number | undefined {
  if (f.value.count) return f.value.count;
  const m = /^([一二两三四五六七八九十])(?:个|大|点|项|条|种|方面|要|化|心|廊|路)/u.exec(termOf(f));
  return m ? NUMERALS[m[1]!] : undefined;
}

/** The enumeration is whole: as many items as its term announces. */
function complete(f: ConceptFact): boolean {
  const n = announcedCount(f);
  return n === undefined || n === itemsOf(f).length;
}

export function itemsFitForOptions(items: readonly string[]): boolean {
  if (items.length < 2) return false;
  if (items.some((i) => i.length > 12 || /[。，；：！？、“”‘’《》]/u.test(i) || !plausibleTerm(i))) return false;
  const shortest = Math.min(...items.map((i) => i.length));
  const longest = Math.max(...items.map((i) => i.length));
  if (longest > 3 * shortest) return false; // "殖民" next to "一些发达国家通过战争": pieces of a sentence
  const lens = items.map((i) => i.length);
  const mode = lens.sort((a, b) => lens.filter((x) => x === b).length - lens.filter((x) => x === a).length)[0]!;
  const odd = items.filter((i) => i.length !== mode);
  if (mode >= 4 && odd.length === 1 && odd[0]!.length === mode - 1) return false;
  // "……格局、……格局、……格局和更广范围": the last item cut before the head all the others end on
  if (items.length >= 3) {
    const tail = items[0]!.slice(-2);
    const last = items[items.length - 1]!;
    if (cjkLength(tail) === 2 && items.slice(0, -1).every((i) => i.endsWith(tail) && i.length > tail.length + 1) && !last.endsWith(tail) && !last.endsWith(tail.slice(-1))) return false;
  }
  // "发展优先" next to "坚持普惠包容", "坚持创新驱动": the shared word was cut from one item
  if (items.length >= 3) {
    const heads = new Map<string, number>();
    for (const i of items) heads.set(i.slice(0, 2), (heads.get(i.slice(0, 2)) ?? 0) + 1);
    const [head, n] = [...heads.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (n >= items.length - 1 && n < items.length && n >= 2 && items.some((i) => !i.startsWith(head) && items.some((j) => j === head + i))) return false;
    if (n === items.length - 1 && n >= 2 && /^(?:坚持|推动|加强|促进|深化|共同|实现|构建|建设|维护|推进)$/u.test(head)) return false;
  }
  return true;
}

/** Facts about the same concept (same term), whose items are all true for it. */
const sameCache = new WeakMap<GenContext, Map<ConceptFact, ConceptFact[]>>();
function sameConcept(ctx: GenContext, f: ConceptFact): ConceptFact[] {
  let cache = sameCache.get(ctx);
  if (!cache) sameCache.set(ctx, (cache = new Map()));
  const hit = cache.get(f);
  if (hit) return hit;
  const t = fold(termOf(f));
  const out = ctx.concepts.filter((g) => g === f || fold(termOf(g)) === t || (t.length >= 4 && similarity(termOf(g), termOf(f)) >= 0.8));
  cache.set(f, out);
  return out;
}

/** Bare generic nouns left when a list was cut from its modifiers ("多主体、宽领域"): never distractors. */
const GENERIC_ITEMS = new Set(["主体", "领域", "层次", "方面", "内容", "形式", "方式", "水平", "渠道", "环节", "机制", "平台", "体系", "范围", "规模", "部门", "地区", "国家", "项目", "问题"]);

/**
 * Heads whose modifier makes a kind of its own (a generic word list): a community "of shared
 * future" is a concept, an "economic" community an organisation, a "security" community a goal.
 */
const KIND_HEADS = ["共同体"];

/** Two terms of the same kind as far as their heads tell: same head, same two characters before it. */
export function sameKindHead(a: string, b: string): boolean {
  return KIND_HEADS.every((h) => {
    const x = a.endsWith(h);
    const y = b.endsWith(h);
    if (x !== y) return false;
    return !x || a.slice(-h.length - 2, -h.length) === b.slice(-h.length - 2, -h.length);
  });
}

/**
 * The count a counted label opens with ("六个坚持" → "六") when the passage states it
 * ("……六项原则，即“（    ）”"): then only labels with that count are distractors.
 */
export function countedIn(term: string, passage: string): string | undefined {
  const m = /^([一二两三四五六七八九十])(?:个|大|点|项|条|种|方面|要|位|重)/u.exec(term);
  if (!m) return undefined;
  return new RegExp(`${m[1]}(?:个|大|点|项|条|种|方面|要|位|重)`, "u").test(passage) ? m[1] : undefined;
}

/** Verbs of opposing something (a generic list). */
const OPPOSE = "(?:反对|打击|抵制|遏制|防范|铲除|根除|消除|谴责|对抗|抵御|摒弃|反|防止|制止)";

const opposedCache = new WeakMap<GenContext, Set<string>>();
/**
 * Terms and items the corpus writes as the object of 反对/打击/抵制 … ("打击甲、乙和丙"): things the
 * documents oppose, folded.
 */
export function opposedTerms(ctx: GenContext): Set<string> {
  let out = opposedCache.get(ctx);
  if (out) return out;
  out = new Set<string>();
  for (const g of ctx.concepts) {
    const s = g.context.sentence;
    for (const t of [termOf(g), ...itemsOf(g)]) {
      if (t.length < 2) continue;
      const esc = escapeRegExp(t);
      if (new RegExp(`${OPPOSE}[^，。；！？]{0,14}${esc}|(?:不|不得|禁止|避免)${esc}`, "u").test(s)) out.add(fold(t));
    }
  }
  opposedCache.set(ctx, out);
  return out;
}

/** A term that reads as a name or slogan, not a cut-out piece of a sentence. */
/**
 * The definition the sentence states with a copula right after the term ("X是……", "X即……", "X指……"),
 * not a predicate about it ("X干扰了……").
 */
export function statedDefinition(f: ConceptFact): string | undefined {
  const def = f.value.definition?.trim();
  if (!def) return undefined;
  const s = f.context.sentence;
  const d = s.indexOf(def);
  const t = termSpanBefore(s, termOf(f), d);
  if (d < 0 || !t) return undefined;
  const between = s.slice(t.end, d);
  // "X是……", "X即……", and with a comma after the term only for a gloss ("X，即……", "所谓X，是指……")
  const direct = /^[”’」]?\s*(?:是|即|指|是指|就是|即是|意为|意指|意味着|系)\s*[“]?$/u.test(between);
  // the comma form only with the whole gloss (to the end of the sentence): a gloss cut at its
  // first comma ("是指在确定……时") reads as no definition
  const glossed = /^[”’」]?\s*[，,]\s*(?:即|是指|指的是|意为|意指)\s*[“]?$/u.test(between) && /^[”」]?[。；！]?$/u.test(s.slice(d + def.length));
  if (!direct && !glossed) return undefined;
  if (/(?:但|却|并没有|没有)/u.test(def)) return undefined;
  return def;
}

/**
 * The last place of `term` in `s` before `before`, read through quotation marks inside it
 * ("“甲乙”定位" for the term "甲乙定位").
 */
export function termSpanBefore(s: string, term: string, before: number): { start: number; end: number } | undefined {
  if (!term) return undefined;
  const limit = before < 0 ? s.length : before;
  const plain = s.lastIndexOf(term, limit);
  if (plain >= 0) return { start: plain, end: plain + term.length };
  const re = new RegExp([...term].map(escapeRegExp).join("[“”‘’]?"), "gu");
  let found: { start: number; end: number } | undefined;
  for (const m of s.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (m.index! <= limit) found = { start: m.index!, end: s[end] === "”" || s[end] === "’" ? end + 1 : end };
  }
  return found;
}

/**
 * Whether the sentence gives the meaning of the term ("X是指……", "所谓X，即……") rather than
 * saying what it is or does ("互助是……的行为价值", "睦邻友好是……的基石"): only a meaning
 * answers "什么是X？".
 */
export function meaningStated(f: ConceptFact): boolean {
  const def = statedDefinition(f);
  if (!def) return false;
  const s = f.context.sentence;
  const d = s.indexOf(def);
  const t = termSpanBefore(s, termOf(f), d)!;
  const between = s.slice(t.end, d);
  return /(?:即|指|意为|意指)/u.test(between) || /所谓\s*[“]?$/u.test(s.slice(0, t.start));
}

/**
 * A verb (with its 更能/还将) cut into a term before a noun phrase ("助力甲乙共同体", "更能夯实……关系",
 * "锚定……目标"): the answer would be verb and term, not the term.
 */
export function verbCutIntoTerm(t: string): boolean {
  return /^(?:更能|更加|更好地?|还能|也能|还将|也将|必将|将会|助力|助推|夯实|巩固|筑牢|深化|加强|促进|赋能|引领|护航|惠及|造福|服务于?|锚定|朝着|向着|迈向|走向)(?=[\u3400-\u9fff“"—]{4,})/u.test(t);
}

export function plausibleTerm(t: string): boolean {
  // a verb or preposition cut into the term ("朝着……共同体", "锚定……目标")
  if (/^(?:朝着|朝|向着|锚定|围绕|按照|构建|推动|打造|建设|建立|实现|迈向|走向|携手|共建|致力于|推进|为了|作为)/u.test(t)) return false;
  if (/^(?:而|但|并|且|是|的|在|将|以(?![人和])|和(?![平谐睦衷])|与|或|也|就|则|即|从|对(?![话外等接])|把|被|让|使)/u.test(t)) return false;
  if (/(?:以下|如下|下列|上述|这些|那些)/u.test(t)) return false;
  if (/(?:的|了|和|与|在|是|将|把|被)$/u.test(t)) return false;
  return balanced(t);
}

/** Longest common prefix of all items (e.g. "坚持", "互"). */
function commonPrefix(items: readonly string[]): string {
  if (items.length === 0) return "";
  let p = items[0]!;
  for (const it of items) while (!it.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Longest common suffix of all items (e.g. "……之路"). */
function commonSuffix(items: readonly string[]): string {
  const rev = (x: string) => [...x].reverse().join("");
  return rev(commonPrefix(items.map(rev)));
}

/**
 * Items of other enumerations that could pass for items of this one: same prefix when
 * the items share one, similar length; never an item (or a near copy) of the same concept.
 */
/** Words that oppose what follows them ("反对", "不", "打击"): put before another list's item, they say its reverse. */
const NEGATING = /^(?:不(?!断)|非|无|反对|禁止|防止|打击)/u;

export function itemDistractorPool(ctx: GenContext, f: ConceptFact, passage: string): { pool: string[]; alsoTrue: string[] } {
  const items = itemsOf(f);
  const trueItems = uniqueFolded(sameConcept(ctx, f).flatMap(itemsOf));
  const prefix = commonPrefix(items);
  const suffix = commonSuffix(items);
  const avg = items.reduce((n, i) => n + i.length, 0) / Math.max(items.length, 1);
  const sameLength = items.length >= 3 && items.every((i) => i.length === items[0]!.length);
  const cands: string[] = [];
  // items with no shared word of their own ("高标准、可持续、惠民生") are only matched by lists
  // under the same head ("……的目标" against "……的目标"), or any three-character word would do
  // (four-character phrases, "平等协商、开放包容", pass for one another whatever their list)
  const unmarked = prefix.length < 2 && suffix.length < 2 && !(sameLength && items[0]!.length === 4);
  const head = (g: ConceptFact) => (usableTerm(g) ?? describedTerm(g) ?? termOf(g)).slice(-2);
  const opposed = opposedTerms(ctx);
  for (const g of ctx.concepts) {
    if (sameConcept(ctx, f).includes(g)) continue;
    if (unmarked && head(g) !== head(f)) continue;
    const own = itemsOf(g);
    // items of a badly cut list, or of a list with no proper name, make bad distractors
    if (!itemsFitForOptions(own) || !(usableTerm(g) || describedTerm(g))) continue;
    const gp = commonPrefix(own);
    // items of a negated list ("不甲、不乙") lose their 不 below and would say the opposite
    if (gp !== prefix && /^(?:不|非|无|反|禁止|防止|反对|打击)/u.test(gp)) continue;
    // items of a list with a head word of their own ("甲之路", "乙之路") are kinds of that head:
    // only distractors for a list with the same head
    const gs = commonSuffix(own);
    if (gs.length >= 2 && gs !== suffix) continue;
    for (const raw of own) {
      // items of a prefixed list ("坚持甲乙") offered against a list without that prefix lose it ("甲乙");
      // against a list with a prefix of two or more characters, they take it on only as a phrase of four characters
      // or more from a list of no shared word ("坚持睦邻友好"): another verb's item ("反对联合自强" from 坚持联合自强),
      // an item cut from its 比 ("相互山高") or a bare field ("坚持气候") reads as made up
      let it = gp && gp !== prefix ? raw.slice(gp.length) : raw;
      if (prefix.length >= 2 && !it.startsWith(prefix)) {
        // (never a word of opposing: "反对不干涉内政" says the reverse of a principle)
        if (gp || it.length < 4 || NEGATING.test(prefix)) continue;
        it = prefix + it;
      }
      if (it.length < 2) continue;
      if (trueItems.some((t) => nearDuplicate(t, it) || fold(t).includes(fold(it)) || fold(it).includes(fold(t)))) continue;
      if (passage.includes(it)) continue;
      if (prefix && !it.startsWith(prefix)) continue;
      // items sharing a head word ("甲之路", "乙之路") only against items with that head
      if (suffix.length >= 2 && !it.endsWith(suffix)) continue;
      if (fold(passage).includes(fold(it))) continue;
      if (sameLength && it.length !== items[0]!.length) continue;
      if (Math.abs(it.length - avg) > Math.max(1, avg * 0.4)) continue;
      if (it.length > 12 || /[。，；：！？“”《》]/u.test(it) || !plausibleTerm(it) || GENERIC_ITEMS.has(it)) continue;
      // what the documents oppose ("不干涉内政") is no item of what they uphold
      if (opposed.has(fold(it)) || opposed.has(fold(raw))) continue;
      cands.push(it);
    }
  }
  return { pool: byLength(uniqueFolded(cands), items[0] ?? ""), alsoTrue: trueItems };
}

/** Whether the sentence writes the items as modifiers of the term: "……甲、乙、丙的X". */
function attributiveList(f: ConceptFact, items: readonly string[], term: string): boolean {
  const last = items[items.length - 1]!;
  const s = f.context.sentence;
  for (let at = s.indexOf(last); at >= 0; at = s.indexOf(last, at + 1)) {
    const after = s.slice(at + last.length).replace(/^[”"’]/u, "");
    if (after.startsWith(`的${term}`) || after.startsWith(`的“${term}`)) return true;
  }
  return false;
}

/**
 * The fact's sentence with its whole list blanked, when the list is written out in one piece
 * ("推动甲、乙、丙，……" → "推动（    ），……"); undefined when it is not.
 */
function listBlank(ctx: GenContext, f: ConceptFact, items: readonly string[]) {
  const p = passageOf(ctx, f);
  if (p.dangling) return undefined;
  const text = p.text;
  // the first place where the items stand one after another, with only separators
  // (、 ， 和 与 及 以及 quotes) between them
  const run = (first: number): number | undefined => {
    let end = first;
    for (const it of items) {
      const at = text.indexOf(it, end);
      if (at < 0) return undefined;
      if (at > end && !/^[、，,和与及以及“”"\s]*$/u.test(text.slice(end, at))) return undefined;
      end = at + it.length;
    }
    return end;
  };
  let first = text.indexOf(items[0]!);
  let end: number | undefined;
  while (first >= 0 && (end = run(first)) === undefined) first = text.indexOf(items[0]!, first + 1);
  if (first < 0 || end === undefined) return undefined;
  // a closing quote after the list belongs to it; the list must appear once
  let start = first;
  if (text[start - 1] === "“" && text[end] === "”") {
    start--;
    end++;
  }
  const needle = text.slice(start, end);
  if (text.indexOf(needle, start + 1) >= 0) return undefined;
  return blankedPassage(ctx, f, needle, BLANK, 110, { ownLine: true });
}

/** Characters a list may stand right after: a mark, or a verb or preposition that takes the list ("涉及", "在", "确定了"). */
const BEFORE_LIST = /[^\u3400-\u9fff]|[及盖在了括含就于为以与同对是有设和向到从由将把展进化强动]/u;

/** Whether each item stands in the sentence as a whole word: not the end of a longer one ("海岸带" read as "岸带"). */
function wholeItems(sentence: string, items: readonly string[]): boolean {
  return items.every((i) => {
    const at = sentence.indexOf(i);
    return at <= 0 || BEFORE_LIST.test(sentence[at - 1]!);
  });
}

const listsByHeadCache = new WeakMap<GenContext, Map<string, ConceptFact[]>>();

/** The corpus's lists whose items are fit for options and stand as whole words, by their term's last two characters (read once per context). */
function listsByHead(ctx: GenContext): Map<string, ConceptFact[]> {
  let out = listsByHeadCache.get(ctx);
  if (!out) {
    out = new Map();
    for (const g of ctx.concepts) {
      if (!itemsFitForOptions(itemsOf(g)) || !wholeItems(g.context.sentence, itemsOf(g))) continue;
      const head = termOf(g).slice(-2);
      const list = out.get(head);
      if (list) list.push(g);
      else out.set(head, [g]);
    }
    listsByHeadCache.set(ctx, out);
  }
  return out;
}

/**
 * An open list ("在甲、乙、丙等领域") asked by one of its examples: the list blanked, one item offered against items of
 * lists under the same head ("……领域") in other documents that this document never writes.
 */
function openListExample(ctx: GenContext, f: ConceptFact, items: readonly string[], lb: { text: string; prepended?: boolean }): Draft[] {
  const head = termOf(f).slice(-2);
  if (cjkLength(head) < 2 || items.length < 2 || !wholeItems(f.context.sentence, items)) return [];
  // "甲、乙、丙等三个方面": a count no larger than the items shown closes the list
  const count = /（\s*）[”"]?等(?:等)?([一二两三四五六七八九十\d]{1,2})(?:个|项|大|类|种|条|方面|领域)/u.exec(lb.text);
  if (count) {
    const n = countOf(`${count[1]}个`);
    if (n > 0 && n <= items.length) return [];
  }
  const docText = fold(ctx.docs.get(f.documentId)?.text ?? "");
  const shares = (a: string, b: string) => [...Array(Math.max(0, a.length - 1)).keys()].some((k) => b.includes(a.slice(k, k + 2)));
  const cands = (listsByHead(ctx).get(head) ?? [])
    .filter((g) => g.documentId !== f.documentId)
    .flatMap(itemsOf)
    // (an item left with a word of the sentence after it, "某某为", is no name; one sharing a word with an item overlaps it)
    .filter((i) => !/[为这那的了和与及等其]$/u.test(i))
    .filter((i) => !docText.includes(fold(i)) && !items.some((t) => nearDuplicate(t, i) || fold(t).includes(fold(i)) || fold(i).includes(fold(t)) || shares(t, i)));
  // (a passage that opens on a referent says not what it is; a section number or an editor's label before it is furniture)
  const shown = lb.text.replace(/^(?:[（(][一二三四五六七八九十\d]{1,4}[）)]|编者按[：:])\s*/u, "");
  if (/^(?:……)?(?:这|该|此|其|上述)/u.test(shown)) return [];
  const seed = seedFor("open-list-concept", [f]);
  const item = shuffle(items, seed)[0]!;
  const ds = pickDistractors(byLength(uniqueFolded(cands), item), items, 3, seed, { window: 3 });
  if (!ds) return [];
  return [
    draft(ctx, {
      type: "mcq",
      variant: "open-list-concept",
      facts: [f],
      prompt: `阅读原文，括号处原文举出的例子中有下列哪一项？${shown}`,
      options: shuffled([item, ...ds], seed),
      answer: item,
      explanation: explain(ctx, f, `括号处原文为：${items.join("、")}。`),
      tags: ["concept", f.value.category],
      flags: lb.prepended ? ["context-prepended"] : [],
    }),
  ];
}

/** Documents whose text holds each count-name asked about, computed once per context. */
const countNameDocs = new WeakMap<GenContext, Map<string, number>>();

/**
 * A count-name ("三大支柱", "五点主张") that stands in more than one document of the corpus: asked
 * alone ("“三大支柱”包括哪些内容？") it names no subject, and the reader cannot tell whose it is.
 */
export function sharedCountName(ctx: GenContext, f: ConceptFact, term: string): boolean {
  if (!/^[一二两三四五六七八九十\d]+[大个点项条种]/u.test(term)) return false;
  let cache = countNameDocs.get(ctx);
  if (!cache) countNameDocs.set(ctx, (cache = new Map()));
  let n = cache.get(term);
  if (n === undefined) {
    n = 0;
    for (const ss of ctx.sentences.values()) if (ss.some((x) => x.text.includes(term))) n++;
    cache.set(term, n);
  }
  return n > 1 || ctx.concepts.some((g) => g.documentId !== f.documentId && usableTerm(g) === term);
}

const STOP = /[，。；：！？、,;:!?（）()\s]/u;

/** The characters around a term in its sentence. */
interface Frame {
  before: string;
  after: string;
}

/**
 * The frame a term stands in within its sentence: up to four characters before it and three after it, within its
 * clause (quotation marks kept). Undefined when the sentence does not hold the term.
 */
export function frameOf(f: ConceptFact, term: string): Frame | undefined {
  const s = f.context.sentence;
  const key = f.context.keyInSentence;
  const near = key ? s.indexOf(term, Math.max(0, key.start - 1)) : -1;
  const i = near >= 0 ? near : s.indexOf(term);
  if (i < 0) return undefined;
  let before = s.slice(Math.max(0, i - 4), i);
  for (let k = before.length - 1; k >= 0; k--) if (STOP.test(before[k]!)) { before = before.slice(k + 1); break; }
  let after = s.slice(i + term.length, i + term.length + 3);
  for (let k = 0; k < after.length; k++) if (STOP.test(after[k]!)) { after = after.slice(0, k); break; }
  return { before, after };
}

/** How often the corpus writes a string (counted once per run: every concept's blank asks of its frame). */
function corpusCount(ctx: GenContext, needle: string): number {
  return phraseCounts(ctx, needle).n;
}

/**
 * Whether the term is the set complement of the two characters before it (with its opening quote): the corpus writes
 * them with the term five times or more and in four places of five they stand ("高质量共赴“（    ）”"). Such a blank
 * is answered without the document.
 */
export function setPhrase(ctx: GenContext, f: ConceptFact, term: string, frame = frameOf(f, term)): boolean {
  const lead = frame && /[\u3400-\u9fff]{2}[“"‘]?$/u.exec(frame.before)?.[0];
  if (!lead) return false;
  const all = corpusCount(ctx, lead);
  const withTerm = corpusCount(ctx, `${lead}${term}`);
  return withTerm >= 5 && withTerm * 5 >= all * 4;
}

/**
 * Whether the document holds the term's frame with another filler ("树立了新型国际关系（    ）的典范" where the same
 * text also has "……关系甲的典范" and "……关系乙的典范"): the blank has more than one answer in the document.
 * The frame must hold three characters on one side and two on the other.
 */
export function frameRefilled(ctx: GenContext, f: ConceptFact, term: string, frame = frameOf(f, term)): boolean {
  const doc = ctx.docs.get(f.documentId);
  if (!frame || !doc) return false;
  const { before, after } = frame;
  const b = before.replace(/[“”"‘’]/gu, "").length;
  const a = after.replace(/[“”"‘’]/gu, "").length;
  if (Math.min(a, b) < 2 || Math.max(a, b) < 3) return false;
  const re = new RegExp(`${escapeRegExp(before)}([^，。；：！？、\n]{2,${term.length + 4}}?)${escapeRegExp(after)}`, "gu");
  return [...doc.text.matchAll(re)].some((m) => fold(m[1]!) !== fold(term) && !m[1]!.includes(term));
}

/**
 * Whether a term's blank in `shown` (its sentence with the blank) is answered by the phrasing, not the document: a set
 * phrase, a frame the document fills otherwise as well, or "“（    ）”的提出，……" (the subject of a proposal said of
 * nothing else, which any term proposed fits).
 */
export function termGivenAway(ctx: GenContext, f: ConceptFact, term: string, shown: string): boolean {
  if (/^[“"]?(?:_{2,}|（\s*）)[”"]?的提出/u.test(shown)) return true;
  const frame = frameOf(f, term);
  return !!frame && (setPhrase(ctx, f, term, frame) || frameRefilled(ctx, f, term, frame));
}

/** "规模与质量的关系", "发展和安全关系": a relation between two things, not a named relationship. */
export const PAIR_RELATION = /[与和同][\u3400-\u9fff]{1,6}的?关系$/u;

export function buildConceptQuestions(ctx: GenContext, f: ConceptFact): Draft[] {
  const out: Draft[] = [];
  const term = usableTerm(f);
  const items = itemsOf(f);
  const cat = f.value.category;
  const tags = ["concept", cat];
  const passage = passageOf(ctx, f);

  if (items.length >= 2) {
    const described = term ? undefined : describedTerm(f);
    // a bare count-name ("三大支柱") that another document also uses names no subject of its own
    const termQ = term && sharedCountName(ctx, f, term) ? undefined : term ? quoteTerm(term) : described;
    const { pool, alsoTrue } = itemDistractorPool(ctx, f, passage.text);
    const countWord = items.length;
    // multi: which of these belong to the term
    // a "term" that is only its items joined ("甲、乙、丙") asks nothing
    const termIsItems = term !== undefined && items.some((i) => fold(term).includes(fold(i)));
    // "甲、乙、丙的X": the items describe X rather than make it up; "X包括甲" would be wrong,
    // so such lists are asked on their sentence (below)
    const attributive = term !== undefined && attributiveList(f, items, term);
    if (termQ && !termIsItems && !attributive && itemsFitForOptions(items) && complete(f)) {
      const shownTrue = items.length <= 4 ? items : shuffle(items, seedFor("enum-multi-items", [f])).slice(0, 4);
      const nd = shownTrue.length <= 3 ? 2 : 2;
      const seed = seedFor("enum-multi", [f]);
      const ds = pickDistractors(pool, shownTrue, nd, seed, { alsoTrue });
      if (ds) {
        out.push(
          draft(ctx, {
            type: "multi",
            variant: "enum-multi",
            facts: [f],
            prompt: `根据原文，${termQ}包括下列哪几项？（多选）`,
            options: shuffled([...shownTrue, ...ds], seed),
            answer: items.filter((i) => shownTrue.includes(i)),
            explanation: explain(ctx, f, `${termQ}包括：${items.join("、")}。`),
            tags,
          }),
        );
      }
      // mcq: which one is not
      if (items.length >= 3) {
        const seed2 = seedFor("enum-not", [f]);
        const three = shuffle(items, `${seed2}|items`).slice(0, 3);
        const d1 = pickDistractors(pool, items, 1, seed2, { alsoTrue });
        if (d1) {
          out.push(
            draft(ctx, {
              type: "mcq",
              variant: "enum-not",
              facts: [f],
              prompt: `根据原文，下列哪一项不属于${termQ}？`,
              options: shuffled([...three, d1[0]!], seed2),
              answer: d1[0]!,
              explanation: explain(ctx, f, `“${d1[0]}”不在其中；${termQ}包括：${items.join("、")}。`),
              tags,
            }),
          );
        }
      }
      out.push(
        draft(ctx, {
          type: "flashcard",
          variant: "enum-card",
          facts: [f],
          prompt: `${termQ}包括哪${countWord > 10 ? "些" : "几项"}内容？`,
          front: `${termQ}包括哪些内容？`,
          back: items.join("、"),
          explanation: explain(ctx, f, ""),
          tags,
        }),
      );
    }
    // multi on the sentence itself when the list has no name to ask by: the whole list blanked
    const multiMade = out.some((d) => d.type === "multi");
    const fit = itemsFitForOptions(items);
    // (a quoted name among the items, "“某某”合作", is whole once its quotes are read off)
    const listable = !multiMade && items.length >= 2 && items.length <= 6;
    const lb = listable && (fit || itemsFitForOptions(items.map((i) => i.replace(/[“”]/gu, "")))) ? listBlank(ctx, f, items) : undefined;
    // (a list the text leaves open, "推动（    ）等领域合作", is no list to recall: asked whole only as a last resort)
    const open = !!lb && openListBlank(lb.text);
    // an open list is asked by one of its examples against the same kind's items of other documents
    if (lb && open) out.push(...openListExample(ctx, f, items, lb));
    if (listable && fit) {
      if (lb && (attributive || open)) {
        out.push(
          draft(ctx, {
            type: "flashcard",
            variant: "list-card",
            facts: [f],
            prompt: lb.text,
            front: `${lb.text}\n括号处原文列举了哪些内容？`,
            back: items.join("、"),
            explanation: explain(ctx, f, ""),
            tags,
            flags: open ? [LAST_RESORT] : [],
          }),
        );
      }
      if (lb && !open) {
        const seed = seedFor("list-multi", [f]);
        const ds = pickDistractors(pool, items, 2, seed, { alsoTrue });
        if (ds) {
          out.push(
            draft(ctx, {
              type: "multi",
              variant: "list-multi",
              facts: [f],
              prompt: `阅读原文，括号处列举的是下列哪几项？（多选）${lb.text}`,
              options: shuffled([...items, ...ds], seed),
              answer: items,
              explanation: explain(ctx, f, `括号处原文为：${items.join("、")}。`),
              tags,
              flags: lb.prepended ? ["context-prepended"] : [],
            }),
          );
        }
      }
    }

    // cloze: one item blanked in the sentence (none when the items are cut inside their word: the blank would split it)
    const seed3 = seedFor("enum-cloze", [f]);
    const clozeItems = cutInsideWord(f.context.sentence, items) ? [] : shuffle(items, seed3);
    for (const item of clozeItems) {
      if (cjkLength(item) < 2 || item.length > 8) continue;
      const bp = blankedPassage(ctx, f, item, CLOZE_BLANK, 110, { ownLine: true });
      if (!bp || bp.dangling) continue;
      out.push(
        draft(ctx, {
          type: "cloze",
          variant: "enum-cloze",
          facts: [f],
          prompt: `根据原文填空：${bp.text}`,
          answer: item,
          accepted: [item],
          blanked: item,
          explanation: explain(ctx, f, `空格处应填“${item}”。`),
          tags,
          flags: bp.prepended ? ["context-prepended"] : [],
        }),
      );
      break;
    }
  }

  // definitions: term ↔ definition
  const def = statedDefinition(f);
  if (term && def && def.length >= 6 && def.length <= 80 && !fold(def).includes(fold(term))) {
    const others = ctx.concepts
      .filter((g) => statedDefinition(g) && fold(termOf(g)) !== fold(term) && !sameConcept(ctx, f).includes(g))
      // (what another document says of a concept of another kind, a spirit against a positioning, is no choice a reader weighs)
      .filter((g) => g.documentId === f.documentId || termOf(g).slice(-2) === term.slice(-2))
      .map((g) => statedDefinition(g)!)
      .filter((d) => d.length >= 6 && d.length <= 80 && similarity(d, def) < 0.6);
    const seed = seedFor("def-mcq", [f]);
    const ds = pickDistractors(byLength(uniqueFolded(others), def), def, 3, seed);
    if (ds) {
      out.push(
        draft(ctx, {
          type: "mcq",
          variant: "def-mcq",
          facts: [f],
          prompt: `根据原文，下列对${quoteTerm(term)}的表述，正确的是哪一项？`,
          options: shuffled([def, ...ds], seed),
          answer: def,
          explanation: explain(ctx, f, `${quoteTerm(term)}：${def}。`),
          tags,
        }),
      );
    }
    // a statement about the term ("互助是……的行为价值") is asked as the statement, not as a meaning
    const ask = meaningStated(f) ? `什么是${quoteTerm(term)}？` : `根据原文，${quoteTerm(term)}是（    ）。\n括号中应是什么？`;
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "def-card",
        facts: [f],
        prompt: ask.split("\n")[0]!,
        front: ask,
        back: def,
        explanation: explain(ctx, f, ""),
        tags,
      }),
    );
  }

  // slogans, principles and other named terms: fill the term into its sentence
  if (term && items.length < 2 && !(def && out.length > 0)) {
    const bp = blankedPassage(ctx, f, term, BLANK, 100, { ownLine: true });
    // "甲与（    ）建设": the term may be the second half of a longer one cut at 与/和/同
    const cutAfterAnd = bp ? /[与和同及][“"]?（\s*）/u.test(bp.text) : false;
    // a set phrase ("共建“（    ）”") or a frame the document fills otherwise as well is no blank to ask
    if (bp && !bp.dangling && !cutAfterAnd && !termGivenAway(ctx, f, term, bp.text)) {
      const same = sameConcept(ctx, f).map(termOf);
      const others = ctx.concepts.filter((g) => !sameConcept(ctx, f).includes(g));
      const cands = [
        ...others.filter((g) => g.value.category === cat || (cat !== "definition" && g.value.category !== "definition")).map(termOf),
        // items of well-cut lists are names of the same grain ("甲之路" next to "乙之路")
        ...others.filter((g) => itemsFitForOptions(itemsOf(g))).flatMap(itemsOf),
      ]
        .filter((t) => t.length >= 2 && !bp.full.includes(t) && balanced(t) && plausibleTerm(t) && !GENERIC_TERMS.has(t) && !GENERIC_ITEMS.has(t))
        // a clause ("下一阶段需要处理好三对关系") is no name to offer
        .filter((t) => !/需要|应当|必须|应该|能够|可以/u.test(t))
        // a term cut with the verb or subject before it ("助力某某共同体", "双方朝着……") is no name either
        .filter((t) => !/^(?:双方|两国|各方|更能|更加|助力|朝着|夯实|推动|构建|打造|共建|加强|深化|促进|实现|迈向|走向)/u.test(t));
      // distractors of the same kind: same head word ("……精神" against "……精神") first
      // (a whole head word: one shared character, "……国" next to "……国", makes no kind)
      const tail2 = term.slice(-2);
      const ranked = byLength(uniqueFolded(cands), term);
      const count = countedIn(term, bp.text);
      // what the documents oppose ("打击甲、乙") is no distractor for what they uphold, nor the other way round
      const opposed = opposedTerms(ctx);
      const against = opposed.has(fold(term));
      const pool = ranked.filter(
        (t) =>
          t.endsWith(tail2) &&
          sameKindHead(t, term) &&
          !foreignPair(t, bp.full, term) &&
          (!count || t.startsWith(count)) &&
          opposed.has(fold(t)) === against &&
          // "甲与乙的关系" (a pair to balance) only against pairs, not against a named partnership
          PAIR_RELATION.test(t) === PAIR_RELATION.test(term),
      );
      const seed = seedFor("term-blank", [f]);
      const ds = pickDistractors(pool, term, 3, seed, { alsoTrue: same, window: 4 });
      if (ds) {
        out.push(
          draft(ctx, {
            type: "mcq",
            variant: "term-blank",
            facts: [f],
            prompt: `阅读原文，选择填入括号的一项：${bp.text}`,
            options: shuffled([term, ...ds], seed),
            answer: term,
            explanation: explain(ctx, f, `正确答案是“${term}”。`),
            tags,
            flags: bp.prepended ? ["context-prepended"] : [],
          }),
        );
      }
      if (term.length <= 10) {
        const cz = blankedPassage(ctx, f, term, CLOZE_BLANK, 100, { ownLine: true });
        if (cz) {
          out.push(
            draft(ctx, {
              type: "cloze",
              variant: "term-cloze",
              facts: [f],
              prompt: `根据原文填空：${cz.text}`,
              answer: term,
              accepted: [term],
              blanked: term,
              explanation: explain(ctx, f, `空格处应填“${term}”。`),
              tags,
              flags: cz.prepended ? ["context-prepended"] : [],
            }),
          );
        }
      }
      out.push(
        draft(ctx, {
          type: "flashcard",
          variant: "term-card",
          facts: [f],
          prompt: bp.text,
          front: `${bp.text}\n括号中应是什么？`,
          back: term,
          explanation: explain(ctx, f, ""),
          tags,
        }),
      );
    }
  }
  // a quoted label given to a subject is asked by its subject ("什么被称为“某某”？"): its blank, a formula a student
  // may fill without the document, is kept only when nothing else tests the fact in a quiz (an mcq: quizzes leave cards out)
  const bearer = buildBearerQuestions(ctx, f);
  if (bearerAsksInQuizzes(bearer)) for (const d of out) if (d.variant.startsWith("term-")) d.flags = [...d.flags, LAST_RESORT];
  return [...out, ...bearer];
}
