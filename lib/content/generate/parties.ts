/**
 * "两国", "双方" with no country in their sentence: the two countries named by the text around it
 * (the sentence before, the paragraph so far, the document's title and first paragraph), so that a
 * question can say "中柬两国" instead of being dropped. Nothing is named when the text is ambiguous.
 */
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, REGIONS } from "../extract/vocabulary";
import { foldTraditional } from "../script";
import type { Sentence } from "../types";
import type { GenContext } from "./model";
import { namesGiven } from "./other-names";

/** One-character forms that name a country (not a region or a group: 非, 拉, 欧, 阿). */
const COUNTRY_CHARS = Object.entries(COUNTRY_ABBREVIATIONS)
  .filter(([c, name]) => c !== "中" && c !== "所" && !/洲|拉美|欧盟|国家/u.test(name))
  .map(([c]) => c)
  .join("");
const PAIR = new RegExp(`中([${COUNTRY_CHARS}])(?![${COUNTRY_CHARS}洲年方部文外资企式型小大心央期亚东西南北社网望库书门着来])`, "gu");

/** "中日韩": China and two one-character country forms, written as one word. */
const TRIO = new RegExp(`中[${COUNTRY_CHARS}]{2}(?![${COUNTRY_CHARS}洲年方部文外资企])`, "gu");

/**
 * Regions and groups ("南亚国家", "海合会", "中阿", "发展中国家"): a side of a relation that is no one
 * country, so that "双方" next to them may not be China and one country.
 */
const GROUPS = new RegExp(`${REGIONS.join("|")}|海合会|海湾|(?:(?!对方|對方)[\u3400-\u9fff]{2})国家|各国|多国|中[海阿非拉欧](?=[\u3400-\u9fff])`, "u");

/** A country's name as the topic of a crisis or an issue, not a party ("乌克兰危机"). */
export const TOPIC_OF = new RegExp(`(?:${COUNTRY_FORMS.map(([form]) => form).filter((f) => f.length >= 2 && f !== "中国").join("|")})(?:危机|问题|局势|冲突|战争|难民)`, "gu");

/**
 * A text without the rank it gives a country among a group ("成为第一个同中国签署此类文件的欧洲国家"): the
 * group there describes the country, it is no side of the relation.
 */
const withoutRank = (text: string): string => text.replace(/(?:第一个|首个|唯一(?:一个)?)[^，。；]{0,30}?[\u3400-\u9fff]{2}国家/gu, "□");

/**
 * The countries other than China a text names: full names, and the second character of "中某" pairs. The
 * text is folded already (a traditional text, "泰國", "中泰兩國", is read in its simplified view, one character for one).
 */
export function partiesOf(text: string): { names: Set<string>; chars: Set<string> } {
  const names = new Set<string>();
  // a country named as a topic ("乌克兰危机", "阿富汗问题") is no side of the relation; the 美国 inside
  // "拉美国家", "欧美国家" is no country
  let rest = text.replace(TOPIC_OF, "□").replace(/[拉南北欧]美(?=国家)/gu, "□");
  for (const [form, name] of COUNTRY_FORMS) {
    if (!rest.includes(form)) continue;
    rest = rest.split(form).join("□");
    if (name !== "中国") names.add(name);
  }
  const chars = new Set([...text.matchAll(PAIR)].map((m) => m[1]!));
  return { names, chars };
}

/**
 * The label of the one country other than China a text names ("中柬" as the text writes its pair,
 * else "中国和新西兰"), or undefined (none, several, or China not named). A pair character and a
 * full name it begins ("中巴" and 巴西) are the same country.
 */
export function partnerLabel(raw: string): string | undefined {
  const text = foldTraditional(raw);
  const { names, chars } = partiesOf(text);
  const lone = [...chars].filter((c) => ![...names].some((n) => n.startsWith(c)));
  // (a forum named by its region, "亚太经合组织", is no group beside the country)
  if (names.size + lone.length !== 1 || chars.size > 1 || namesGroup(withoutRank(text)) || !namesChina(text)) return undefined;
  const c = [...chars][0];
  return c ? `中${c}` : `中国和${[...names][0]}`;
}

/**
 * A pair's or trio's short label written out ("中澳" → "中国和澳大利亚", "中日韩" → "中国、日本和韩国"), when the
 * document writes each country's full name and no other country whose name opens on the same character.
 */
