/**
 * "Label → bearer" questions on a quoted label: where a sentence attaches a quoted label to a named subject ("甲塔被游客
 *叫作“某某”" read through 称为/誉为, "甲是乙的“某某”", "某人把甲视为“某某”"), ask which subject the document
 * attaches it to ("原文中，什么被游客誉为“某某”？"), not the label itself: the label is often a formula a student
 * fills without the document, the subject it is given to is what the document says. Read from the sentence's shape
 * (a labelling verb or a copula right before the quoted label, the label closing its clause) and from the subject's
 * place (the clause before the verb, or the sentence's first clause); no list of the prose's labels.
 */
import { explain, sourceFor } from "../context";
import { titlePair, unnamedPairShown, withTitlePairNamed } from "../referents";
import { byLength, pickDistractors, uniqueFolded } from "../distractors";
import type { AgreementFact, ConceptFact, Draft, GenContext } from "../model";
import { LAST_RESORT } from "./last-resort";
import { fold } from "../text";
import { usableAgreement } from "./agreement-names";
import { COUNTRIES, COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, REGIONS } from "../../extract/vocabulary";
import { draft, seedFor, shuffled } from "./common";

/** Verbs that give a subject a name or a label (simplified and traditional forms). */
const LABEL_VERB = "(?:称之为|稱之為|称赞为|稱讚為|誉称为|称为|稱為|称作|稱作|誉为|譽為|视为|視為|定位为|定位為|赞为|讚為|喻为|喻為|比作|比喻为|比喻為)";

/** Words opening a clause that are no part of its subject ("此外，", "其中"). */
const LEAD = /^(?:此外|其中|同时|同時|另外|而且|并且|並且|而|但|但是|所以|因此|因而|此前|如今|目前|当时|當時|后来|後來)/u;

/**
 * Adverbs and modals standing between a subject and its verb ("甲也", "乙一直", "丙大部分"): words of two characters or
 * more, and the one-character 也/还/又/亦, which end no name.
 */
const TRAIL = /(?:也由此|由此|一直|同样|同樣|同时|同時|已经|已經|往往|通常|长期|長期|曾经|曾經|可以|大部分|多次|亲切地|親切地|也|还|還|又|亦|被)+$/u;

/** One-character adverbs that also end common words (原则, 首都, 成就, 经常): cut only when they end no such word. */
const TRAIL_ONE = /[就正便则則都均更已常曾]$/u;
const WORD_ENDING = /(?:[原准準规規法细細总總守否]则|[首京成古国國故旧舊新帝陪]都|[成造]就|[经經正日非平反异異照]常|[平人]均|[公真修纠糾端]正|[方简簡顺順]便|[变變]更|[不]已|未曾)$/u;

/** A subject's phrase without the adverbs after it ("甲桥也" → "甲桥"), never cutting a word ("某某原则" stays). */
export function trimTrail(raw: string): string {
  let b = raw;
  for (let i = 0; i < 4; i++) {
    const next = b.replace(TRAIL, "");
    const one = TRAIL_ONE.test(next) && !WORD_ENDING.test(next) && next.length >= 3 ? next.slice(0, -1) : next;
    if (one === b) break;
    b = one;
  }
  return b;
}

/** What may follow a preposition that ends a subject: a date or number, a country, a region or a place ("于1990年", "由某国公司"). */
const PLACE_AHEAD = new RegExp(
  `^(?:[\\d０-９一二三四五六七八九十两兩]|上世纪|本世纪|今年|去年|当年|當年|同年|次年|${[...new Set([...COUNTRY_FORMS.map(([form]) => form), ...Object.keys(COUNTRY_ABBREVIATIONS).map((c) => `${c}方`), ...REGIONS])].sort((x, y) => y.length - x.length).join("|")}|[\\u3400-\\u9fff]{1,4}(?:省|市|县|縣|州|岛|島|地区|地區))`,
  "u",
);

/**
 * Where a subject's phrase ends and its predicate starts, in the sentence's first clause (a generic list of function
 * words and verbs of place, time and building: "甲桥于某年建成" → "甲桥"). The prepositions (于, 自, 由, 从, 在) end it
 * only before a date, a number or a place; 自由 is a word, never a cut.
 */
