/**
 * What a question's text refers to without naming it. A treaty's own text says "本协定" throughout: a question
 * cut from it ("本协定有效期为（    ）。") does not say which agreement; the heading the text stands under does.
 */
import type { GenContext } from "./model";
import { sentenceAtRaw } from "./context";
import { INSTRUCTION_PREFIX } from "./text";
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS } from "../extract/vocabulary";
import { groupLabel, mainPartner, namesCountry, namesForeignCountry, namesOtherCountry, partnerLabel } from "./parties";
import { unnamedCountries, unnamedSides } from "./selfcheck";

/** A treaty's word for itself ("本协定", "本条约"). */
const OWN_INSTRUMENT = /本(协定|条约|协议|公约|议定书|宪章)/u;

/**
 * The name of the instrument whose own text holds a raw offset: the one heading (or title) above it that
 * ends in `head` ("……关于铁路合作的协定" for 本协定); undefined when none does or two different ones do.
 */
export function ownInstrumentName(ctx: GenContext, documentId: string, rawStart: number, head: string): string | undefined {
  const names = new Set<string>();
  for (const s of ctx.sentences.get(documentId) ?? []) {
    if (s.raw.start >= rawStart) break;
    if (s.blockLabel !== "heading" && s.blockLabel !== "title") continue;
    const name = s.text.trim().replace(/^《|》$/gu, "");
    if (name.endsWith(head) && name.length >= head.length + 6 && !/[，。；：:]/u.test(name)) names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "本协定有效期为（    ）。" → "《甲乙两国政府关于某某的协定》有效期为（    ）。": the first 本协定 says the name, a later
 * one reads 该协定 after it. Left as written when the answer is part of the name or the name part of the answer.
 */
export function withOwnInstrumentNamed(text: string, name: (head: string) => string | undefined, answer: string): string {
  const m = OWN_INSTRUMENT.exec(text);
  if (!m) return text;
  const head = m[1]!;
  const own = name(head);
  if (!own || (answer !== "" && (own.includes(answer) || answer.includes(own)))) return text;
  const at = m.index;
  const rest = text.slice(at + m[0].length).replace(new RegExp(`本${head}`, "gu"), `该${head}`);
  return `${text.slice(0, at)}《${own}》${rest}`;
}

/** A 双方 whose sides are what is asked ("双方是（    ）", "双方分别为____"). */
const ASKS_SIDES = /^(?:双方|雙方)(?:分别)?(?:是|为|為)/u;

/** China as an answer names it ("中方", "中华人民共和国"). */
const CHINA = /中国|中方|中华人民共和国|中國|中華人民共和國/u;

/**
 * Whether naming the pair `label` would give the answer away: the answer is a side (the label's country, China) or
 * little more than the label ("中俄两国"); an answer that holds the label and says more of its own ("中俄文化年")
 * is still asked.
 */
function pairGivesAway(label: string, answer: string): boolean {
  if (answer === "") return false;
  const c = /^中国和(.+)$/u.exec(label)?.[1] ?? /^中国—(.+)$/u.exec(label)?.[1] ?? COUNTRY_ABBREVIATIONS[label.slice(1)];
  const rest = answer.split(label).join("");
  if (rest === answer) return (c !== undefined && answer.includes(c)) || CHINA.test(answer);
  // (a group's name beside the blank gives its body or forum away, "中国—东盟（    ）"; so does a generic head after a pair)
  return /^中国—|^中[非阿欧拉]$/u.test(label) || rest.replace(/[^\u3400-\u9fff]/gu, "").length < 3 || GENERIC_REST.test(rest) || CHINA.test(rest) || (c !== undefined && rest.includes(c));
}

/** What an answer may say after its pair that the pair named beside the blank would give away ("中俄（自贸区）"). */
const GENERIC_REST = /^(?:两国|双方)?(?:自贸区|自由贸易区|自贸协定|自由贸易协定|博览会|[\u3400-\u9fff]{0,2}共同体|合作论坛|论坛|峰会|关系|合作|伙伴关系|友好条约|联合声明|合作委员会|委员会)$/u;

/** Abbreviations of countries, for a pair written before its 两国 ("美俄两国", "美俄双方"). */
const ABBREVIATED = Object.keys(COUNTRY_ABBREVIATIONS).join("");
// (or China and any one character, "中意两国": a pair the table of abbreviations may not know)
const PAIR_BEFORE = new RegExp(`[${ABBREVIATED}]{2}$|中[\u3400-\u9fff]$`, "u");

/** Whether the 双方/两国 after `before` is named already (a pair "美俄两国", a country "与某国两国") or quoted ("“两国一港”"). */
function namedOrQuoted(before: string): boolean {
  const open = (before.match(/[“「]/gu) ?? []).length > (before.match(/[”」]/gu) ?? []).length;
  return open || PAIR_BEFORE.test(before) || COUNTRY_FORMS.some(([form]) => before.endsWith(form));
}

/**
 * "双方支持某倡议同（    ）对接" in a text about one pair ("中俄全面战略协作的新阶段"): the pair named before the bare
 * 双方/两国 ("中俄双方"). `label` is the pair ("中俄", "中国和匈牙利", "中国—东盟"); a group is one side of a 双方, never
 * a 两国. Left as written when the answer is a side or little more than the pair.
 */
export function withTitlePairNamed(text: string, label: string, answer: string): string {
  const group = /^中国—|^中[非阿欧拉]$/u.test(label);
  if (pairGivesAway(label, answer)) return text;
  const m = /双方|两国|雙方|兩國/u.exec(text);
  // (not a 双方 asked for: "某协议的双方是（    ）" asks who signed it)
  // (nor one a cut between clauses follows: "两国领导人……，……并出席（    ）" — the clause after the cut may be another's)
  if (!m || /(?:缔约|締約)$/u.test(text.slice(0, m.index)) || namedOrQuoted(text.slice(0, m.index)) || /[，,；]……/u.test(text.slice(m.index)) || (group && /两国|兩國/u.test(m[0])) || ASKS_SIDES.test(text.slice(m.index))) return text;
  const shown = group ? label.replace(/^中国—/u, "中国和") : label;
  return `${text.slice(0, m.index)}${shown}${text.slice(m.index)}`;
}

const pairs = new WeakMap<GenContext, Map<string, string | undefined>>();

/**
 * The pair a document is about: the one its title names ("中俄", "中国和匈牙利", "中国—东盟"), else China and the
 * one country its text names far more often than any other ("中国和阿根廷" for a chat with no title of its own).
 */
function documentPair(ctx: GenContext, documentId: string): string | undefined {
  const cache = pairs.get(ctx) ?? pairs.set(ctx, new Map()).get(ctx)!;
  if (!cache.has(documentId)) {
    const doc = ctx.docs.get(documentId);
    const title = doc?.title ?? "";
    const main = partnerLabel(title) ?? groupLabel(title) ?? mainPartner(doc?.doc.raw ?? "");
    cache.set(documentId, main && !main.startsWith("中") ? `中国和${main}` : main);
  }
  return cache.get(documentId);
}

/**
 * The pair a document is about, for a bare 双方/两国 of the sentence at `rawStart`: undefined when the document is
 * about no one pair, or that sentence or the one before it (same paragraph) names another side (a country; for a
 * 双方, a group too: a 两国 counts countries, "两国在中欧……框架内" is still the document's pair).
 */
export function titlePair(ctx: GenContext, documentId: string, rawStart: number, counted = false): string | undefined {
  const label = documentPair(ctx, documentId);
  if (!label) return undefined;
  const list = ctx.sentences.get(documentId) ?? [];
  const i = sentenceAtRaw(ctx, documentId, rawStart);
  if (i < 0) return undefined;
  const near = [list[i]!, ...(i > 0 && list[i - 1]!.paragraph === list[i]!.paragraph ? [list[i - 1]!] : [])];
  const other = (t: string) => (counted ? namesOtherCountry(t, label) : namesForeignCountry(t) && (partnerLabel(t) ?? groupLabel(t)) !== label);
  return near.some((s) => other(s.text)) ? undefined : label;
}

/**
 * Whether a shown text speaks of a 双方 or counts countries (两国) it names no side of (a 两国 beside a group only,
 * "两国在中欧……框架内", names no country of its own).
 */
export function unnamedPairShown(text: string): boolean {
  const body = text.replace(INSTRUCTION_PREFIX, "");
  return unnamedSides(body) || unnamedCountries(body) || (/两国|兩國/u.test(body) && (unnamedSides(body.replace(/两国|兩國/gu, "双方")) || !namesCountry(body)));
}

/** China's provinces, municipalities and regions, as a title names the one whose office writes it. */
const PROVINCES =
  "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆";
const PROVINCE_IN_TITLE = new RegExp(`(${PROVINCES})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`, "gu");
/** A provincial office's words for itself and its province ("我办", "我省"). */
const OWN_WORD = /我(办|厅|局|委|省|市|区)(?![场域理事])/gu;

/**
 * "我办将……", "我省推进……" in a provincial office's document titled "某省外办2031年工作总结": the office and the
 * province the title names ("某省外办将……", "某省推进……"), when it names one province and, for the office, one
 * word of it ending in that office's character.
 */
export function withOwnOfficeNamed(text: string, title: string): string {
  if (!/我(?:办|厅|局|委|省|市|区)/u.test(text)) return text;
  const named = [...title.matchAll(PROVINCE_IN_TITLE)];
  if (new Set(named.map((m) => m[1])).size !== 1) return text;
  const [place, , level = ""] = named[0]!;
  return text.replace(OWN_WORD, (w, kind: string) => {
    // (我省 of a 省, 我市 of a 市, 我区 of an autonomous region)
    if (/[省市区]/u.test(kind)) return level.endsWith(kind) ? place : w;
    // (the office as the title writes it: "某省外办", "某省人民政府外事办公室")
    return new RegExp(`${place}[\\u3400-\\u9fff]{0,8}?(?:${kind}公室|${kind})`, "u").exec(title)?.[0] ?? w;
  });
}

/** Heads a text leaves bare when it means the one its title names ("走廊" of 某某经济走廊, "岛国" of 某洋岛国). */
const TOPIC_HEADS = ["走廊", "岛国"];
/** What may stand right before a bare head: the text's start, punctuation, a count or a function word. */
const BEFORE_BARE = /(?:^|[\s\p{P}]|[个的该是在以将对从与和为同这此其各有])$/u;

/**
 * "甲电站是走廊第一个风电项目" in a text titled "甲乙经济走廊十年" → "……是甲乙经济走廊第一个……": the first bare head
 * says the one name its title gives it, when the title gives one and the text names no other of that head (nor
 * quotes it: "“三条走廊”"); not where the answer holds that head or is part of the name.
 */
export function withTitleTopicNamed(text: string, title: string, answer: string): string {
  for (const head of TOPIC_HEADS) {
    if (!text.includes(head)) continue;
    const names = new Set([...title.matchAll(new RegExp(`(?<=^|[\\s\\p{P}与和同及的])[^\\s\\p{P}与和同及的]{2,6}?${head}`, "gu"))].map((m) => m[0]));
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    // (nor where the answer holds one of that head: "签署了（    ），……将走廊货运量翻番" — the 走廊 may be the answer's)
    if (text.includes(name) || answer.includes(head) || (answer !== "" && name.includes(answer))) continue;
    const at = [...text.matchAll(new RegExp(head, "gu"))].map((m) => m.index);
    const bare = at.filter((i) => BEFORE_BARE.test(text.slice(0, i)));
    const quoted = (i: number) => (text.slice(0, i).match(/[“「]/gu) ?? []).length > (text.slice(0, i).match(/[”」]/gu) ?? []).length;
    // (every other one of the head a name of its own, "增长走廊": the text speaks of more than the title's)
    if (bare.length === 0 || bare.length !== at.length || bare.some(quoted)) continue;
    text = `${text.slice(0, bare[0])}${name}${text.slice(bare[0]! + head.length)}`;
  }
  return text;
}

/** A bare 全国 at a clause start ("全国人口约……"), not a body's name (全国人大, 全国政协) nor 全国性/全国各. */
const BARE_NATION = /(?<=^|[，。；：])全国(?!人大|人民代表大会|政协|委员会|性|各|范围)/u;
/** An office taken with no country before it ("某某当选总统"). */
const BARE_OFFICE = /(当选|就任|出任|连任)(总统|总理|首相)/u;

/**
 * "全国人口约（    ），首都某城。" and "某某当选总统" in a paragraph about one country ("甲国位于……。"): the country the
 * paragraph's sentences before it open on, when they open on one ("甲国全国人口约……", "某某当选甲国总统"); the text
 * unchanged when it names a country itself, the country is the answer, or the paragraph opens on none or on two.
 */
export function withParagraphCountry(ctx: GenContext, documentId: string, rawStart: number, text: string, answer = ""): string {
  const body = text.replace(INSTRUCTION_PREFIX, "");
  const lead = text.slice(0, text.length - body.length);
  const nation = BARE_NATION.exec(body);
  const office = BARE_OFFICE.exec(body);
  if ((!nation && !office) || namesCountry(body)) return text;
  const list = ctx.sentences.get(documentId) ?? [];
  const i = sentenceAtRaw(ctx, documentId, rawStart);
  if (i <= 0) return text;
  const opened = new Set<string>();
  for (let j = i - 1; j >= 0 && list[j]!.paragraph === list[i]!.paragraph; j--) {
    const t = list[j]!.text.trim();
    const c = COUNTRY_FORMS.find(([form]) => form.length >= 2 && t.startsWith(form));
    if (c) opened.add(c[0]);
  }
  if (opened.size !== 1) return text;
  const country = [...opened][0]!;
  // (nor where the country is the answer: "全国共划分为8个大区的是哪个国家？" would give it away)
  if (answer.includes(country) || (answer.length >= 2 && country.includes(answer))) return text;
  const named = nation ? body.slice(0, nation.index) + country + body.slice(nation.index) : body.replace(BARE_OFFICE, (_m, verb: string, post: string) => `${verb}${country}${post}`);
  return lead + named;
}
