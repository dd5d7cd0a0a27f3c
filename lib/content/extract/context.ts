/**
 * What every extractor shares: the candidate shape, the sentences worth reading,
 * clauses, quote depth, and the countries a piece of text names.
 */
import type { Fact, Span } from "../../bank/format";
import type { CleanDocument, Sentence } from "../types";
import { isCitation } from "./citations";
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, HALT_VERBS, REGIONS, TRANSLITERATION_CHARS } from "./vocabulary";

type ValueOf<K extends Fact["kind"]> = Extract<Fact, { kind: K }>["value"];

/** A fact found in one sentence, before ids, raw spans and linking. */
export type Candidate = {
  [K in Fact["kind"]]: {
    kind: K;
    label: string;
    value: ValueOf<K>;
    /** Span inside the sentence text. */
    at: Span;
    sentence: Sentence;
    /** Normalised identity within a document (no offsets), e.g. "2010-01|双方自贸区全面建成". */
    key: string;
    /** Another place the document names a fact read elsewhere: it joins that fact's places, and never founds a fact. */
    mention?: boolean;
  };
}[Fact["kind"]];

/**
 * Blocks whose sentences carry facts (bylines, tables of contents and meta lines do not). A note carries facts in its
 * first sentence, unless that cites a source: the first names what the note is about, the later ones often leave it
 * to the first ("甲国经济于某年到达谷底……。乙国某年到达谷底。"), and a question on them would not say what they are about.
 */
const FACT_BLOCKS = new Set(["title", "heading", "body", "appended", "caption"]);

const factSentencesCache = new WeakMap<CleanDocument, Sentence[]>();

export function factSentences(doc: CleanDocument): Sentence[] {
  // every extractor starts here: the one-character country forms now read for this document
  abbreviationFocus = focusOf(doc);
  let out = factSentencesCache.get(doc);
  if (!out) {
    out = doc.sentences.filter((s, i) => FACT_BLOCKS.has(s.blockLabel) || (s.blockLabel === "footnote" && doc.sentences[i - 1]?.paragraph !== s.paragraph && !isCitation(s.text) && !insideSentence(doc, s)));
    factSentencesCache.set(doc, out);
  }
  return out;
}

/**
 * A note printed inside a sentence of the text, which runs on after the page's notes ("……把自我 / 19 … / 20 … /
 * 和他者合为……"): that sentence's raw span covers the note, so a question on the note would quote it with the text
 * around it. Such a note is not read.
 */
function insideSentence(doc: CleanDocument, note: Sentence): boolean {
  return doc.sentences.some((t) => t.blockLabel !== "footnote" && t.raw.start <= note.raw.start && note.raw.start < t.raw.end);
}

/**
 * One-character forms read as another country than the usual one, for the document being read.
 * A one-character form is ambiguous (新: 新加坡 or 新西兰): it names the country of that initial
 * that the document names in full most often, when that is more often than the usual one.
 */
let abbreviationFocus: ReadonlyMap<string, string> = new Map();
const focusCache = new WeakMap<CleanDocument, ReadonlyMap<string, string>>();