const PREDICATE = /(?<![位始])(?:于|於)|(?<![所存现現实實正])在|自(?!由)|(?<!自)由|从|從|已|曾|将|將|是|为期|為期|全长|全長|位于|位於|始于|始於|竣工|建成|落成|开通|開通|开港|開港|通车|通車|交付|共有|先后|先後|连续|連續|累计|累計|目前|今年|去年|近年/gu;

/** An agent and the verb of building or running after 由 ("由某集团承建"). */
const BY_AGENT = /^[^，。；]{2,14}?(?:承建|修建|援建|兴建|興建|建设|建設|设计|設計|运营|運營|投资|投資|出资|出資|负责|負責|主办|主辦|管理|经营|經營)/u;

/** A short place and the verb of an event after 于 or 在 ("在某城交付使用", "于某地落成"). */
const EVENT_AHEAD = /^[^，。；]{1,8}?(?:交付|建成|落成|竣工|开通|開通|通车|通車|举行|舉行|成立|设立|設立|启用|啟用|投入|开业|開業|揭牌|开工|開工)/u;

/** Heads that end a name ("……港", "……区", "……大桥"): a cut before one of them cuts the name it ends. */
const NAME_HEAD_AHEAD = /^[㐀-鿿]{1,6}?(?:港|区|區|桥|橋|站|城|园|園|馆|館|厂|廠|湖|岛|島|镇|鎮|村|寺|宫|宮|中心|公司|大学|大學)(?=[于於在是，]|建成|位于|位於|全长|全長|$)/u;

/** Where the predicate starts in `c`, from its third character on; undefined when no predicate word is there. */
export function predicateAt(c: string): number | undefined {
  PREDICATE.lastIndex = 2;
  for (let m = PREDICATE.exec(c); m; m = PREDICATE.exec(c)) {
    const at = m.index;
    // (由 also before the one who builds or runs it: "甲桥由某集团承建")
    const agent = m[0] === "由" && BY_AGENT.test(c.slice(at + 1));
    // (于 and 在 also before a place the vocabulary does not know, when an event's verb follows: "甲项目在某城交付")
    const event = /^(?:于|於|在)$/u.test(m[0]) && EVENT_AHEAD.test(c.slice(at + 1));
    if (/^(?:于|於|在|自|由|从|從)$/u.test(m[0]) && !PLACE_AHEAD.test(c.slice(at + 1)) && !agent && !event) continue;
    if (m[0].length === 1 && NAME_HEAD_AHEAD.test(c.slice(at))) continue;
    return at;
  }
  return undefined;
}

/** Verbs that take an object ("承建某桥", "投资某港"): a first clause that goes on to one has its subject doing, not bearing. */
const TRANSITIVE = "(?:承建|修建|援建|捐建|兴建|興建|投资|投資|运营|運營|经营|經營|签署|簽署|承包|建设|建設|收购|收購|开发|開發|设计|設計|参与|參與|负责|負責|资助|資助|开设|開設|创办|創辦)";

/** Whether a clause goes on past its predicate to a verb with an object ("甲公司于某年承建乙桥"). */
const TRANSITIVE_ALL = new RegExp(TRANSITIVE, "gu");
const TRANSITIVE_LEAD = new RegExp(`^(?:了|${TRANSITIVE})+`, "u");

export function takesObject(rest: string): boolean {
  for (const m of rest.matchAll(TRANSITIVE_ALL)) {
    const after = rest.slice(m.index! + m[0].length).replace(TRANSITIVE_LEAD, "");
    if (/^[\u3400-\u9fff“《\d]{2}/u.test(after)) return true;
  }
  return false;
}

/** Heads of phrases that name an aspect, not a bearer ("……的核心", "……的特点", "他们的说法"). */
const ASPECT_HEAD = /(?:核心|特点|特點|特征|特徵|主题|主題|说法|說法|意思|身份|理念|关键|關鍵|实质|實質|本质|本質|原因|方式|现象|現象|成果|原则|原則|目标|目標|内容|內容|精神|意义|意義|作用|地位|定位|标志|標志|标签|標簽|别名|別名|别称|別稱|昵称|暱稱|称号|稱號|名字|亮点|亮點|重点|重點|优势|優勢|基础|基礎|动力|動力|特色)$/u;

/** Pronouns, demonstratives and unnamed pairs: a subject that names nothing on its own. */
const UNNAMED = /^(?:这|這|该|該|此|其|它|他|她|那|我|你|上述|以上)|两国|兩國|双方|雙方|三方|各方|中方|对方|對方/u;

