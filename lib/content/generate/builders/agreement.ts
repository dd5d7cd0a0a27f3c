/** Questions on agreements: documents, partnerships, mechanisms, initiatives, organisations, projects. */
import { BLANK, blankedPassage, CLOZE_BLANK, DANGLING_START, explain, pairLabelFor, passageOf } from "../context";
import { dateSpellings, datesCompatible, formatDate, precisionOf, type SimpleDate } from "../dates";
import { byLength, pickDistractors, uniqueFolded } from "../distractors";
import type { AgreementFact, Draft, GenContext } from "../model";
import { countOf, fold, isSubsequence, similarity, unwrap } from "../text";
import { dateDistractors, dateOptions, whenWord } from "./date";
import { balanced, coin, draft, entityNames, foreignPair, isGroupParty, pairsIn, partyPhrase, seedFor, shuffled } from "./common";
import { categoryCells, rowAsSentence } from "./rows";
import { simplifiedView } from "./script";

/** Generic partnership levels (a generic Chinese pattern list, not facts of any document). */
const PARTNERSHIP_LEVELS = ["战略伙伴关系", "全面战略伙伴关系", "全面合作伙伴关系", "战略合作伙伴关系", "友好合作伙伴关系"];

/** Verbs that date a document, and verbs that date a partnership. */
const DOCUMENT_VERBS = ["签署", "签订", "缔结", "发表", "发布", "通过", "批准"];
const PARTNERSHIP_VERBS = ["建立", "提升为", "升级为", "宣布建立", "决定发展", "发展"];

function nameOf(f: AgreementFact): string {
  return unwrap(f.value.name);
}

/** How the name is shown in options: book-title marks for documents. */
function display(f: AgreementFact): string {
  const n = nameOf(f);
  // 《》 only where the source sets the name in them ("“准则”框架" stays as written)
  return f.value.category === "document" && f.context.sentence.includes(`《${n}》`) ? `《${n}》` : n;
}