export function longLabel(docText: string, label: string): string | undefined {
  // (a group's character, 中非 or 中阿, stands for no one country)
  const m = new RegExp(`^中([${COUNTRY_CHARS}])([${COUNTRY_CHARS}])?$`, "u").exec(label);
  if (!m) return undefined;
  const { names } = partiesOf(foldTraditional(docText));
  const full: string[] = [];
  for (const c of [m[1]!, m[2]].filter((x): x is string => !!x)) {
    const found = [...names].filter((n) => n.startsWith(c));
    if (found.length !== 1) return undefined;
    full.push(found[0]!);
  }
  return full.length === 1 ? `中国和${full[0]}` : `中国、${full[0]}和${full[1]}`;
}

/** A group China's relation is with, as a text writes the pair ("中国—东盟", "中国与非洲国家"). */
const GROUP_PAIR = /中国(?:—|与|和|同)(东盟|欧盟|非盟|阿盟|太平洋岛国|中东欧国家|阿拉伯国家|非洲国家|非洲|拉美国家|拉美和加勒比国家|拉共体|海合会|海湾阿拉伯国家合作委员会)|中([非阿欧拉])(?=[\u3400-\u9fff])(?!洲)/gu;

/**
 * The pair of China and one group ("中国—东盟", "中非") a text names, and no single country: for a
 * 双方 of a text about China and a region or organisation. Undefined when it names several or a country.
 */
export function groupLabel(raw: string): string | undefined {
  const text = foldTraditional(raw);
  const { names, chars } = partiesOf(text.replace(GROUP_PAIR, "□"));
  if (names.size + chars.size > 0) return undefined;
  const labels = new Set([...text.matchAll(GROUP_PAIR)].map((m) => (m[1] ? `中国—${m[1]}` : `中${m[2]}`)));
  return labels.size === 1 ? [...labels][0] : undefined;
}

/** Whether a pair label is China and a group, which names a 双方 but never a 两国. */
export const isGroupLabel = (label: string): boolean => /^中国—|^中[非阿欧拉]$/u.test(label);

/** An organisation or meeting whose name holds a region ("亚太经合组织", "东盟地区论坛"): a forum, no side. */
const REGIONAL_BODY = new RegExp(`(?:${REGIONS.join("|")})[\u3400-\u9fff]{1,10}?(?:组织|会议|论坛|联盟|理事会|博览会|银行|机制)`, "gu");

/** Countries whose name holds a region's ("印度尼西亚", "马来西亚" hold 西亚): no region of their own. */
const REGION_IN_COUNTRY = new RegExp(
  COUNTRY_FORMS.map(([form]) => form)
    .filter((form) => GROUPS.test(form))
    .sort((a, b) => b.length - a.length)
    .join("|") || "(?!)",
  "gu",
);

/** A text's groups, leaving out regions that only name a forum, or are part of a country's name. */
const namesGroup = (text: string): boolean => GROUPS.test(text.replace(REGIONAL_BODY, "□").replace(REGION_IN_COUNTRY, "□"));

/** Whether a text names a country other than China, or a region or group. */
export function namesForeignCountry(raw: string): boolean {
  const text = foldTraditional(raw);
  const { names, chars } = partiesOf(text);
  return names.size + chars.size > 0 || namesGroup(text);
}

/** Whether a text (folded already) names China. */
function namesChina(text: string): boolean {
  return /中国|中方|中华人民共和国|我国|访华|来华|在华|对华/u.test(text) || new RegExp(PAIR.source, "u").test(text);
}

const partnerCache = new WeakMap<GenContext, Map<string, string | undefined>>();

/** The document's own pair: its title and first paragraph name China and exactly one other country. */
export function documentPartner(ctx: GenContext, documentId: string): string | undefined {
  let cache = partnerCache.get(ctx);
  if (!cache) partnerCache.set(ctx, (cache = new Map()));
  if (cache.has(documentId)) return cache.get(documentId);
  const doc = ctx.docs.get(documentId);
  const list = ctx.sentences.get(documentId) ?? [];
  const first = list[0]?.paragraph;
  const opening = [doc?.title ?? "", ...list.filter((s) => s.paragraph === first).map((s) => s.text)].join("。");
  const partner = partnerLabel(opening) ?? groupLabel(opening) ?? dominantPartner(list.map((s) => s.text).join("。"));
  cache.set(documentId, partner);
  return partner;
}