/** The quoted label's span at `key`, its quotation marks included; undefined when it is not quoted. */
function quotedSpan(s: string, key: { start: number; end: number }): { qs: number; qe: number } | undefined {
  let qs = key.start;
  let qe = key.end;
  if (!/^[“「]/u.test(s.slice(qs, qe))) {
    if (!/[“「]/u.test(s[qs - 1] ?? "")) return undefined;
    qs--;
  }
  if (!/[”」]$/u.test(s.slice(qs, qe))) {
    if (!/[”」]/u.test(s[qe] ?? "")) return undefined;
    qe++;
  }
  return { qs, qe };
}

/** Where the clause before a label starts in `before` (after its last clause mark, -1 when none), and the clause. */
function lastClause(before: string): { cut: number; clause: string } {
  const cut = Math.max(...["，", "。", "；", "：", "！", "？"].map((m) => before.lastIndexOf(m)));
  return { cut, clause: before.slice(cut + 1) };
}

/** A concept's label as its sentence writes it, without its quotation marks. */
function labelOf(f: ConceptFact): string {
  const key = f.context.keyInSentence!;
  return f.context.sentence.slice(key.start, key.end).replace(/^[“「]|[”」]$/gu, "");
}

export interface LabelBearer {
  /** The subject the label is given to, as the sentence writes it. */
  bearer: string;
  /** The question with 什么 for the subject ("什么被游客誉为“某某”"), no final mark. */
  cue: string;
}

/** A subject's phrase cleaned of lead words and adverbs; undefined when it names nothing on its own. */
export function cleanBearer(raw: string, term: string, known: (name: string) => boolean = () => false): string | undefined {
  let b = raw.replace(/（[^（）]*）|\([^()]*\)/gu, "").trim();
  for (let i = 0; i < 3; i++) b = trimTrail(b.replace(LEAD, "")).trim();
  if (b.length < 2 || b.length > 20) return undefined;
  if (!/^[\u3400-\u9fff《“]/u.test(b) || /[，。；：！？、,;:!?\s]/u.test(b)) return undefined;
  if (UNNAMED.test(b) || /的$|[是被把]/u.test(b) || ASPECT_HEAD.test(b)) return undefined;
  // a clause caught as a subject ("某某访华", "某国矿产资源丰富"): a verb of the predicate inside it
  if (predicateAt(b) !== undefined) return undefined;
  // a bearer of two characters that is no name the corpus knows ("走廊", "中白") says too little: asked only when named
  if (b.length < 3 && !known(b)) return undefined;
  if (fold(b).includes(fold(term)) || fold(term).includes(fold(b))) return undefined;
  return b;
}

/** The subject of a sentence whose first clause opens with it ("甲塔于某年修好，……"), up to its predicate. */
function sentenceSubject(clauses: readonly string[]): string | undefined {
  for (const c0 of clauses) {
    const c = c0.replace(LEAD, "").trim();
    if (!c) continue;
    // a clause of time only ("2019年5月", "1973/5/17") or a lead-in ("在某领域") is no subject: the next clause is read
    if (/^[\d年月日/.\-—～~至到底初末中旬上下]+$/u.test(c) || /^(?:在|於|于)[^，]{1,14}(?:领域|領域|方面|上|中|里|裡)$/u.test(c)) continue;
    const at = predicateAt(c);
    if (at === undefined) return undefined;
    // (a subject doing something to another, "甲公司于某年承建乙桥", is not what the later clause labels)
    if (takesObject(c.slice(at))) return undefined;
    return c.slice(0, at);
  }
  return undefined;
}

/** A modifier between the verb and the label ("……的", "连接甲与乙的"), or none. */
const MOD = "((?:[^，。；：！？被把將将]{0,14}的)?)";
const ALSO_LABELLED = new RegExp(`(?:也|同样|同樣|亦)(?:被|是|${LABEL_VERB})`, "u");
const PASSIVE_LABEL = new RegExp(`^(.*?)被([^，。；：！？]{0,10}?)${LABEL_VERB}${MOD}$`, "u");
const BA_LABEL = new RegExp(`^(.*?)(?:把|將|将)([^，。；：！？]{2,16}?)${LABEL_VERB}${MOD}$`, "u");

/**
 * Which subject a sentence gives the quoted label at `key` to, and the question asking it. Undefined when the label
 * is not quoted, does not close its clause ("被称为“甲”的乙", "是“甲”的一部分"), or its subject is no name.
 */