function focusOf(doc: CleanDocument): ReadonlyMap<string, string> {
  const cached = focusCache.get(doc);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const m of doc.text.matchAll(FORM_RE)) {
    const name = FORM_NAME.get(m[0])!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // a group read by default (阿 → 阿拉伯国家) counts where the document names it by its stem (阿拉伯), outside
  // longer country names (沙特阿拉伯): 中阿 in a text on Arab states is not the one 阿- country it names
  const countries = [...doc.text.matchAll(FORM_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  for (const usual of new Set(Object.values(COUNTRY_ABBREVIATIONS))) {
    if (FORM_NAME_VALUES.has(usual) || !usual.endsWith("国家")) continue;
    const stem = usual.slice(0, -2);
    let n = 0;
    for (let at = doc.text.indexOf(stem); at >= 0; at = doc.text.indexOf(stem, at + stem.length)) {
      if (!countries.some((c) => c.start < at + stem.length && at < c.end)) n++;
    }
    if (n > 0) counts.set(usual, (counts.get(usual) ?? 0) + n);
  }
  const focus = new Map<string, string>();
  for (const [ch, usual] of Object.entries(COUNTRY_ABBREVIATIONS)) {
    if (ch === "中") continue;
    let best = usual;
    for (const [name, n] of counts) if (name !== usual && name.startsWith(ch) && n > (counts.get(best) ?? 0)) best = name;
    if (best !== usual) focus.set(ch, best);
  }
  // a country the vocabulary has no one-character form for, paired with China by its first character (中某关系, 中某两国)
  // where the document names it in full at least three times and no other country it names starts so
  for (const [name, n] of counts) {
    const ch = name[0];
    if (ch in COUNTRY_ABBREVIATIONS || n < 3 || [...counts.keys()].some((o) => o !== name && o.startsWith(ch))) continue;
    if ([...doc.text.matchAll(new RegExp(`中${ch}(?=关系|两国|双方|友好|友谊|全面|战略|合作|建交)`, "g"))].some((m) => pairMayStartAt(doc.text, m.index!))) focus.set(ch, name);
  }
  focusCache.set(doc, focus);
  return focus;
}

const CLAUSE_BREAK = /[，；：。！？,;!?]/;

/** [start, end) of the clause around `pos` (commas, semicolons, colons and sentence ends cut clauses). */
export function clauseAt(text: string, pos: number): Span {
  let start = pos;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  let end = pos;
  while (end < text.length && !CLAUSE_BREAK.test(text[end])) end++;
  return { start, end };
}

/** Clause spans of a sentence, in order. */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_BREAK.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Quote/title depth at each position: >0 inside “…”, 《…》 or 「…」. */
export function insideQuotes(text: string): Uint8Array {
  const depth = new Uint8Array(text.length);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" || ch === "《" || ch === "「" || ch === "‘") d++;
    depth[i] = d;
    if ((ch === "”" || ch === "》" || ch === "」" || ch === "’") && d > 0) d--;
  }
  return depth;
}

export interface CountryMention {
  name: string; // canonical
  start: number;
  end: number;
}

const ABBR = Object.keys(COUNTRY_ABBREVIATIONS).join("");
/** Lists of one-character forms closed by a count or a relation (日、韩两国, 越老两国, 中老泰三国). */
const ABBR_LIST = new RegExp(`([${ABBR}](?:、?[${ABBR}]){1,5})(?=两国|三国|四国|五国|六国|双方|三方|四方|三边|四边|元首|总统|关系)`, "g");
/** Pairs led by 中 (中俄, 中老泰). */
const CHINA_PAIR = new RegExp(`中([${ABBR.replace("中", "")}]{1,3})`, "g");
/** Chains of one-character forms holding 中 (孟中印缅). */
const CHAIN_WITH_CHINA = new RegExp(`[${ABBR}]{1,4}中[${ABBR}]{1,4}`, "g");
/** Characters that may precede a pair like 中俄 (so that 其中美国 is not read as 中美). */
const PAIR_LEFT_OK = /[^\u4e00-\u9fff]|[的与和同是了为对将把及即等由让使在从向跟]/;
/** Verbs a pair may follow directly (发展中俄…关系, 构建中巴…走廊); 中 after other words is a postposition (会谈中俄方…). */
const PAIR_LEFT_VERB = new RegExp(`(?:[东南西北]接|[东南西北]连|衔接|连接|用好|办好|开好|发展|构建|推进|促进|推动|深化|加强|巩固|提升|支持|维护|建设|打造|开展|签署|举行|召开|出席|启动|拓展|共建|参加|纪念|庆祝|落实|发表|宣布|实现|完善|扩大|搭建|建立|成立|开通|重申|迎来|开启|见证|称赞|回顾|规划|谋划|升级|加快|${HALT_VERBS.join("|")})$`);
/** Whether a pair like 中俄 may start at `at`: after a non-CJK character, a particle or preposition, or a verb (PAIR_LEFT_OK, PAIR_LEFT_VERB). */
export function pairMayStartAt(text: string, at: number): boolean {
  return at === 0 || PAIR_LEFT_OK.test(text[at - 1]) || PAIR_LEFT_VERB.test(text.slice(Math.max(0, at - 2), at));
}

/** Words that start with a one-character country form: 中+美好, 中+新型 … are not pairs. */
const NOT_PAIR = new Set(
  "南美 西医 西药 西餐 西式 沙群 沙漠 沙尘 埃博 拉动 拉开 拉近 拉长 拉美 非常 非法 非传 非资 非核 非但 非得 非凡 非正 非物 非公 非政 非营 非理 日常 日益 日期 日子 日前 日后 日报 美好 美丽 美元 美术 美食 美誉 新的 新型 新兴 新时 新社 新闻 新能 新疆 新华 新增 新一 新亚 新发 新征 新阶 新格 新范 新模 新动 新路 新篇 新机 新空 新局 新高 新里 新挑 新变 新形 新冠 新任 新老 欧洲 法律 法规 法治 法院 英文 英语 英雄 英国 印象 印刷 印发 印度 巴士 马上 马路 老年 老人 老师 土地 土壤 土耳 吉祥 吉利 泰山 越来 越过 越发 阿姨 德育 朝着 朝向 伊斯 韩国 俄罗 蒙古 哈萨 塔吉 乌兹 乌克 吉尔 土库 缅甸 菲律 澳大 柬埔 老挝 斐济 所有 所以 所在 所谓 所属 所得 所说 所做 所需 所提 所占 所处 所需 所长 所罗 塞尔 塞浦 塞车 匈牙 波兰 波动 波及 波澜 波折 波浪 波罗 希腊 希望 希冀 智能 智库 智慧 智力 智利 秘书 秘鲁 秘密 墨西 葡萄 冰川 冰雪 冰上 冰面 冰层 冰冻 冰山 荷载 荷花 丹江 芬芳 瑞雪 挪用 挪动 美洲 西部 西方 西医 西药 西餐 西式 西欧 西亚 西非 西南 西北 古代 古老 古典 古今 加强 加快 加大 加深 加速 加入 加上 加工 南部 南方 南北 南亚 南海 东部 东方 东南 东北 东亚 北部 北方".split(" "),
);

// the first two characters of a full country name written after 中 are not a pair (其中巴西 ≠ 中巴+西)
for (const [form] of COUNTRY_FORMS) if (form.length >= 2 && form[0] in COUNTRY_ABBREVIATIONS) NOT_PAIR.add(form.slice(0, 2));

/**
 * Countries named in a text: full names ("哈萨克斯坦"), pairs and chains of one-character
 * forms ("中俄", "中老泰"), and lists ("日、韩两国", "越、老、柬三国").
 */
const FORM_RE = new RegExp(COUNTRY_FORMS.map(([f]) => f).join("|"), "g");
const FORM_NAME = new Map(COUNTRY_FORMS);
const FORM_NAME_VALUES = new Set(FORM_NAME.values());
const REGION_RE = new RegExp([...REGIONS].sort((a, b) => b.length - a.length).join("|"), "g");

/** Countries named in a text read with the usual one-character forms, whatever document was read last (for linking). */
export function usualCountryMentions(text: string): CountryMention[] {
  const saved = abbreviationFocus;
  abbreviationFocus = new Map();
  try {
    return countryMentions(text);
  } finally {
    abbreviationFocus = saved;
  }
}

/** Continents and their parts written short: 拉美, 北美, 南美 (美 there is America, not 美国). */
const CONTINENT_SHORT = ["拉美", "北美", "南美"];

export function countryMentions(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  const taken = new Uint8Array(text.length);
  // one pass; the alternation lists longer forms first, so 白俄罗斯 is not read as 俄罗斯
  for (const m of text.matchAll(FORM_RE)) {
    // the tail of a longer transliterated name (a city ending in a country's name) is no country
    if (isTailOfLongerName(text, m.index!)) continue;
    // 拉美国家, 北美国家: a region whose second character opens the country's form is no mention of that country
    if (CONTINENT_SHORT.some((r) => text.startsWith(r, m.index! - 1) && r.endsWith(m[0][0]!))) continue;
    out.push({ name: FORM_NAME.get(m[0])!, start: m.index!, end: m.index! + m[0].length });
    for (let i = m.index!; i < m.index! + m[0].length; i++) taken[i] = 1;
  }
  // lists of one-character forms closed by a count: 日、韩两国 / 越老两国 / 中老泰三国
  for (const m of text.matchAll(ABBR_LIST)) {
    // 七月一日中泰两国: the 日 of a date glued to the pair is no 日本
    const day = m[1][0] === "日" && /[\d〇零一二三四五六七八九十]$/.test(text.slice(0, m.index!)) ? 1 : 0;
    addChain(m[1].slice(day).replace(/^、/, ""), m.index! + day + (m[1][day] === "、" ? 1 : 0), taken, out);
  }
  // pairs led by 中 (中俄, 中老泰) followed by a relation word
  for (const m of text.matchAll(CHINA_PAIR)) {
    const at = m.index!;
    if (taken[at]) continue;
    if (!pairMayStartAt(text, at)) continue;
    let chain = m[0];
    // shorten the chain while its last form and the next character make a word (中新+型 → not 中新)
    while (chain.length > 1 && NOT_PAIR.has(chain[chain.length - 1] + (text[at + chain.length] ?? ""))) chain = chain.slice(0, -1);
    if (chain.length < 2 || NOT_PAIR.has(chain.slice(0, 2))) continue;
    addChain(chain, at, taken, out);
  }
  // 中某 for a country of the document's that has no one-character form in the vocabulary (see focusOf); not a region
  // (中东, 中东欧) nor a word (中南美洲, 中西医)
  // (the text's regions read only once such a 中某 is found: most texts and most documents have none)
  let regionStarts: Set<number> | undefined;
  for (const [ch] of abbreviationFocus) {
    if (ch in COUNTRY_ABBREVIATIONS) continue;
    for (let at = text.indexOf(`中${ch}`); at >= 0; at = text.indexOf(`中${ch}`, at + 2)) {
      if (taken[at] || taken[at + 1] || !pairMayStartAt(text, at) || NOT_PAIR.has(ch + (text[at + 2] ?? ""))) continue;
      regionStarts ??= new Set(regionMentions(text).map((r) => r.start));
      if (!regionStarts.has(at)) addChain(`中${ch}`, at, taken, out);
    }
  }
  // a chain of four or more one-character forms holding 中 (孟中印缅 shape) names those countries
  for (const m of text.matchAll(CHAIN_WITH_CHINA)) {
    const at = m.index!;
    if (m[0].length < 4 || taken[at] || !pairMayStartAt(text, at)) continue;
    if (NOT_PAIR.has(m[0].slice(-1) + (text[at + m[0].length] ?? ""))) continue;
    addChain(m[0], at, taken, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two transliteration characters glued before a country name, not ending another country: 某某+苏丹 is one name. */
function isTailOfLongerName(text: string, at: number): boolean {
  // a person's double name joined by a hyphen or a dot ("某某德－阿曼"): the country's form is the name's second part
  if (at >= 2 && /[－\-‐–·•]/u.test(text[at - 1]!) && TRANSLITERATION_CHARS.has(text[at - 2]!)) {
    const before = text.slice(0, at - 1);
    if (!COUNTRY_FORMS.some(([f]) => before.endsWith(f)) && !REGIONS.some((r) => before.endsWith(r))) return true;
  }
  if (at < 2 || !TRANSLITERATION_CHARS.has(text[at - 1]) || !TRANSLITERATION_CHARS.has(text[at - 2])) return false;
  return !COUNTRY_FORMS.some(([f]) => text.endsWith(f, at)) && !REGIONS.some((r) => text.endsWith(r, at));
}

function addChain(chain: string, at: number, taken: Uint8Array, out: CountryMention[]) {
  let pos = at;
  const hasRussia = chain.includes("俄");
  for (const ch of chain) {
    if (ch !== "、" && !taken[pos]) {
      let name = abbreviationFocus.get(ch) ?? COUNTRY_ABBREVIATIONS[ch];
      if (ch === "乌" && hasRussia) name = "乌克兰";
      if (name) {
        out.push({ name, start: pos, end: pos + 1 });
        taken[pos] = 1;
      }
    }
    pos++;
  }
}

/** Regions or groups named in a text ("中亚五国"), longest first, without overlaps. */
export function regionMentions(text: string): CountryMention[] {
  return [...text.matchAll(REGION_RE)].map((m) => ({ name: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Removes quotes, title marks, spaces and bracketed notes like （全文） for comparing names. */
export function normaliseName(s: string): string {
  return s
    .replace(/[（(](?:全文|草案|摘要|节选)[）)]/g, "")
    .replace(/[“”‘’《》「」"'\s·・]/g, "")
    .trim();
}