/**
 * The pair a whole document is about when its title and opening name none ("……以中国与巴西关系为例",
 * then "中巴" throughout): the one country paired with China three times at least and twice as often as
 * any other country the text names.
 */
function dominantPartner(raw: string): string | undefined {
  const text = foldTraditional(raw);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(PAIR)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 3 || (next && top[1] < 2 * next[1])) return undefined;
  // a full name of another country as frequent as the pair makes the text about more than one
  const others = COUNTRY_FORMS.filter(([form, name]) => name !== "中国" && !name.startsWith(top[0]) && text.split(form).length - 1 >= top[1] / 2);
  return others.length ? undefined : `中${top[0]}`;
}

/** The one country other than China a text names (a full name or a pair's character), else undefined. */
function onlyCountry(raw: string): string | undefined {
  const text = foldTraditional(raw);
  // (a region inside a quoted name, "“南美一体化路线”", is no side)
  if (GROUPS.test(withoutRank(text).replace(/“[^”]*”/gu, ""))) return undefined;
  const { names, chars } = partiesOf(text);
  const lone = [...chars].filter((c) => ![...names].some((n) => n.startsWith(c)));
  if (names.size + lone.length !== 1 || chars.size > 1) return undefined;
  return [...names][0] ?? lone[0];
}

/**
 * Whether a text names China and, of the sides a 双方 may have, only the group of a document about China and
 * that group ("中国作为东盟对话伙伴……" in a text about 中国—东盟); a name inside a title is no side.
 */
function namesOnlyGroupOf(doc: string, raw: string): boolean {
  const group = /^中国—(.+)$/u.exec(doc)?.[1];
  const text = foldTraditional(raw).replace(/《[^》]*》/gu, "□");
  return !!group && text.includes(group) && namesChina(text) && !namesForeignCountry(text.split(group).join("□"));
}

/**
 * The one country a text is about besides China, by its full names: written eight times at least and three times as
 * often as any other country ("阿根廷" throughout a chat about 中阿关系, where 中阿 may be the Arab states too).
 */