export function labelBearer(sentence: string, key: { start: number; end: number }, known: (name: string) => boolean = () => false): LabelBearer | undefined {
  const s = sentence;
  const span = quotedSpan(s, key);
  if (!span) return undefined;
  const { qs, qe } = span;
  const label = s.slice(qs, qe);
  const term = label.slice(1, -1);
  // the label closes its clause
  if (!/^(?:[，。；！]|$)/u.test(s.slice(qe))) return undefined;
  const before = s.slice(0, qs);
  const { cut, clause } = lastClause(before);
  const earlier = before.slice(0, Math.max(cut, 0)).split(/[，；：]/u);
  // "甲同样是……", "乙也被称为……": another subject bears the label too
  if (ALSO_LABELLED.test(clause)) return undefined;
  let m = PASSIVE_LABEL.exec(clause);
  if (m) {
    const verb = clause.slice(m[1]!.length + 1 + m[2]!.length, clause.length - m[3]!.length);
    const direct = trimTrail(m[1]!.replace(LEAD, "")).trim();
    // "甲被称为……" or "甲于某年落成，后被游客誉为……" (the subject of the sentence's first clause)
    const raw = direct ? m[1]! : earlier.length <= 4 ? sentenceSubject(earlier) : undefined;
    const bearer = raw === undefined ? undefined : cleanBearer(raw, term, known);
    if (!bearer) return undefined;
    // (an agent with no name, "被两国领导人称为", is left out: the label is still given)
    const agent = UNNAMED.test(m[2]!) ? "" : m[2]!;
    return { bearer, cue: `什么被${agent}${verb}${m[3]}${label}` };
  }
  m = BA_LABEL.exec(clause);
  if (m) {
    const bearer = cleanBearer(m[2]!, term, known);
    const agent = m[1]!.replace(LEAD, "").trim();
    // (an adverb alone, "长期把甲视为……", leaves the one who labels in another clause)
    if (trimTrail(agent).replace(/(?:长期|長期|始终|始終|一向|历来|歷來|常常)$/u, "").length < 2) return undefined;
    if (!bearer || !agent || UNNAMED.test(agent)) return undefined;
    const verb = clause.slice(m[1]!.length + 1 + m[2]!.length, clause.length - m[3]!.length);
    const ba = clause[m[1]!.length]!;
    return { bearer, cue: `${agent}${ba}什么${verb}${m[3]}${label}` };
  }
  // "甲是乙的“某某”": a copula with its subject in the clause, a modifier with 的 or none
  m = /^(.+?)(?:是)((?:[^，。；：！？是]{1,14}的)?)$/u.exec(clause);
  if (m && !/^(?:一|个|個|通过|通過|要|支持)/u.test(m[2]!)) {
    const bearer = cleanBearer(m[1]!, term, known);
    if (!bearer) return undefined;
    // "甲的乙是……的“某某”": the subject is an aspect of 甲 (its other name, its strength), not what bears the label
    if (bearer.includes("的") && !known(bearer)) return undefined;
    // "甲是“……的再平衡”" with no field of its own before the label characterises 甲 rather than names it: asked only of
    // a name the corpus knows
    if (!m[2] && !known(bearer)) return undefined;
    return { bearer, cue: `什么是${m[2]}${label}` };
  }
  return undefined;
}

/** A labelling verb or a copula closing the text before a label (its modifier aside). */
const GIVING_BEFORE = new RegExp(`(?:${LABEL_VERB}|是|为|為)[^，。；：！？]{0,14}$`, "u");

/** A sentence that gives the label (folded) to a subject: a labelling verb or a copula right before it. */
function givesLabel(text: string, term: string): boolean {
  const t = fold(term);
  const f = fold(text);
  let at = f.indexOf(t);
  while (at >= 0) {
    if (GIVING_BEFORE.test(f.slice(Math.max(0, at - 18), at))) return true;
    at = f.indexOf(t, at + 1);
  }
  return false;
}