/** The verb the sentence uses for the agreement (签署, 发表, 建立 …), when it has one close by. */
function verbFor(f: AgreementFact): string | undefined {
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
function partnershipVerb(v: string): { lead: string; verb: string } {
  if (v === "提升为" || v === "升级为") return { lead: "的关系", verb: "提升为" };
  if (v === "决定发展" || v === "发展") return { lead: "", verb: "决定发展" };
  return { lead: "", verb: "建立" };
}

function sameParties(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const x = [...a].map(fold).sort().join("|");
  const y = [...b].map(fold).sort().join("|");
  return x === y;
}

/** Names of the same category elsewhere, nearest in length first; never the answer's own siblings. */
interface NameEntry {
  f: AgreementFact;
  folded: string;
  display: string;
  type: string;
}

/** The agreements of a context that can stand as options, computed once per context. */
const optionCache = new WeakMap<GenContext, NameEntry[]>();
function optionNames(ctx: GenContext): NameEntry[] {
  let list = optionCache.get(ctx);
  if (!list) {
    list = ctx.agreements
      .filter((g) => usableAgreement(g))
      .map((g) => ({ f: g, folded: fold(nameOf(g)), display: display(g), type: typeWord(g) }));
    optionCache.set(ctx, list);
  }
  return list;
}

/** The type word of the agreement an option shows, when it is one. */
function typeOfOption(ctx: GenContext, option: string): string | undefined {
  return optionNames(ctx).find((e) => e.display === option)?.type;
}

function namePool(ctx: GenContext, f: AgreementFact, categories: readonly string[]): string[] {
  const own = fold(nameOf(f));
  const others = optionNames(ctx)
    .filter((e) => categories.includes(e.f.value.category) && e.folded !== own)
    .map((e) => e.f);
  // same kind of document first (a declaration against declarations, a treaty against treaties)
  const kind = typeWord(f);
  // a count-name against names of the same count ("三大通道" against "三点主张"), which the list before it cannot give away
  const n = countOf(nameOf(f));
  if (n >= 2) {
    const counted = others.filter((g) => countOf(nameOf(g)) === n).map(display);
    const rest = others.filter((g) => countOf(nameOf(g)) !== n).map(display);
    return uniqueFolded([...byLength(uniqueFolded(counted), display(f)), ...byLength(uniqueFolded(rest), display(f))]);
  }
  const same = others.filter((g) => typeWord(g) === kind).map(display);
  const rest = others.filter((g) => typeWord(g) !== kind).map(display);
  return uniqueFolded([...byLength(uniqueFolded(same), display(f)), ...byLength(uniqueFolded(rest), display(f))]);
}

/** A partnership "name" that names its parties: a country, a region, a pair ("中国东盟……", "美国—湄公河……"). */
export function namesItsParties(name: string): boolean {
  return /国|盟|洲|[—–]/u.test(name) || pairsIn(name).size > 0 || /^[中俄美日韩印巴非阿拉欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委海新]{2}(?:两国)?(?:战略|全面|友好|伙伴|合作|新型)/u.test(name);
}

/** A name that can stand as an option: no leftover punctuation, no bare "第二届峰会". */
export function plausibleName(n: string): boolean {
  if (n.length < 3 || !balanced(n) || /^[”’、，]|[“‘、，]$/u.test(n)) return false;
  // a count, not a name: "70多个对话"
  if (/^\d+\s*[多余]?\s*[个项次家所条种]/u.test(n)) return false;
  // a modifier and a generic word ("标杆项目"), or a clause ("……皆是……关系")
  if (/^[\u3400-\u9fff]{2}(?:项目|倡议|机制|平台)$/u.test(n) || /[是皆]/u.test(n)) return false;
  if (/^(?:第[一二三四五六七八九十\d]+[届次]|本|此|该|这|其)/u.test(n))
    return (
      (/[\u3400-\u9fff]{2,}(?:峰会|会议|论坛|宣言|声明|公报)$/u.test(n) && n.length > 6) ||
      // "第二届某某大会", "第三次某某领导人会晤": an ordinal meeting whose body is named (not "第十次审议大会")
      /^第[一二三四五六七八九十百\d]+[届次][\u3400-\u9fff（）—]{3,}(?:大会|会晤|外长会|洽谈会|博览会)$/u.test(n.replace(/^(第[^届次]+[届次])(?:审议|缔约方|领导人|部长级)/u, "$1"))
    ) && !/^(?:本|此|该|这|其)/u.test(n);
  // a verb phrase cut from its sentence ("健全……机制"), or two things joined ("甲与现有……机制")
  if (/^(?:建立|健全|完善|加强|推动|深化|构建|打造|发挥|强化|依托|通过|利用|版本|各|继续|加快|推进|讨论)/u.test(n) || /现有|相关|各[\u3400-\u9fff]/u.test(n)) return false;
  // a short form standing for a name given earlier ("论坛第八届部长级会议", "峰会宣言")
  if (/^(?:论坛|会议|峰会|大会|会晤)(?=[\u3400-\u9fff])/u.test(n)) return false;
  // a description, not a name: "某地第一长隧道", "第一个……项目"
  if (/第一[长大高个座条家所]|最[长大高]/u.test(n)) return false;
  return !/(?:的|和|与)$/u.test(n);
}

/** A name that is not a title and still holds 的 outside quotes is a description ("倾听民意的国家"). */
function describesRatherThanNames(f: AgreementFact): boolean {
  // (a partnership's level may hold its own 的: "面向新时代的全面战略伙伴关系")
  if (f.value.category === "partnership" && /伙伴关系$/u.test(nameOf(f)) && !/^[^的]{0,3}的/u.test(nameOf(f))) return false;
  return f.value.category !== "document" && /的/u.test(nameOf(f).replace(/“[^”]*”|《[^》]*》/gu, ""));
}

/** An agreement whose name can be asked for or offered as an option. */
export function usableAgreement(f: AgreementFact): boolean {
  const n = nameOf(f);
  // "签署22个自贸协定": a counted noun is a kind of agreement, not the name of one
  // ("第一个战略伙伴关系" is an ordinal, no count)
  const counted = new RegExp(`(?<!第)[\\d一二三四五六七八九十两多余]\\s*[个项份部]\\s*《?${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u");
  if (counted.test(f.context.sentence)) return false;
  // a kind of document written without 《》, a body's name and a type word ("联合国公约"): no title
  // (a pair's or trio's short form, "中甲乙自贸协定", names one treaty)
  const pairForm = /^中[\u3400-\u9fff]{1,2}(?:自贸协定|自由贸易协定|投资协定)$/u.test(n) && (f.value.parties?.length ?? 0) >= 2;
  if (f.value.category === "document" && !pairForm && !f.context.sentence.includes(`《${n}》`) && n.length - typeWord(f).length <= 3) return false;
  // a level cut from a coordination ("战略伙伴和联盟关系" → "联盟关系"): the text names more than it
  if (f.value.category === "partnership") {
    const s = f.context.sentence;
    const at = [...s.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu"))].map((m) => m.index!);
    if (at.length > 0 && at.every((i) => /[\u3400-\u9fff](?:和|及|与)$/u.test(s.slice(Math.max(0, i - 2), i)))) return false;
  }
  // the 非 of "非某某莫属" ("…，非甲乙铁路莫属") taken into the name: the name is what follows it
  const nAt = f.context.sentence.indexOf(n);
  if (/^非/u.test(n) && nAt >= 0 && /^莫[属屬]/u.test(f.context.sentence.slice(nAt + n.length))) return false;
  // a preposition taken into the name ("同“某某”框架" from "推进甲同“某某”框架对接"), or the 包括 of
  // "签署了包括X在内的多项文件"
  if (/^[同与和跟][“《]/u.test(n) || /^包括/u.test(n)) return false;
  // a pair joined by 同 ("甲同乙"), not one name
  if (f.value.category === "organisation" && /^[^《》“”]{2,}同[^《》“”]{2,}$/u.test(n)) return false;
  // the last item cut from a coordinated title ("经济、贸易、……和青年领域总协议" → "青年领域总协议")
  if (f.value.category === "document" && !f.context.sentence.includes(`《${n}》`)) {
    const s = f.context.sentence;
    const at = [...s.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu"))].map((m) => m.index!);
    if (at.length > 0 && at.every((i) => /、[\u3400-\u9fff]{1,6}、[\u3400-\u9fff]{1,6}(?<!以)(?:和|及|与)$/u.test(s.slice(Math.max(0, i - 20), i)))) return false;
  }
  // a project "name" cut from a phrase with its verb ("为甲国培训铁路专业人才" → "甲国培训铁路"): an
  // action verb inside a name the text sets in no marks names no project
  if (f.value.category === "project" && verbCutIntoProject(n, f.context.sentence)) return false;
  // an organisation may go by a two-character short name
  const short = f.value.category === "organisation" && /^[\u3400-\u9fff]{2}$/u.test(n);
  // a title the sentence itself sets in 《》 is a name by the author's marking: only its shape is checked
  const titled = f.value.category === "document" && f.context.sentence.includes(`《${n}》`) && n.length >= 4 && balanced(n);
  // (a name in traditional characters read by the same patterns: "第一條" is "第一条")
  return (short || titled || plausibleName(simplifiedView(n))) && !describesRatherThanNames(f);
}

/**
 * A project name holding an action verb (培训, 援助, 提供 …) that the sentence sets in no 《》 or “”, and that
 * ends on no institution ("某某培训中心", "某援助项目" are names).
 */
export function verbCutIntoProject(n: string, sentence: string): boolean {
  if (sentence.includes(`《${n}》`) || sentence.includes(`“${n}”`)) return false;
  if (/(?:中心|基地|学院|学校|大学|研究院|研究所|班|项目|计划|工程|园区?|馆|站|网络|平台|机制)$/u.test(n)) return false;
  return /培训|培养|帮助|援助|提供|开展|举办|资助|派遣|招收|捐赠|修建|承建/u.test(n);
}

/** A name that is only a type word ("联合声明") or is part of another agreement's name names no single document. */
export function ambiguousName(ctx: GenContext, f: AgreementFact): boolean {
  const n = fold(nameOf(f));
  if (n === fold(typeWord(f)) || n.length <= 3) return true;
  return ctx.agreements.some((g) => {
    const m = fold(nameOf(g));
    return m !== n && m.includes(n) && (!g.value.date || !f.value.date || !datesCompatible(g.value.date, f.value.date));
  });
}

/** Whether a date fact ties the name to one of the years (in its event or its sentence). */
function datedInYears(ctx: GenContext, name: string, years: Set<string>): boolean {
  const bare = name.replace(/倡议$/u, "");
  return ctx.dates.some((d) => years.has(d.value.iso.slice(0, 4)) && (d.context.sentence.includes(name) || (bare.length >= 3 && d.context.sentence.includes(bare))));
}

/** Type words too generic to tell two projects apart on their own. */
const GENERIC_TYPES = new Set(["项目", "工程", "中心", "基地", "合作中心", "示范区"]);

/** The two characters before the type word ("中塔公路项目" → "公路"). */
function headOf(name: string, kind: string): string {
  const n = name.endsWith(kind) ? name.slice(0, name.length - kind.length) : name;
  return n.replace(/[”’」）)]+$/u, "").slice(-2);
}

/** Families of documents by their type word (generic Chinese type words). */
const DOCUMENT_FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ["treaty", /(?:条约|协定|公约|协议|议定书|宪章|备忘录)$/u],
  ["statement", /(?:宣言|声明|公报|纪要|共识|倡议书|倡议)$/u],
  ["plan", /(?:规划|计划|纲要|战略|方案|议程|愿景|路线图|政策)$/u],
  ["law", /(?:法|令|条例|决定|决议)$/u],
  ["paper", /(?:报告|白皮书|文件|文集)$/u],
];

/** The family of a document's name; the last two characters when it has none of these. */
export function documentFamily(name: string): string {
  // without a closing mark, a year or a period at the end ("……战略2025", "……（2019—2025）")
  const n = name.replace(/[》”」]+$/u, "").replace(/(?:[（(][^（）()]*[）)]|[\d—–\-~～年]+)$/u, "");
  return DOCUMENT_FAMILIES.find(([, re]) => re.test(n))?.[0] ?? n.slice(-2);
}

/** "题为《……》": the title of a speech or an article, not an agreement. */
const TITLED = /(?:题为|题目为)\s*$/u;

function titledIn(f: AgreementFact): boolean {
  const s = f.context.sentence;
  const at = s.indexOf(`《${nameOf(f)}》`);
  return at >= 0 && /题为\s*$|题目为\s*$/u.test(s.slice(0, at));
}

/** One name is the other with words left out ("友好合作条约" of "关于……友好、睦邻与合作条约"): the same document, maybe. */
export function shortFormOf(a: string, b: string): boolean {
  const x = fold(a).replace(/^关于/u, "");
  const y = fold(b).replace(/^关于/u, "");
  if (!x || !y || x === y) return x === y;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (isSubsequence(short, long)) return true;
  // the same characters in another order ("友好睦邻" for "睦邻友好") with the same type word
  if (short.slice(-2) === long.slice(-2)) {
    const set = new Set(long);
    return [...short].every((ch) => set.has(ch));
  }
  return false;
}

/** The generic type word of an agreement: its `type`, or the last two characters of its name (条约, 宣言 …). */
function typeWord(f: AgreementFact): string {
  return f.value.type?.trim() || nameOf(f).slice(-2);
}

/** Names that would also be a right answer for the blank: same parties and date, or named in the same passage. */
function alsoTrueNames(ctx: GenContext, f: AgreementFact, passage: string): string[] {
  const out: string[] = [];
  for (const g of ctx.agreements) {
    if (g === f) continue;
    if (passage.includes(nameOf(g))) out.push(display(g));
    else if (g.value.date && f.value.date && datesCompatible(g.value.date, f.value.date) && sameParties(g.value.parties, f.value.parties))
      out.push(display(g));
  }
  return out;
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
 * A blanked sentence whose later clause names the answer inside another title ("（    ）以……为主题，通过了
 * 《某某甲峰会公报》", "（    ）是两国合作的标志性项目，……通过《某某港口城法》"): the sentence ends before that
 * clause, when the blank's own clause and what follows it up to there still say enough (ten characters).
 */
export function withoutTitleEcho(text: string, name: string): string {
  const blank = /（\s*）|_{2,}/u.exec(text);
  if (!blank || name.length < 2) return text;
  const after = blank.index + blank[0].length;
  const titled = [...text.matchAll(/《[^《》]*》/gu)].find((m) => m.index! >= after && m[0].includes(name));
  if (!titled) return text;
  // the clause (after a ，or ；) that holds the title, and everything after it
  const cut = Math.max(text.lastIndexOf("，", titled.index!), text.lastIndexOf("；", titled.index!));
  if (cut < after) return text;
  const kept = text.slice(0, cut);
  if (cjkCount(kept.slice(0, blank.index) + kept.slice(after)) < 10 || /[“《（(]([^”》）)]*)$/u.test(kept)) return text;
  return `${kept}。`;
}

function cjkCount(t: string): number {
  return (t.match(/[\u3400-\u9fff]/gu) ?? []).length;
}

/**
 * An option that names the kind of meeting the answer, an ordinal meeting, is ("甲乙领导人正式会晤" of
 * "甲乙领导人第十四次会晤"): the same head and tail with no ordinal of its own.
 */
export function meetingKindOf(option: string, name: string): boolean {
  const m = /^(.{2,}?)第[一二三四五六七八九十百\d]+[次届](.{2,})$/u.exec(name);
  if (!m) return false;
  return option !== name && option.startsWith(m[1]!) && option.endsWith(m[2]!) && !/第[一二三四五六七八九十百\d]+[次届]|首[次届]/u.test(option);
}

/**
 * A sentence that dangles only by its opening clause, which points back ("会议期间，", "此后，", "两年后，"),
 * while the name is asked in a later clause: without that clause the same sentence stands on its own
 * (judged as any sentence is, with nothing put before it). The fact read from the rest of its sentence, then.
 */
export function withoutOpening(ctx: GenContext, f: AgreementFact): AgreementFact | undefined {
  const s = f.context.sentence;
  const key = f.context.keyInSentence;
  const open = /^[^，。；：“”《》]{1,12}[，,]/u.exec(s);
  if (!open || !key || key.start < open[0].length || !DANGLING_START.test(s)) return undefined;
  const n = open[0].length;
  // ("这条线路，就是……": the opening was the subject, and the rest has none)
  if (/^\s*(?:就是|便是|正是|也是|即是|是|即|为|乃)/u.test(s.slice(n))) return undefined;
  // (a link to the background the sentence before gave, "在这一背景下，", goes as "在此背景下，" does, rather than bringing that sentence in)
  const own = passageOf(ctx, f);
  if (!own.dangling && !(own.prepended && /^在(?:这一?|该|此)(?:背景|形势|情况|前提)下[，,]$/u.test(open[0]))) return undefined;
  const g: AgreementFact = { ...f, context: { ...f.context, sentence: s.slice(n), keyInSentence: { start: key.start - n, end: key.end - n } } };
  const rest = passageOf(ctx, g);
  return !rest.dangling && !rest.prepended ? g : undefined;
}

/**
 * A line of notes or slides that opens on the name and says what it did, with no full stop ("首届某某峰会提出……，
 * 同意……"): read as the sentence it is, with its full stop, when it then stands on its own.
 */
export function withFullStop(ctx: GenContext, f: AgreementFact): AgreementFact | undefined {
  const s = f.context.sentence;
  if (/[。！？；;：:…”」』）)]\s*$/u.test(s) || !/[\u3400-\u9fff]$/u.test(s) || !passageOf(ctx, f).dangling) return undefined;
  const g: AgreementFact = { ...f, context: { ...f.context, sentence: `${s}。` } };
  const p = passageOf(ctx, g);
  return !p.dangling && !p.prepended ? g : undefined;
}

export function buildAgreementQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  const out: Draft[] = [];
  const cat = f.value.category;
  const name = nameOf(f);
  const shown = display(f);
  const tags = ["agreement", cat];
  const passage = passageOf(ctx, f).text;
  // (a sentence in traditional characters is judged by its simplified view where actors are read: context.ts hasActor)
  const rest = withoutOpening(ctx, f) ?? withFullStop(ctx, f);
  // a name the extractor cut badly ("第二届峰会", "“某某") makes no question
  if (!usableAgreement(f)) return out;
  // a partnership "name" that names the parties ("甲乙两国伙伴关系") is no level to choose
  if (cat === "partnership" && /两国|双方|各国/u.test(name)) return out;

  // 1. choose the name that fills the blank in the source sentence
  const pools: Record<string, string[]> = {
    document: ["document"],
    partnership: ["partnership"],
    mechanism: ["mechanism", "organisation"],
    organisation: ["organisation", "mechanism"],
    initiative: ["initiative"],
    project: ["project"],
  };
  const needle = passage.includes(`《${name}》`) ? `《${name}》` : name;
  // a row of a CSV chronology ("2005/4/9：某某访斯，……") is asked as a sentence ("2005年4月9日，……")
  const categories = categoryCells(ctx, f.documentId);
  const blanked = blankedPassage(ctx, rest ?? f, needle, BLANK);
  const bp = blanked && { ...blanked, text: withoutTitleEcho(rowAsSentence(blanked.text, categories), name) };
  // projects, mechanisms, organisations named in a list of examples ("A、B等均是…") could all fill the blank
  const inList = bp ? /[、和及与]\s*（\s*）|（\s*）\s*[、和及与等]/u.test(bp.text.replace(/（\s+）/gu, "（）")) : false;
  const listRisk = inList && cat !== "partnership";
  // a level written inside a title ("《甲乙同盟关系条约》") tests a word of the title, not the relation
  const inTitle = bp ? /《[^》]*（\s*）[^《]*》/u.test(bp.text) : false;
  // a name cut from a building's ("（    ）大厦竣工": the 会议 of "某某会议大厦") is no name to choose
  const cutFromBuilding = bp ? /（\s*）(?:大厦|大楼|会堂|大桥|体育场|体育馆|医院)/u.test(bp.text) : false;
  if (bp && !bp.dangling && !cutFromBuilding) {
    let cands = namePool(ctx, f, pools[cat] ?? [cat]);
    // projects, mechanisms and organisations only against their own kind (班列 against 班列, 论坛 against 论坛;
    // for a generic type word, the word before it: 公路项目 against 公路项目, not 风电项目)
    if (cat === "project" || cat === "mechanism" || cat === "organisation") {
      const kind = typeWord(f);
      const head = headOf(name, kind);
      cands = cands.filter((c) => typeOfOption(ctx, c) === kind && (!GENERIC_TYPES.has(kind) || headOf(unwrap(c), kind) === head));
    }
    // a title introduced by 题为 (a speech, an article) only against other such titles
    if (cat === "document" && TITLED.test(bp.full.slice(0, Math.max(0, bp.full.indexOf(needle))))) {
      const titled = new Set(ctx.agreements.filter((g) => g !== f && titledIn(g)).map(display));
      cands = cands.filter((c) => titled.has(c));
    } else if (cat === "document") {
      cands = cands.filter((c) => !optionNames(ctx).some((e) => e.display === c && titledIn(e.f)));
    }
    // a document only against documents of its family (a treaty against treaties and agreements,
    // a declaration against statements), never a national strategy against a treaty
    if (cat === "document") cands = cands.filter((c) => documentFamily(unwrap(c)) === documentFamily(name));
    // a name that could be a short form of the answer (or the answer of it) is also true
    cands = cands.filter((c) => !shortFormOf(unwrap(c), name) && !foreignPair(c, bp.full, shown));
    // the kind of meeting an ordinal one is ("某某领导人正式会晤" of "某某领导人第十四次会晤") is true of it as well
    cands = cands.filter((c) => !meetingKindOf(unwrap(c), name));
    // a name the corpus dates to the same year as the blank's sentence could be true as well
    // ("2013年……提出（    ）": another initiative proposed that year fits the blank)
    const years = new Set([...bp.full.matchAll(/(\d{4})\s*年/gu)].map((m) => m[1]!));
    if (years.size) cands = cands.filter((c) => !datedInYears(ctx, unwrap(c), years));
    // a level against levels: a "name" that names its parties ("中国东盟……", "某国—某地区伙伴关系") is ruled out by them
    if (cat === "partnership") cands = uniqueFolded([...cands.filter((c) => !namesItsParties(c) || namesItsParties(name)), ...byLength(PARTNERSHIP_LEVELS, name)]);
    // a title in 《》 only against titles: an untitled "name" beside it is a cut or a description
    if (/^《.*》$/u.test(shown)) cands = cands.filter((c) => /^《.*》$/u.test(c));
    const seed = seedFor("agreement-blank", [f]);
    const ds = pickDistractors(cands, shown, 3, seed, {
      alsoTrue: alsoTrueNames(ctx, f, bp.full),
      strict: cat !== "partnership",
    });
    if (ds && !listRisk && !inTitle) {
      // a title the sentence writes in quotes ("“（    ）”") is offered without 《》
      const bare = needle !== `《${name}》` && /“\s*（\s*）\s*”/u.test(bp.text.replace(/（\s+）/gu, "（）"));
      const plain = (o: string) => (bare ? o.replace(/^《(.*)》$/u, "$1") : o);
      out.push(
        draft(ctx, {
          type: "mcq",
          variant: "agreement-blank",
          facts: [f],
          prompt: `阅读原文，选择填入括号的一项：${bp.text}`,
          options: shuffled([shown, ...ds], seed).map(plain),
          answer: plain(shown),
          explanation: explain(ctx, f, `正确答案是${shown}。`),
          tags,
          flags: bp.prepended ? ["context-prepended"] : [],
        }),
      );
    }
    // typed cloze for short names (a partnership level, a short mechanism name)
    // a title in 《》 is learnt whole (up to 16 characters); other names only when short
    const typed = (cat === "document" ? name.length <= 16 : name.length <= 8) && !/\d/.test(name);
    if (typed) {
      const czBlanked = blankedPassage(ctx, rest ?? f, name, CLOZE_BLANK);
      const cz = czBlanked && { ...czBlanked, text: withoutTitleEcho(rowAsSentence(czBlanked.text, categories), name) };
      if (cz && !cz.dangling) {
        out.push(
          draft(ctx, {
            type: "cloze",
            variant: "agreement-cloze",
            facts: [f],
            prompt: `根据原文填空：${cz.text}`,
            answer: name,
            accepted: uniqueFolded([name, `《${name}》`]),
            blanked: name,
            explanation: explain(ctx, f, `空格处应填“${name}”。`),
            tags,
            flags: cz.prepended ? ["context-prepended"] : [],
          }),
        );
      }
    }
    // flashcard: the blanked sentence on the front
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "agreement-card",
        facts: [f],
        prompt: bp.text,
        front: `${bp.text}\n括号中应是什么？`,
        back: shown,
        explanation: explain(ctx, f, ""),
        tags,
        flags: bp.prepended ? ["context-prepended"] : [],
      }),
    );
  }

  // 2. when: 《X》是在哪一年签署的？ / 中国与X是在什么时候建立Y的？
  const date = f.value.date ? plainDate(ctx, f, f.value.date) : undefined;
  const precision = date ? precisionOf(date) : null;
  const verb = verbFor(f);
  // the same partnership on the same date from the same sentence with a region or group for a country
  // ("甲国" and "某洲国家" from one line): which party is meant is not certain, so no party is named
  // (several countries named in one sentence, "与甲国、乙国建立……", are each right)
  const groupIn = (ps: readonly string[]) => ps.some(isGroupParty);
  const conflicting = ctx.agreements.some(
    (g) =>
      g !== f &&
      g.value.category === f.value.category &&
      fold(nameOf(g)) === fold(nameOf(f)) &&
      g.value.date === f.value.date &&
      g.context.sentence === f.context.sentence &&
      g.value.parties.length > 0 &&
      !sameParties(g.value.parties, f.value.parties) &&
      groupIn(g.value.parties) !== groupIn(f.value.parties),
  );
  // a level the extractor found with no party ("关系定位：战略合作关系（某年建立）") is the pair's the text
  // is about, when the text around names one ("中土两国")
  const label = cat === "partnership" && f.value.parties.length === 0 && !conflicting ? pairLabelFor(ctx, f) : undefined;
  // "两国在中欧……框架内建立……": the 两国 is the pair the text is about, not the pair of the frame
  const framed = framePairs(f.context.sentence);
  const byFrame = f.value.parties.some((p) => p !== "中国" && framed.has(p[0]!));
  const aroundLabel = byFrame ? pairLabelFor(ctx, f) : undefined;
  const pair = conflicting
    ? undefined
    : byFrame
      ? aroundLabel && /^中[\u3400-\u9fff]$/u.test(aroundLabel) && !framed.has(aroundLabel[1]!)
        ? `${aroundLabel}两国`
        : undefined
      : (partyPhrase(f.value.parties, f.context.sentence) ?? (label ? `${label}两国` : undefined));
  // a document's date is asked only when it is the date of the verb (no count up to a date, no talks
  // or entry into force in its clause), and with its owner: a title that names no one ("过境运输协定",
  // "第某号决议") is asked with the pair that signed it, or one party's clause, or not at all
  const docOwner =
    cat !== "document" || !ownerlessTitle(ctx, f) ? "" : verb ? (pair ?? namedSubject(f, verb) ?? unnamedPairLabel(ctx, f)) : undefined;
  const docDateOk = cat !== "document" || (!cumulativeCount(f) && !otherEventClause(f));
  // dates of mechanisms, organisations and projects are too often the date of something else in the sentence
  if (
    date &&
    precision &&
    verb &&
    !recurringKind(f) &&
    docDateOk &&
    (cat === "document" || (cat === "partnership" && pair)) &&
    (cat === "partnership" || !ambiguousName(ctx, f))
  ) {
    const d: SimpleDate = { iso: date, precision };
    const when = whenWord(precision, false);
    const vp = partnershipVerb(verb);
    const joined = cat === "document" ? actorClause(f, shown, verb) : undefined;
    const prompt =
      cat === "partnership"
        ? pair
          ? `${pair}${vp.lead}${vp.verb}${name}是在${when}？`
          : undefined
        : joined
          ? `${joined}是在${when}？`
          : docOwner === undefined
            ? undefined
            : docOwner
              ? `${docOwner}${verb}${shown}是在${when}？`
              : `${shown}是在${when}${verb}的？`;
    const forbidden = [date];
    for (const g of ctx.agreements) {
      if (g !== f && fold(nameOf(g)) === fold(name) && g.value.date && (cat !== "partnership" || sameParties(g.value.parties, f.value.parties)))
        forbidden.push(g.value.date);
    }
    for (const g of ctx.dates) if (g.value.event.includes(name) && similarity(g.context.sentence, f.context.sentence) > 0.8) forbidden.push(g.value.iso);
    const seed = seedFor("agreement-when", [f]);
    const ds = prompt ? dateDistractors(ctx, d, forbidden, seed) : null;
    if (prompt && ds) {
      const answer = formatDate(d);
      // the date facts of the same sentence that this question asks for ("同年，双方建立……" resolved to that year)
      const dated = ctx.dates.filter(
        (g) => g.documentId === f.documentId && g.context.sentence === f.context.sentence && !g.value.endIso && datesCompatible(g.value.iso, date) && precisionOf(g.value.iso) === precision,
      );
      out.push(
        draft(ctx, {
          type: "mcq",
          variant: "agreement-when",
          facts: [f, ...dated],
          prompt,
          options: dateOptions(d, ds),
          answer,
          explanation: explain(ctx, f, `正确答案是${answer}。`),
          tags: [...tags, "date"],
        }),
      );
      if (cat === "partnership" && pair) {
        out.push(
          draft(ctx, {
            type: "short_answer",
            variant: "partnership-level",
            facts: [f],
            prompt: `${answer}，${pair}${vp.lead}${vp.verb}${vp.verb.endsWith("为") || vp.verb.endsWith("发展") ? "" : "了"}什么关系？`,
            answer: name,
            accepted: uniqueFolded([name, name.replace(/关系$/, "")]),
            explanation: explain(ctx, f, `答案：${name}。`),
            tags,
          }),
        );
      }
      const truth = coin(seedFor("agreement-tf", [f]));
      const shownDate = truth ? answer : formatDate(ds[0]!);
      const statement =
        cat === "partnership"
          ? pair
            ? `${shownDate}，${pair}${vp.lead}${vp.verb}${name}。`
            : undefined
          : joined
            ? `${shownDate}，${joined}。`
            : docOwner
              ? `${shownDate}，${docOwner}${verb}${shown}。`
              : `${shown}${verb}于${shownDate}。`;
      if (statement) {
        out.push(
          draft(ctx, {
            type: "true_false",
            variant: "agreement-tf",
            facts: [f],
            prompt: `判断正误：${statement}`,
            answer: truth,
            explanation: explain(ctx, f, truth ? "正确。" : `错误，应为${answer}。`),
            tags: [...tags, "date"],
          }),
        );
      }
    }
  }
  return out;
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

/**
 * The named subject of the clause that signs or adopts the document ("此前某理事会已于某年某月通过……第某号决议"
 * → "某理事会"): a body or a country, never an unnamed 两国/双方/五国元首.
 */
export function namedSubject(f: AgreementFact, verb: string): string | undefined {
  const s = f.context.sentence;
  const name = nameOf(f);
  const clause = s.split(/[，。；！？]/u).find((c) => c.includes(name) && c.includes(verb));
  if (!clause) return undefined;
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(
    `^\\s*(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:此前|此后|同年|随后|当天|当日|次年)?([\\u3400-\\u9fff]{2,10}?)(?:已|又|也|还|曾)?(?:于(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:正式|共同|一致)?${esc(verb)}了?(?:[^，。；《》]{0,16}的)?《?${esc(name)}》?$`,
    "u",
  ).exec(clause.trim());
  const subject = m?.[1];
  if (!subject || /^(?:两|双|各|三|四|五|六|七|八|九|十|多|其|该|此|这|本|我)|元首|领导人|方$/u.test(subject)) return undefined;
  // a body or a country: 某理事会, 某组织, 某国
  if (!/(?:会|组织|国|盟|政府|议会|署|部)$/u.test(subject)) return undefined;
  return subject;
}

/**
 * The pairs ("中欧" → 欧) named inside a frame phrase of a 两国/双方 subject ("两国在中欧合作框架内建立……"):
 * the frame's pair is not the pair the 两国 refers to.
 */
export function framePairs(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?:两国|双方)[^，。；]{0,12}?在([^，。；]{1,40}?)(?:框架|机制|平台)(?:内|下|中)/gu)) for (const c of pairsIn(m[1]!)) out.add(c);
  return out;
}

/**
 * "中甲两国" for a document the sentence has 两国 or 双方 sign, when the text around names the pair
 * (a pair of two, "中" and one country's character: no group, no trio).
 */
function unnamedPairLabel(ctx: GenContext, f: AgreementFact): string | undefined {
  const s = f.context.sentence;
  if (!/两国|双方/u.test(s)) return undefined;
  // one country the sentence names, met by China's head of state or government ("国家主席……同某国总统会谈，两国签署……")
  const foreign = f.value.parties.filter((p) => p !== "中国");
  if (foreign.length === 1 && s.includes(foreign[0]!) && /国家主席|国务院总理|中方|中国/u.test(s.replace(foreign[0]!, ""))) return `中国与${foreign[0]}`;
  const label = pairLabelFor(ctx, f);
  return label && /^中[\u3400-\u9fff]$/u.test(label) ? `${label}两国` : undefined;
}

/** The clause of the name speaks of another event of the document than its signing ("X谈判正式启动", "X已正式生效"). */
function otherEventClause(f: AgreementFact): boolean {
  const s = f.context.sentence;
  const at = s.indexOf(nameOf(f));
  if (at < 0) return false;
  const start = Math.max(...[...s.slice(0, at).matchAll(/[，。；,;！？]/gu)].map((m) => m.index! + 1), 0);
  const ends = [...s.slice(at + nameOf(f).length).matchAll(/[，。；,;！？]/gu)].map((m) => m.index! + at + nameOf(f).length);
  const clause = s.slice(start, ends[0] ?? s.length).replace(nameOf(f), "");
  return OTHER_EVENT.test(clause);
}

/**
 * A title that says whose document it is: it names a country, a region, a pair, a body ("联合国……公约",
 * "某峰会宣言") or a place the corpus knows ("某城宣言"). "关于建立战略伙伴关系的联合宣言" alone names
 * no one: many pairs have signed one.
 */
export function titleNamesOwner(ctx: GenContext, name: string, sentence = ""): boolean {
  // (国 of 两国, 国籍, 国际 … names no country; 政府间 no government)
  const bare = name.replace(/两国|各国|本国|我国|他国|多国|双边|国籍|国际|国内|国家|国界|国事|国有|国土|国防|国民|国企|国情|国务|政府间/gu, "");
  if (namesItsParties(bare)) return true;
  if (/联合国|安理会|大会|组织|理事会|委员会|论坛|峰会|会议|议会|政府|联盟|东盟|欧盟|[省市州岛湾港]/u.test(bare)) return true;
  // a region ("某亚", "亚太", "拉美", "北极")
  if (/(?:东南|东北|西北|[中东南西北])亚|亚太|欧亚|拉美|拉丁美|中东|[南北]极|加勒比|太平洋|大西洋|印度洋|北冰洋|南海|东海|黄海|地中海|阿拉伯|海湾/u.test(name)) return true;
  // a place the sentence names as where it happened ("在某城举行……签署《某城宣言》")
  for (const m of sentence.matchAll(/在([\u3400-\u9fff]{2,4}?)(?:成功|隆重|正式)?(?:举行|召开|举办|签署|发表|通过)/gu)) if (name.includes(m[1]!)) return true;
  return entityNames(ctx).some((n) => name.includes(n));
}

/**
 * A document whose title does not say whose it is, though the text makes it one pair's or one body's:
 * a bilateral document ("双方签署《过境运输协定》", "与某国签署……合作备忘录", "双边自贸协定") or a numbered
 * resolution ("第某号决议") whose title names neither the pair nor the body. A world-known title
 * ("《某城宣言》", "《不扩散……条约》") signed by many is not one: no pair is missing from it.
 */
export function ownerlessTitle(ctx: GenContext, f: AgreementFact): boolean {
  if (f.value.category !== "document") return false;
  const name = nameOf(f);
  const s = f.context.sentence;
  if (titleNamesOwner(ctx, name, s)) return false;
  // a title that opens on the pair's short form ("中甲……协议" signed by 中国 and 甲国), or names a
  // project by its code ("AB-1项目……协议")
  const heads = f.value.parties.map((p) => p[0]!);
  const opensOnPair = heads.length >= 2 && heads.every((h) => name.slice(0, heads.length + 1).includes(h));
  if (opensOnPair || f.value.parties.some((p) => p !== "中国" && name.startsWith(`中${p[0]}`)) || /[A-Za-z]{2,}/u.test(name)) return false;
  if (/^第[\d一二三四五六七八九十百千]+号/u.test(name) || /(?:决议|决定)$/u.test(name)) return true;
  if (/双边|两国|双方/u.test(name)) return true;
  // a title that only says what the document is about, as any pair's could ("某领域合作备忘录",
  // "政府间贸易协定")
  if (/^政府间|合作(?:谅解)?备忘录$|合作(?:协定|协议)$|对话机制/u.test(name)) return true;
  // a party the extractor found elsewhere, which this sentence does not name (a table row "签署《某备忘录》")
  if (f.value.parties.some((p) => p !== "中国") && !f.value.parties.some((p) => p !== "中国" && (s.includes(p) || s.includes(`${p[0]}方`) || s.includes(`中${p[0]}`)))) return true;
  const at = s.indexOf(name);
  const cuts = [...s.slice(0, Math.max(0, at)).matchAll(/[。；;！？]/gu)].map((m) => m.index!);
  const before = s.slice((cuts[cuts.length - 1] ?? -1) + 1, Math.max(0, at));
  return /双方|两国|雙方|兩國|双边|(?:同|与|和)[\u3400-\u9fff·]{2,12}?(?:政府)?(?:共同|正式)?(?:签署|签订|缔结)/u.test(before);
}

/** Agreement ↔ date matching over documents with distinct years. */
export function agreementDateCandidates(ctx: GenContext): AgreementFact[] {
  return ctx.agreements.filter((f) => f.value.category === "document" && f.value.date && precisionOf(f.value.date) && !recurringKind(f) && signedOrIssuedDate(f));
}

export { dateSpellings };

/**
 * A document one party signs or joins ("1998年5月，中国签署《某议定书》"): the date is that party's, not
 * the document's, so the question names the party with its verb ("中国签署《某议定书》是在什么时候？").
 */
export function actorClause(f: AgreementFact, shown: string, verb: string): string | undefined {
  if (f.value.parties.length !== 1) return undefined;
  const party = f.value.parties[0]!;
  const clause = f.context.sentence.split(/[，。；！？]/u).find((c) => c.includes(`${verb}${shown}`));
  if (!clause) return undefined;
  const m = new RegExp(`^(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(${party}(?:政府)?)(?:正式)?${verb}${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u").exec(clause.trim());
  return m ? clause.trim().replace(/^(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?/u, "") : undefined;
}