export function mainPartner(raw: string): string | undefined {
  const text = foldTraditional(raw);
  if (!namesChina(text)) return undefined;
  let rest = text.replace(TOPIC_OF, "□");
  const counts = new Map<string, number>();
  for (const [form, name] of COUNTRY_FORMS) {
    if (name === "中国" || !rest.includes(form)) continue;
    counts.set(name, (counts.get(name) ?? 0) + rest.split(form).length - 1);
    rest = rest.split(form).join("□");
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 8 && top[1] >= 3 * (next?.[1] ?? 0) ? top[0] : undefined;
}

/** Whether a text names a country other than China (a full name or a pair's character; a group is no country). */
export function namesCountry(raw: string): boolean {
  const { names, chars } = partiesOf(foldTraditional(raw));
  return names.size + chars.size > 0;
}

/** Whether a text names a country other than the one of a pair's label ("中俄", "中国和匈牙利"); a group is no country. */
export function namesOtherCountry(raw: string, label: string): boolean {
  const { names, chars } = partiesOf(foldTraditional(raw));
  return [...names, ...chars].some((c) => !labelHas(label, c));
}

/** Whether a pair label ("中巴", "中国和巴西") is China and the given country (a full name or a character). */
function labelHas(label: string, country: string): boolean {
  const other = label.startsWith("中国和") ? label.slice(3) : label.slice(1);
  return other === country || other.startsWith(country) || country.startsWith(other);
}

/**
 * What may stand before the subject "两国/双方/三国": a clause, a date, or a time word written with no
 * comma ("近年来两国之间……", "此后双方……").
 */
const LEAD = String.raw`(?:[^，。；]{0,16}[，,：:]|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:近年来|多年来|长期以来|近些年|此后|随后|同年|当年|目前|如今)(?![，,]))?`;

/** A sentence whose subject is "两国"/"双方"/"两国元首"/"双边关系"… (after a clause or a date) with no country of its own. */
export const UNNAMED_PAIR = new RegExp(`^${LEAD}(?:(?:双方|两国|雙方|兩國)(?!关系|關係)|(?:双边|雙邊)(?=关系|關係))`, "u");

/**
 * The label of the pair ("中柬") for the unnamed pair of sentence `i` of a document: from the sentence
 * before (same paragraph), else the paragraph so far, else the document's opening. Undefined when
 * the nearest text that names countries names more than one, or none names China's partner.
 */
export function partnerFor(ctx: GenContext, documentId: string, list: readonly Sentence[], i: number, shown?: string): string | undefined {
  const here = list[i];
  if (!here) return undefined;
  const doc = documentPartner(ctx, documentId);
  // ("泰国……" before, in a text about 中泰: the pair as the document writes it, not "中国和泰国")
  const spelled = (label: string | undefined) => (label && doc && /^中[^国]$/u.test(doc) && label.startsWith("中国和") && labelHas(doc, label.slice(3)) ? doc : label);
  // (`shown`: the sentence as the question shows it, without the key it blanks)
  // a sentence that names China and the document's own partner itself ("泰國由此成為……", "芬兰于某年承认新中国，
  // 同年两国建交" in a text about 中芬): the document's pair; any other country named leaves the pair unknown
  // (in a text about no one pair, "芬兰于某年承认新中国，同年两国建交" names its own pair)
  if (namesForeignCountry(shown ?? here.text)) {
    const own = spelled(writtenPair(shown ?? here.text) ?? partnerLabel(shown ?? here.text));
    return own && (own === doc || doc === undefined) ? own : undefined;
  }
  const before = list.slice(0, i).filter((s) => s.paragraph === here.paragraph);
  // (a line of a bulleted list, "▶ 某年，两国……", reads on from the lines of the list before it)
  const items = before.length === 0 ? listItemsBefore(ctx.docs.get(documentId)?.doc.raw ?? "", list, i) : [];
  const prev = before[before.length - 1];
  // (text that names only the document's partner, not China, names the document's pair: "巴西……" in a text about 中巴)
  const orDocument = (t: string) => {
    const label = spelled(writtenPair(t) ?? partnerLabel(t) ?? groupLabel(t));
    if (label) return label;
    if (doc && namesOnlyGroupOf(doc, t)) return doc;
    const one = onlyCountry(t);
    return doc && one && labelHas(doc, one) ? doc : undefined;
  };
  if (prev && namesForeignCountry(prev.text)) return orDocument(prev.text);
  const paragraph = before.map((s) => s.text).join("。");
  if (namesForeignCountry(paragraph)) return orDocument(paragraph);
  // (the lines of the list name one pair, else the document's pair, as for a line of its own)
  const listed = items.join("。");
  return (namesForeignCountry(listed) ? orDocument(listed) : undefined) ?? documentPartner(ctx, documentId);
}

/** A bullet at the start of a raw line ("▶ ", "- ", "• "). */
const BULLET = /^[ \t\u3000]*([•▪■●◆◇★▶►・\-*+→])[ \t\u3000]/u;

/** The bullet of the line a sentence opens, when it opens one. */
function bulletOf(raw: string, s: Sentence): string | undefined {
  const lineStart = raw.lastIndexOf("\n", s.raw.start - 1) + 1;
  if (/\S/u.test(raw.slice(lineStart, s.raw.start).replace(BULLET, ""))) return undefined;
  return BULLET.exec(raw.slice(lineStart, s.raw.end))?.[1];
}

/**
 * The sentences of the lines of the same bulleted list before sentence `i`, when `i` opens a line of it:
 * the lines before it with the same bullet, back to the first line that has none.
 */
function listItemsBefore(raw: string, list: readonly Sentence[], i: number): string[] {
  const bullet = bulletOf(raw, list[i]!);
  if (!bullet) return [];
  const out: string[] = [];
  let j = i - 1;
  while (j >= 0) {
    const p = list[j]!.paragraph;
    let k = j;
    while (k > 0 && list[k - 1]!.paragraph === p) k--;
    if (bulletOf(raw, list[k]!) !== bullet) break;
    out.unshift(...list.slice(k, j + 1).map((s) => s.text));
    j = k - 1;
  }
  return out;
}

/**
 * The pair a text writes out as "中匈两国" or "中匈双方", when it writes one such pair and names no other
 * country: a description beside it ("第一个同中国签署此类文件的欧洲国家") is no side of the relation.
 */
function writtenPair(raw: string): string | undefined {
  const text = foldTraditional(raw);
  const written = new Set([...text.matchAll(new RegExp(`${PAIR.source}(?=两国|双方)`, "gu"))].map((m) => m[1]!));
  if (written.size !== 1) return undefined;
  const c = [...written][0]!;
  const { names, chars } = partiesOf(text);
  if (chars.size !== 1 || [...names].some((n) => !n.startsWith(c) && !labelHasName(c, n))) return undefined;
  return `中${c}`;
}

/** Whether a full country name is the one a pair character stands for ("匈" and 匈牙利, "澳" and 澳大利亚). */
function labelHasName(c: string, name: string): boolean {
  return COUNTRY_ABBREVIATIONS[c] === name;
}

/** A sentence whose subject is "三国" with no country of its own. */
export const UNNAMED_TRIO = new RegExp(`^${LEAD}三国(?!关系)`, "u");

/**
 * The trio ("中日韩") for an unnamed "三国" of sentence `i`: the sentence before (same paragraph), else the
 * paragraph so far, else the document's title and first paragraph, whichever first writes one.
 */
export function trioFor(ctx: GenContext, documentId: string, list: readonly Sentence[], i: number, shown?: string): string | undefined {
  const here = list[i];
  if (!here || (shown ?? here.text).match(TRIO)) return undefined;
  const before = list.slice(0, i).filter((s) => s.paragraph === here.paragraph);
  const first = list[0]?.paragraph;
  const levels = [
    before[before.length - 1]?.text ?? "",
    before.map((s) => s.text).join("。"),
    [ctx.docs.get(documentId)?.title ?? "", ...list.filter((s) => s.paragraph === first).map((s) => s.text)].join("。"),
  ];
  for (const t of levels) {
    const trios = new Set(t.match(TRIO) ?? []);
    if (trios.size > 1) return undefined;
    if (trios.size === 1) return [...trios][0];
  }
  return undefined;
}

/** "两国" → "中柬两国", "双方" → "中柬双方", "双边关系" → "中柬双边关系", "三国" → "中日韩三国" at the start of `text` (after a leading clause). */
export function withPairNamed(text: string, label: string): { text: string; at: number; added: number } | undefined {
  const m = new RegExp(`^(${LEAD})(?:(?:双方|两国|三国|雙方|兩國)(?!关系|關係)|(?:双边|雙邊)(?=关系|關係))`, "u").exec(text);
  if (!m) return undefined;
  const at = m[1]!.length;
  return { text: text.slice(0, at) + label + text.slice(at), at, added: label.length };
}

/**
 * "两国" inside a sentence that names no country ("能源合作被称为两国务实合作的……") → "中俄两国", at the
 * first 两国 outside `skip` (the key, which the question blanks).
 */
export function withInnerPairNamed(text: string, label: string, skip?: { start: number; end: number }): { text: string; at: number; added: number } | undefined {
  for (const m of text.matchAll(/两国/gu)) {
    const at = m.index!;
    if (skip && at < skip.end && at + 2 > skip.start) continue;
    return { text: text.slice(0, at) + label + text.slice(at), at, added: label.length };
  }
  return undefined;
}

/**
 * The one railway, port, pipeline or project phase a passage speaks of with a bare word ("三年间，铁路累计
 * 发送……", "港口一期工程于某年开工", "管道A线于……投产", "这条铁路北起……"): the name the text gives it
 * nearby, so that the question says which.
 */
interface ReferentKind {
  /** The bare word at a clause start (with a demonstrative: "这条铁路", "该港"). */
  bare: RegExp;
  /** Names of this kind: a run after a boundary, then the head ("某某铁路"). */
  names: RegExp;
  /** A run that is a description, not a name ("跨境铁路", "国际港"). */
  generic: RegExp;
  /** What stands in the text for the bare word, given the name (by default the name). */
  shown?: (name: string, docText: string, bare: string) => string | undefined;
  /** Names are titles in 《》: a title is a name even when written once. */
  title?: boolean;
}

/** Characters after which a name starts: punctuation, spaces, and the small words before a noun. */
const NAME_BOUNDARY = String.raw`(?<=^|[\s\p{P}\p{S}]|[的了是在于和与及同对把被从向往到经由将为以等个条座些这那该其各每并也还都又再就經將為對從這該個條與於]|[\d〇零一二三四五六七八九十][月日])`;
/** The characters of a name before its head: Chinese, and the dash of "甲—乙" (no small word inside). */
const NAME_RUN = String.raw`((?:(?![的了是在于和与及同对把被从向往到经由将为以等个条座些这那该其各每并也还都又再就經將為對從這該個條與於])[\u3400-\u9fff]|—){2,12}?)`;
const DESCRIPTION = String.raw`^(?:国际|國際|全国|全國|中国$|中國$|高速|跨境|跨国|跨國|城际|城際|普速|地方|标准|標準|米轨|窄轨|电气化|電氣化|第|首|沿线|沿線|国内|境内|全线|全線|主要|重要|两国|兩國|双边|雙邊|多条|整条|一条|这|該|该|此|各|其|整个|货运|客运|深水|枢纽|出海|沿海|内陆|集装箱|天然气|天然氣|输油|輸油|新建|现有|現有|原有|既有|已有|在建|规划|規劃|计划|計劃|一期|二期)`;

const REFERENT_KINDS: ReferentKind[] = [
  {
    bare: /(?:这条|這條|该|該)?(?:铁路|鐵路)(?![、和与及等+＋局网網线線站部系公建基领領行专專技交干幹支轨軌]|运输|運輸)/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}(?:铁路|鐵路)`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
  },
  {
    bare: /(?:这座港口|這座港口|该港口?|該港口?|港口)(?![、和与及等城群务務区區建基领領行物企码碼设設管]|运输|運輸)/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}港(?![口务務区區城湾灣澳])`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
  },
  {
    bare: /港务局|港務局/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}港(?![口务務区區城湾灣澳])`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
    // the authority as the document writes it: "某某港务局" or "某港港务局"
    shown: (name, docText) => (docText.includes(`${name}务局`) ? `${name}务局` : docText.includes(`${name}務局`) ? `${name}務局` : docText.includes(`${name}港务局`) ? `${name}港务局` : undefined),
  },
  {
    bare: /港口城/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}港口城`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
  },
  {
    bare: /(?:该|該)?管道(?![、和与及等建网網运運设設])/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}管道`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
  },
  {
    // (only with a demonstrative: a bare 走廊 is named by tidy's corridor of the document)
    bare: /(?:这条|這條|该|該)走廊/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}走廊`, "gu"),
    generic: new RegExp(`${DESCRIPTION}|^(?:经济|运输|物流|交通|陆海|海陆|陆上|海上|这|该)$`, "u"),
  },
  ...(["条约", "公约", "协定"] as const).map(
    (head): ReferentKind => ({
      // (a bare 条约 at a clause start; "该条约" takes the sentence before into the question, as context does)
      bare: new RegExp(`(?<![该該])${head}(?![、和与及等体體机機])`, "u"),
      names: new RegExp(`《([^《》]{2,40}?)${head}》`, "gu"),
      generic: /^$/u,
      title: true,
    }),
  ),
  {
    bare: /[一二三四]期工程/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}(?=[一二三四]期工程)`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
    shown: (name, _doc, bare) => `${name}${bare}`,
  },
  {
    // a section of a railway at a clause start ("甲国段于……签署总承包合同", "甲城至乙城段已通车"): the railway before it
    bare: /(?!其中|其|目前|现在|現在|已经|已經|预计|預計|此|该|該|这|這|全|每|各)(?:[\u3400-\u9fff]{2,8}至)?[\u3400-\u9fff]{2,8}?(?<![路地阶階手片时時身分])段(?=于|於|已|在|将|將|长|長|全长|全長|签署|簽署|通车|通車|开工|開工|完工|建成|预计|預計|正式|的|，)/u,
    names: new RegExp(`${NAME_BOUNDARY}${NAME_RUN}(?:铁路|鐵路)`, "gu"),
    generic: new RegExp(DESCRIPTION, "u"),
    shown: (name, _doc, bare) => `${name}${bare}`,
  },
];

/** The names of one kind a text writes (each with its head, as written). */
function namesIn(kind: ReferentKind, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(kind.names)) {
    const run = m[1]!;
    if (kind.title) {
      out.push(m[0]);
      continue;
    }
    if (kind.generic.test(run) || /^—|—$/u.test(run) || ACTION.test(run)) continue;
    // a company, school or bureau of that name ("某某铁路有限公司") is not the railway
    if (OWNED.test(text.slice(m.index! + m[0].length))) continue;
    out.push(m[0]);
  }
  return out;
}

/** Verbs that make a run a clause, not a name ("希望借助铁路", "出席某港口城"). */
const ACTION =
  /希望|借助|依托|利用|通过|通過|提出|推进|推進|推动|推動|建设|建設|修建|援建|承建|出席|参加|參加|开通|開通|连接|連接|乘坐|包括|加强|加強|实现|實現|完成|收购|收購|带动|帶動|沿着|沿著|运抵|運抵|抵达|抵達|发展|發展|成为|成為|打造|对接|對接|签署|簽署|共建|访问|訪問|考察|参观|參觀|启动|啟動|规划|規劃/u;

/** What follows a name that belongs to a company, a school or a bureau. */
const OWNED = /^(?:有限|股份|公司|集团|集團|职业|職業|学院|學院|大学|大學|局|办|辦|研究)/u;

/** Two spellings of one name: one ends the other ("中老铁路" in "北接中老铁路"), the pair written the other way round, or one the short form of the other. */
function sameReferent(a: string, b: string): boolean {
  if (a === b || a.endsWith(b) || b.endsWith(a)) return true;
  if ([...a].sort().join("") === [...b].sort().join("")) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return short[0] === long[0] && short.slice(-1) === long.slice(-1);
}

const ONE_REFERENT_MARKS: readonly string[] = ["又称", "也称", "亦称", "简称", "又名"];

/** Two names the document says are one ("甲乙走廊，又称“丙丁走廊”", "甲（简称乙）"). */
function aliasesOf(ctx: GenContext, documentId: string): [string, string][] {
  return namesGiven(ctx, documentId).flatMap((g) => g.forms.filter((f) => ONE_REFERENT_MARKS.includes(f.mark ?? "")).map((f): [string, string] => [g.run, f.form]));
}

/** The names of a text grouped by what they name (`aliases`: pairs the document says are one). */
function groupsOf(names: readonly string[], aliases: readonly [string, string][] = []): string[][] {
  const aliased = (a: string, b: string) => aliases.some(([x, y]) => (x.endsWith(a) && y.startsWith(b)) || (x.endsWith(b) && y.startsWith(a)) || (a.startsWith(y) && x.endsWith(b)) || (b.startsWith(y) && x.endsWith(a)));
  const groups: string[][] = [];
  for (const n of names) {
    const g = groups.find((gr) => gr.some((x) => sameReferent(x, n) || aliased(x, n)));
    if (g) {
      if (!g.includes(n)) g.push(n);
    } else groups.push([n]);
  }
  return groups;
}

/** How a group is written in the question: the spelling the others end with, else the most frequent in the document, else the longest. */
function spellingOf(group: readonly string[], docText: string): string {
  const core = group.find((n) => group.every((o) => o.endsWith(n)));
  if (core) return core;
  const count = (n: string) => docText.split(n).length - 1;
  return [...group].sort((a, b) => count(b) - count(a) || b.length - a.length)[0]!;
}

const referentCache = new WeakMap<GenContext, Map<string, string[]>>();

/** The names of one kind in a whole document, cached. */
function documentNames(ctx: GenContext, documentId: string, k: number): string[] {
  let cache = referentCache.get(ctx);
  if (!cache) referentCache.set(ctx, (cache = new Map()));
  const key = `${documentId}\u0000${k}`;
  let names = cache.get(key);
  if (!names) {
    const doc = ctx.docs.get(documentId);
    const all = `${doc?.title ?? ""}\n${doc?.text ?? ""}`;
    // a name the document writes once only may be a clause caught by chance; a name is written again
    names = [...new Set(namesIn(REFERENT_KINDS[k]!, all))].filter((n) => REFERENT_KINDS[k]!.title || all.split(n).length - 1 >= 2);
    cache.set(key, names);
  }
  return names;
}

/**
 * The name for a bare word of kind `k` in sentence `i`: the one thing of that kind named in the sentence
 * before, else in the three before it, else the one the document names (or names far more often than any
 * other: three times at least and twice as often). Undefined when the nearest text that names any names
 * two.
 */
function referentFor(ctx: GenContext, documentId: string, list: readonly Sentence[], i: number, k: number): string | undefined {
  const docText = ctx.docs.get(documentId)?.text ?? "";
  const all = documentNames(ctx, documentId, k);
  if (all.length === 0) return undefined;
  const mentioned = (t: string) => all.filter((n) => t.includes(n));
  const aliases = aliasesOf(ctx, documentId);
  for (const window of [list.slice(Math.max(0, i - 1), i), list.slice(Math.max(0, i - 4), i)]) {
    const groups = groupsOf(mentioned(window.map((s) => s.text).join("\n")), aliases);
    if (groups.length > 1) return undefined;
    // (spelled as the document mostly spells what it names: "中老铁路", not a "老中铁路" of the window)
    if (groups.length === 1) return spellingOf(groupsOf(all, aliases).find((g) => g.some((n) => groups[0]!.includes(n)))!, docText);
  }
  const groups = groupsOf(all, aliases);
  const count = (g: string[]) => g.reduce((n, s) => n + docText.split(s).length - 1, 0) - (g.length > 1 ? overlap(g, docText) : 0);
  const ranked = groups.map((g) => ({ g, n: count(g) })).sort((a, b) => b.n - a.n);
  const [top, rival] = ranked;
  if (!top) return undefined;
  if (ranked.length === 1 || (top.n >= 3 && top.n >= 2 * rival!.n)) return spellingOf(top.g, docText);
  return undefined;
}

/** Mentions counted twice in a group (a spelling inside another: "中老铁路" in "北接中老铁路"). */
function overlap(group: readonly string[], docText: string): number {
  let n = 0;
  for (const a of group) for (const b of group) if (a !== b && b.endsWith(a)) n += docText.split(b).length - 1;
  return n;
}

/** A clause start in a text: its beginning, or right after a clause's punctuation (not after 、, a list). */
const CLAUSE_START = /[，,。；;：:！？\s…“]/u;

/**
 * "三年间，铁路累计发送……" → "三年间，中老铁路累计发送……": the first bare word of a kind at a clause start, named
 * when the text itself names nothing of that kind (outside `key`, which the question blanks) and the text
 * before it names one thing of that kind. The key is never touched, nor named beside itself.
 */
export function withReferentNamed(
  ctx: GenContext,
  documentId: string,
  list: readonly Sentence[],
  i: number,
  text: string,
  key?: { start: number; end: number },
): { text: string; at: number; removed: number; added: number } | undefined {
  const docText = ctx.docs.get(documentId)?.text ?? "";
  for (let k = 0; k < REFERENT_KINDS.length; k++) {
    const kind = REFERENT_KINDS[k]!;
    const re = new RegExp(kind.bare.source, "gu");
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      // a bare word at a clause start; one with a demonstrative ("经该走廊") wherever it stands
      const demonstrative = /^(?:这条|這條|这座|這座|该|該)/u.test(m[0]);
      if (at > 0 && !demonstrative && !CLAUSE_START.test(text[at - 1]!)) continue;
      if (key && at < key.end && at + m[0].length > key.start) continue;
      const beside = key ? text.slice(0, key.start) + text.slice(key.end) : text;
      if (documentNames(ctx, documentId, k).some((n) => beside.includes(n)) || namesIn(kind, beside).length > 0) break;
      const name = referentFor(ctx, documentId, list, i, k);
      if (!name) break;
      const bare = m[0].replace(/^(?:这条|這條|这座|這座|该|該)/u, "");
      // (a name the document writes in quotes, "“北线走廊”", is shown so)
      const quoted = docText.includes(`“${name}”`) && docText.split(`“${name}”`).length * 2 > docText.split(name).length + 1 ? `“${name}”` : name;
      const shown = kind.shown ? kind.shown(name, docText, bare) : quoted;
      if (!shown) break;
      // the name would stand beside a blank that asks for it
      const asked = key ? text.slice(key.start, key.end) : "";
      if (asked && (asked.includes(name) || name.includes(asked) || sameReferent(asked, name))) break;
      return { text: text.slice(0, at) + shown + text.slice(at + m[0].length), at, removed: m[0].length, added: shown.length };
    }
  }
  return undefined;
}