/** Kinds of named things a bearer may be, with the corpus's names of each: agreements by category, and countries. */
function namesByKind(ctx: GenContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (kind: string, name: string) => {
    const list = out.get(kind) ?? [];
    list.push(name);
    out.set(kind, list);
  };
  for (const a of ctx.agreements) if (usableAgreement(a) && a.value.category !== "partnership") add(a.value.category, a.value.name.replace(/^《(.*)》$/u, "$1"));
  // (a union the extractor reads as a country, "某盟", is none: only the vocabulary's countries)
  for (const e of ctx.corpus.facts) if (e.kind === "entity" && e.value.category === "country" && e.value.name in COUNTRIES) add("country", e.value.name);
  for (const [k, v] of out) out.set(k, uniqueFolded(v));
  return out;
}

/** Heads of one character that name a kind on their own (a port, a bridge, a station): a generic word list. */
const ONE_CHARACTER_HEAD = /[港桥橋站]$/u;

/** Two names of one kind: countries, or names on the same two-character head ("……铁路", "……项目"), or on a port's, a bridge's, a station's. */
function sameHead(a: string, b: string, kind: string): boolean {
  if (kind === "country") return true;
  const x = a.replace(/[”》]$/u, "");
  const y = b.replace(/[”》]$/u, "");
  if (x.slice(-2) === y.slice(-2)) return true;
  return ONE_CHARACTER_HEAD.test(y) && x.slice(-1) === y.slice(-1) && !x.startsWith(x.slice(-1));
}

/** Words naming a region of the world: the vocabulary's regions and the parts of continents it does not list. */
const REGION = new RegExp([...REGIONS, "南美", "北美", "美洲", "东非", "西非", "北非", "南部非洲", "海湾", "大洋洲", "太平洋", "北欧", "东欧", "西欧", "南欧", "巴尔干", "阿拉伯"].join("|"), "u");

/** Characters too common to tell one name from another. */
const COMMON_CHARACTERS = new Set([..."中国之的与和大新一"]);

/**
 * Whether the label gives the answer away among the options: it shares a character with the answer ("云端课堂" and
 * "……云端学院") that one distractor at most shares.
 */
export function echoesLabel(label: string, answer: string, distractors: readonly string[]): boolean {
  const chars = new Set([...label].filter((c) => /[\u3400-\u9fff]/u.test(c) && !COMMON_CHARACTERS.has(c)));
  const shares = (x: string) => [...x].some((c) => chars.has(c));
  return shares(answer) && distractors.filter(shares).length < 2;
}

const namesCache = new WeakMap<GenContext, Map<string, string[]>>();

/** The corpus's names by kind, read once per context. */
function namesOf(ctx: GenContext): Map<string, string[]> {
  let names = namesCache.get(ctx);
  if (!names) namesCache.set(ctx, (names = namesByKind(ctx)));
  return names;
}

/** Names of `list` the corpus also gives the label to (in any sentence holding both): never a distractor. */
function alsoGiven(ctx: GenContext, list: readonly string[], term: string): string[] {
  // (the sentences giving the label read once, not once per name)
  const t = fold(term);
  const giving = ctx.corpus.documents.flatMap((d) => d.sentences.filter((x) => fold(x.text).includes(t)));
  return list.filter((n) => giving.some((x) => x.text.includes(n)));
}

