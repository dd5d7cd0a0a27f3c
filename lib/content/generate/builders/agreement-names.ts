/** Agreement names: which names can be asked or offered, their display, type word and family. */
import { datesCompatible } from "../dates";
import type { AgreementFact, GenContext } from "../model";
import { escapeRegExp, fold, isSubsequence, unwrap } from "../text";
import { balanced, pairsIn } from "./common";
import { simplifiedView } from "./script";

export function nameOf(f: AgreementFact): string {
  return unwrap(f.value.name);
}

/** How the name is shown in options: book-title marks for documents. */
export function display(f: AgreementFact): string {
  const n = nameOf(f);
  // 《》 only where the source sets the name in them ("“准则”框架" stays as written)
  return f.value.category === "document" && f.context.sentence.includes(`《${n}》`) ? `《${n}》` : n;
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
  // (the 本 of 本币, "local currency", points at nothing: "本币互换协议" is a name)
  if (/^(?:第[一二三四五六七八九十\d]+[届次]|本(?!币)|此|该|这|其)/u.test(n))
    return (
      (/[\u3400-\u9fff]{2,}(?:峰会|会议|论坛|宣言|声明|公报)$/u.test(n) && n.length > 6) ||
      // "第二届某某大会", "第三次某某领导人会晤": an ordinal meeting whose body is named (not "第十次审议大会")
      /^第[一二三四五六七八九十百\d]+[届次][\u3400-\u9fff（）—]{3,}(?:大会|会晤|外长会|洽谈会|博览会)$/u.test(n.replace(/^(第[^届次]+[届次])(?:审议|缔约方|领导人|部长级)/u, "$1"))
    ) && !/^(?:本|此|该|这|其)/u.test(n);
  // a verb phrase cut from its sentence ("健全……机制"), or two things joined ("甲与现有……机制")
  if (/^(?:建立|健全|完善|加强|推动|深化|构建|打造|发挥|强化|依托|通过|利用|版本|各|继续|加快|推进|讨论)/u.test(n) || /现有|相关|各[\u3400-\u9fff]/u.test(n)) return false;
  // a clause cut with its verb ("北京达成协议" of "在北京达成协议", "某国商签自贸协定"): who did what, no name
  if (/[\u3400-\u9fff](?:达成|签署|签订|缔结|签了|商签)/u.test(n)) return false;
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

/**
 * "建交公报", "建交联合公报", "建交联合声明": the document a pair establishes its relations by, one per pair,
 * asked where the text names the pair; never offered as an option, which another pair's could make true.
 */
export function relationsCommunique(name: string): boolean {
  return /^建交(?:联合)?(?:公报|声明|宣言)$/u.test(name);
}

/** An agreement whose name can be asked for or offered as an option. */
export function usableAgreement(f: AgreementFact): boolean {
  const n = nameOf(f);
  // "签署22个自贸协定": a counted noun is a kind of agreement, not the name of one
  // ("第一个战略伙伴关系" is an ordinal, no count)
  const counted = new RegExp(`(?<!第)[\\d一二三四五六七八九十两多余]\\s*[个项份部]\\s*《?${escapeRegExp(n)}`, "u");
  if (counted.test(f.context.sentence)) return false;
  // a kind of document written without 《》, a body's name and a type word ("联合国公约"): no title
  // (a pair's or trio's short form, "中甲乙自贸协定", names one treaty)
  const pairForm = /^中[\u3400-\u9fff]{1,2}(?:自贸协定|自由贸易协定|投资协定)$/u.test(n) && (f.value.parties?.length ?? 0) >= 2;
  // (the communiqué that establishes a pair's relations, "建交联合公报", is that pair's one document)
  if (f.value.category === "document" && !pairForm && !relationsCommunique(n) && !f.context.sentence.includes(`《${n}》`) && n.length - typeWord(f).length <= 3) return false;
  // a level cut from a coordination ("战略伙伴和联盟关系" → "联盟关系"): the text names more than it
  if (f.value.category === "partnership") {
    const s = f.context.sentence;
    const at = [...s.matchAll(new RegExp(escapeRegExp(n), "gu"))].map((m) => m.index!);
    if (at.length > 0 && at.every((i) => /[\u3400-\u9fff](?:和|及|与)$/u.test(s.slice(Math.max(0, i - 2), i)))) return false;
  }
  // the 非 of "非某某莫属" ("…，非甲乙铁路莫属") taken into the name: the name is what follows it
  const nAt = f.context.sentence.indexOf(n);
  if (/^非/u.test(n) && nAt >= 0 && /^莫[属屬]/u.test(f.context.sentence.slice(nAt + n.length))) return false;
  // a preposition taken into the name ("同“某某”框架" from "推进甲同“某某”框架对接"), or the 包括 of
  // "签署了包括X在内的多项文件"
  if (/^[同与和跟][“《]/u.test(n) || /^包括/u.test(n)) return false;
  // a country taking an office in a body ("甲国接任某组织轮值主席国"): the verb's subject and object, not one name
  if (f.value.category === "organisation" && /接任|担任|出任|继任/u.test(n)) return false;
  // a pair joined by 同 ("甲同乙"), not one name
  if (f.value.category === "organisation" && /^[^《》“”]{2,}同[^《》“”]{2,}$/u.test(n)) return false;
  // the last item cut from a coordinated title ("经济、贸易、……和青年领域总协议" → "青年领域总协议")
  if (f.value.category === "document" && !f.context.sentence.includes(`《${n}》`)) {
    const s = f.context.sentence;
    const at = [...s.matchAll(new RegExp(escapeRegExp(n), "gu"))].map((m) => m.index!);
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
  // (a way of travelling: "从首都到甲城走公路需要数天" is no road named 甲城走公路)
  return /培训|培养|帮助|援助|提供|开展|举办|资助|派遣|招收|捐赠|修建|承建|走(?:公路|铁路|海路|水路|陆路)|乘坐|搭乘/u.test(n);
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

/** Type words too generic to tell two projects apart on their own. */
export const GENERIC_TYPES = new Set(["项目", "工程", "中心", "基地", "合作中心", "示范区"]);

/** The two characters before the type word ("中塔公路项目" → "公路"). */
export function headOf(name: string, kind: string): string {
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
export const TITLED = /(?:题为|题目为)\s*$/u;

export function titledIn(f: AgreementFact): boolean {
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
export function typeWord(f: AgreementFact): string {
  return f.value.type?.trim() || nameOf(f).slice(-2);
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