/** The questions asking which subject a concept's quoted label is given to (a flashcard, and an mcq when the subject is a named thing of a kind the corpus has others of). */
export function buildLabelBearerQuestions(ctx: GenContext, f: ConceptFact): Draft[] {
  const key = f.context.keyInSentence;
  if (!key || (f.value.items?.length ?? 0) >= 2) return [];
  const names = namesOf(ctx);
  const found = labelBearer(f.context.sentence, key, (n) => [...names.values()].some((list) => list.includes(n)));
  if (!found) return [];
  const { bearer } = found;
  // (a person is asked with 谁, not 什么)
  const cue = personsOf(ctx).has(bearer) ? found.cue.replace("什么", "谁") : found.cue;
  const term = labelOf(f);
  // the document gives the label once: another sentence giving it (to the same subject or another) makes two answers
  const doc = ctx.sentences.get(f.documentId) ?? [];
  if (doc.filter((x) => x.text !== f.context.sentence && givesLabel(x.text, term)).length > 0) return [];
  // "两国某行业往来的“某某”": asked only where the document's pair names the two (as the question shown will)
  if (/两国|兩國|双方|雙方/u.test(cue) && unnamedPairShown(cue)) {
    const pair = titlePair(ctx, f.documentId, sourceFor(ctx, f).start, !/双方|雙方/u.test(cue));
    // (not named either where the pair would give the answer away: a bearer that holds one of the two names)
    if (!pair || withTitlePairNamed(cue, pair, bearer) === cue) return [];
  }
  const tags = ["concept", f.value.category, "label-bearer"];
  // the label also read as an agreement's name in the same sentence ("被称为“某某之路”"): the question tests both
  const facts = [f, ...labelAgreements(ctx, f, term)];
  const out: Draft[] = [];
  const front = `原文中，${cue}？`;
  // an mcq when the subject is (or ends on) a named thing the corpus has others of its kind of
  for (const [kind, list] of names) {
    const name = list.filter((n) => n.length >= 2 && (bearer === n || (bearer.endsWith(n) && bearer.length - n.length <= 8 && /的$/u.test(bearer.slice(0, -n.length))))).sort((a, b) => b.length - a.length)[0];
    if (!name) continue;
    // never a name the corpus also gives the label to, or one the question shows
    const alsoTrue = alsoGiven(ctx, list, term);
    // (a thing of the same kind: a country against countries, a bridge against bridges, "……项目" against "……项目")
    const pool = byLength(
      list.filter((n) => n !== name && sameHead(n, name, kind) && !/^[\d０-９]/u.test(n) && !cue.includes(n) && !f.context.sentence.includes(n) && !n.includes(name) && !name.includes(n)),
      name,
    );
    // a country asked by a label that names its region ("某洲之门") is told from the options' map, not the document
    if (kind === "country" && REGION.test(cue)) break;
    const seed = seedFor(`label-bearer-mcq|${kind}`, [f]);
    const ds = pickDistractors(pool, name, 3, seed, { alsoTrue, window: 6 });
    if (!ds || echoesLabel(term, name, ds)) break;
    out.push(
      draft(ctx, {
        type: "mcq",
        variant: "label-bearer-mcq",
        facts,
        prompt: `根据原文，${cue.replace("什么", "下列哪一项")}？`,
        options: shuffled([name, ...ds], seed),
        answer: name,
        explanation: explain(ctx, f, `正确答案是“${name}”。`),
        tags,
      }),
    );
    break;
  }
  out.push(
    draft(ctx, {
      type: "flashcard",
      variant: "label-bearer-card",
      facts,
      prompt: front,
      front,
      back: bearer,
      explanation: explain(ctx, f, ""),
      tags,
    }),
  );
  return out;
}

/** Agreement facts named by the label itself, in the concept's sentence (an initiative or project read from "被称为“某某”"). */
function labelAgreements(ctx: GenContext, f: ConceptFact, term: string): AgreementFact[] {
  const t = fold(term);
  return ctx.agreements.filter((a) => a.documentId === f.documentId && a.context.sentence === f.context.sentence && fold(a.value.name.replace(/[《》“”「」]/gu, "")) === t);
}

const labelledCache = new WeakMap<GenContext, Set<AgreementFact>>();

/**
 * An agreement's own questions when its name is a label a bearer question asks by its subject: those that blank the
 * name (a formula a student fills without the document) kept only as the fact's last resort.
 */
export function withLabelBlanksLast(ctx: GenContext, a: AgreementFact, drafts: Draft[]): Draft[] {
  let labelled = labelledCache.get(ctx);
  if (!labelled) {
    labelled = new Set();
    for (const c of ctx.concepts) {
      if (!bearerAsksInQuizzes(buildBearerQuestions(ctx, c))) continue;
      for (const x of labelAgreements(ctx, c, labelOf(c))) labelled.add(x);
    }
    labelledCache.set(ctx, labelled);
  }
  if (!labelled.has(a)) return drafts;
  const name = fold(a.value.name.replace(/[《》“”「」]/gu, ""));
  const key = (d: Draft) => fold((typeof d.answer === "string" ? d.answer : (d.back ?? "")).replace(/[《》“”「」]/gu, ""));
  return drafts.map((d) => (key(d) === name ? { ...d, flags: [...d.flags, LAST_RESORT] } : d));
}

/** Verbs of holding or putting forward a policy, an idea or a plan (a generic list). */
const STANCE_VERB = "(?:奉行|推行|提出了|提出|倡导|倡導|坚持|堅持|秉持|践行|踐行|实施|實施|启动|啟動|发起|發起|推出)";

/** What a quoted policy or idea is called after its quotation ("“甲”政策", "“乙”的长期方针"): a generic list. */
const STANCE_HEAD = "(?:的?[\\u3400-\\u9fff]{0,4}?(?:政策|战略|戰略|理念|原则|原則|倡议|倡議|方针|方針|思路|构想|構想|愿景|願景|目标|目標|计划|計劃|项目|項目|外交|口号|口號|主张|主張|建设目标))?";

/** Words before a holder's name or between it and its verb ("如", "近年", "坚定", "明确"). */
const STANCE_FILLER = /^(?:如|例如|比如)|(?:近年来?|长期|長期|始终|始終|一直|一贯|一貫|坚定地?|堅定地?|明确|明確|又|也|均|还|還|首次|曾|正式|宣布|宣佈|重申)+$/u;

const STANCE_TAIL = new RegExp(`^${STANCE_HEAD}(?=[，。；！]|$)`, "u");
const STANCE_CLAUSE = new RegExp(`^(.*?)(${STANCE_VERB})$`, "u");

/** Who holds a country's or an organisation's policy after its name ("政府", "总统某某", "外交", "方面"): a generic list. */
const HOLDER = /^(?:国|國|方|方面|政府|总统|總統|总理|總理|首相|外交|外交部|领导人|領導人|当局|當局|国王|國王|议会|議會|人民|官方|内阁|內閣)(?:[\u3400-\u9fff]{2,4})?$/u;

export interface StanceBearer {
  /** The country or organisation's name the question answers with. */
  name: string;
  kind: "country" | "organisation";
  /** The predicate asked about ("奉行“甲”政策"), no final mark. */
  cue: string;
}

/** The country a subject opens with: a full name or a form of one, or "X方" of a country's one-character form. */
function countryOpening(subject: string): { name: string; form: string } | undefined {
  const m = /^([\u3400-\u9fff])方/u.exec(subject);
  if (m && COUNTRY_ABBREVIATIONS[m[1]!]) return { name: COUNTRY_ABBREVIATIONS[m[1]!]!, form: m[0] };
  // (the longest form: "甲国比绍" before "甲国")
  const forms = COUNTRY_FORMS.filter(([form]) => form.length >= 2 && subject.startsWith(form)).sort((a, b) => b[0].length - a[0].length);
  return forms[0] ? { name: forms[0][1], form: forms[0][0] } : undefined;
}

/**
 * Which country or organisation (other than China) a sentence says holds or puts forward the quoted policy or idea at
 * `key` ("甲方坚持“某某”原则", "乙国推出“某某”计划"), and the predicate asked. Undefined when the holder is
 * China, a pronoun, a pair, or no name the corpus or the vocabulary knows.
 */
export function stanceBearer(sentence: string, key: { start: number; end: number }, organisations: readonly string[] = []): StanceBearer | undefined {
  const s = sentence;
  const span = quotedSpan(s, key);
  if (!span) return undefined;
  const { qs, qe } = span;
  const tail = STANCE_TAIL.exec(s.slice(qe));
  if (!tail) return undefined;
  const { clause } = lastClause(s.slice(0, qs));
  const m = STANCE_CLAUSE.exec(clause);
  if (!m) return undefined;
  let subject = m[1]!.trim();
  for (let i = 0; i < 3; i++) subject = subject.replace(STANCE_FILLER, "").replace(LEAD, "").trim();
  if (!subject || UNNAMED.test(subject)) return undefined;
  const cue = `${m[2]}${s.slice(qs, qe)}${tail[0]}`;
  const org = organisations.filter((o) => o.length >= 2 && subject.startsWith(o)).sort((a, b) => b.length - a.length)[0];
  const found = org ? { name: org, form: org } : countryOpening(subject);
  if (!found || found.name === "中国") return undefined;
  // the rest of the subject is the holder's own ("……外交", "……总统某某"), not another party ("甲与乙")
  // (only its own holders: "某国政府", "某国总统某某", "某国外交"; never a longer name opening with a country's, "甲国比绍")
  // (where it was said, "在某报告中", is no part of the holder)
  const rest = subject.slice(found.form.length).replace(/\s+/gu, "").replace(/在[^，。；]{1,20}?(?:中|上|里|裡|期间|期間)$/u, "");
  if (rest && !HOLDER.test(rest)) return undefined;
  // a label that holds its holder's name gives the answer away ("我们甲国2031")
  const term = s.slice(qs + 1, qe - 1);
  if ([...found.name].filter((c) => term.includes(c)).length >= 2) return undefined;
  return { name: found.name, kind: org ? "organisation" : "country", cue };
}

/** "Which country holds the quoted policy": an mcq on the corpus's other countries or organisations and a flashcard. */
export function buildStanceQuestions(ctx: GenContext, f: ConceptFact): Draft[] {
  const key = f.context.keyInSentence;
  if (!key || (f.value.items?.length ?? 0) >= 2) return [];
  const names = namesOf(ctx);
  const orgs = names.get("organisation") ?? [];
  const found = stanceBearer(f.context.sentence, key, orgs);
  if (!found) return [];
  const term = labelOf(f);
  // another sentence of the document giving the label to another holder makes two answers
  for (const x of ctx.sentences.get(f.documentId) ?? []) {
    if (x.text === f.context.sentence || !fold(x.text).includes(fold(term))) continue;
    const at = x.text.indexOf(term);
    const other = at >= 0 ? stanceBearer(x.text, { start: at, end: at + term.length }, orgs) : undefined;
    if (other && other.name !== found.name) return [];
  }
  const list = found.kind === "country" ? (names.get("country") ?? []).filter((c) => c !== "中国") : orgs;
  const what = found.kind === "country" ? "哪个国家" : "哪个组织";
  const facts = [f, ...labelAgreements(ctx, f, term)];
  const tags = ["concept", f.value.category, "label-bearer"];
  const out: Draft[] = [];
  const alsoTrue = alsoGiven(ctx, list, term);
  // (countries the document names come first: they are the ones a reader weighs; an organisation only against one of its head)
  const docText = ctx.docs.get(f.documentId)?.text ?? "";
  const pool = list
    .filter((n) => n !== found.name && !f.context.sentence.includes(n) && !n.includes(found.name) && !found.name.includes(n))
    .filter((n) => found.kind === "country" || sameHead(n, found.name, "organisation"));
  const named = pool.filter((n) => docText.includes(n) && !alsoTrue.includes(n));
  const ranked = [...named, ...byLength(pool.filter((n) => !docText.includes(n)), found.name)];
  const seed = seedFor("stance-mcq", [f]);
  const ds = found.kind === "country" && REGION.test(found.cue) ? null : pickDistractors(ranked, found.name, 3, seed, { alsoTrue, window: named.length >= 3 ? named.length : 5, strict: false });
  if (ds && !echoesLabel(term, found.name, ds)) {
    out.push(
      draft(ctx, {
        type: "mcq",
        variant: "stance-mcq",
        facts,
        prompt: `根据原文，${found.cue}的是${what}？`,
        options: shuffled([found.name, ...ds], seed),
        answer: found.name,
        explanation: explain(ctx, f, `正确答案是“${found.name}”。`),
        tags,
      }),
    );
  }
  out.push(
    draft(ctx, {
      type: "flashcard",
      variant: "stance-card",
      facts,
      prompt: `原文中，${what}${found.cue}？`,
      front: `原文中，${what}${found.cue}？`,
      back: found.name,
      explanation: explain(ctx, f, ""),
      tags,
    }),
  );
  return out;
}

const bearerCache = new WeakMap<GenContext, Map<ConceptFact, Draft[]>>();

/** A concept's questions by the subject of its label: who is called it, else who holds it (built once per fact). */
export function buildBearerQuestions(ctx: GenContext, f: ConceptFact): Draft[] {
  let cache = bearerCache.get(ctx);
  if (!cache) bearerCache.set(ctx, (cache = new Map()));
  let out = cache.get(f);
  if (!out) {
    const labelled = buildLabelBearerQuestions(ctx, f);
    out = labelled.length > 0 ? labelled : buildStanceQuestions(ctx, f);
    cache.set(f, out);
  }
  return out;
}

/** Whether a concept's bearer questions hold an mcq: only then is its label's own blank kept as a last resort (a quiz leaves flashcards out). */
export function bearerAsksInQuizzes(drafts: readonly Draft[]): boolean {
  return drafts.some((d) => d.type === "mcq");
}

const personsCache = new WeakMap<GenContext, Set<string>>();

/** The names the corpus reads as persons'. */
function personsOf(ctx: GenContext): Set<string> {
  let out = personsCache.get(ctx);
  if (!out) {
    out = new Set(ctx.corpus.facts.flatMap((e) => (e.kind === "entity" && e.value.category === "person" ? [e.value.name] : [])));
    personsCache.set(ctx, out);
  }
  return out;
}
