/**
 * Agreements: documents named in 《》 (or in quotes, or after 签署/签订), partnership
 * levels per country pair with their upgrades, mechanisms, initiatives, organisations
 * and named projects — with the parties and the date the sentence gives.
 */
import type { Span } from "../../bank/format";
import type { CleanDocument, Sentence } from "../types";
import { type Candidate, type CountryMention, clauseAt, clauses, countryMentions, pairMayStartAt, factSentences, insideQuotes, normaliseName, regionMentions, unique } from "./context";
import { type DateContext, type DateMention, findDates, toNextParagraph } from "./dates";
import { STOP_CHARS, findNamedThings, inWordWithStop, nameType, pairAbbreviations } from "./names";
import { COUNTRY_ABBREVIATIONS, HALT_VERBS, KNOWN_INITIATIVES } from "./vocabulary";

/** Right after a verb that stops or restarts a body (暂停某某对话机制). */
const HALTED = new RegExp(`(?:${HALT_VERBS.join("|")})$`);

type AgreementCandidate = Extract<Candidate, { kind: "agreement" }>;

/** Type words of documents, longest first. */
const DOCUMENT_TYPES = [
  "联合声明", "联合公报", "新闻公报", "备忘录", "宣言", "条约", "公约", "协定", "协议", "声明", "公报", "纲要", "战略", "规划",
  "计划", "倡议", "议程", "宪章", "决议", "方案", "路线图", "清单", "措施令", "法令", "文件", "共识", "章程", "行动计划", "新经济政策", "政策",
  "愿景", "展望", "蓝图", "白皮书", "指南", "框架", "条例", "法案", "意见", "议定书", "纪要", "倡议书", "准则", "守则",
  "规则", "指导原则", "原则", "规定", "标准", "法", "共同声明", "词汇表", "术语表",
];
const QUOTED_TYPES = ["联合声明", "共同声明", "备忘录", "宣言", "条约", "公约", "协定", "协议", "纲要", "发展战略", "战略", "规划", "行动计划", "计划", "议程", "倡议", "准则", "愿景"];
/** A named year of exchanges (“某某文化年”, “某国—某国旅游年”): a programme, not a slogan. */
const THEME_YEAR = /^[\u4e00-\u9fff—－-]{2,14}(?:交流|文化|旅游|友好|合作|创新|青年|体育|教育|科技|媒体|地方|语言|艺术|投资|贸易)年$/;
/** A quoted park scheme (“两国双园”, “某某产业园”). */
const QUOTED_PARK = /^[\u4e00-\u9fff]{2,12}(?:[两双三四五多]园|园区|工业园|产业园)$/;
const TREATY_TYPES = ["联合声明", "联合公报", "新闻公报", "共同声明", "备忘录", "宣言", "条约", "公约", "协定", "协议", "议定书", "路线图", "行动计划", "合作规划", "声明"];
const TREATY_FOLLOWS = new RegExp(`^(?:${["议定书", "补充协定", "补充议定书", "附加议定书", "修正案", "实施细则", "执行计划"].join("|")})`);
const SPEECH_AFTER = /^的?(?:主旨)?(讲话|发言|演讲|致辞|署名文章|文章|报告)/;
const SIGN_VERBS = ["签署", "签订", "缔结", "通过", "发表", "发布", "批准", "落实", "达成", "共同签署", "续签", "签了"];

const LEVEL_WORDS = "(?:创新(?=全面|战略)|新时代|全天候|永久|全方位|全面|战略性|战略|合作|协作|友好|睦邻|传统|互利|新型|特殊|高水平|紧密|重要|更加紧密的|与时俱进的|高质量的?|前瞻性的?|(?<=紧密的?)发展(?=伙伴关系))";
/** A level, possibly with the pair written inside it ("新时代中俄全面战略协作伙伴关系"). */
const PARTNERSHIP = new RegExp(`(${LEVEL_WORDS}*(?:[中俄美日韩欧非阿哈吉塔土乌蒙老越柬泰缅巴印斐所塞匈波希智秘墨葡沙埃]{2,3}${LEVEL_WORDS}+)?)(伙伴关系|同盟关系|联盟关系|合作关系|友好关系)`, "g");
/** A level with its pair written in it (中甲全面战略伙伴关系): named as such wherever it stands. */
const PAIR_IN_LEVEL = new RegExp(`^${LEVEL_WORDS}*[中俄美日韩欧非阿哈吉塔土乌蒙老越柬泰缅巴印斐所塞匈波希智秘墨葡沙埃]{2,3}${LEVEL_WORDS}+$`);
/** A level on a path of levels (从“甲关系”到“乙关系”，再到丙关系): each one a level the two sides had. */
const LEVEL_PATH = /(?:^|[^自服听遵盲])从[“"]?$|(?:[”"]|关系)(?:，|,)?(?:再)?(?:到|升级为|提升为|发展为)[“"]?$/;
const PARTNERSHIP_VERBS = /建立|提升|升级|升格|发展|宣布|决定|构建|实现|确立|结为|签署|深化|是|为/;
/** Verbs that work on a partnership already there (加强…伙伴关系, 推动…伙伴关系向前发展): it is named, but no date of the sentence is its own. */
const PARTNERSHIP_KEPT = /加强|巩固|推动|推进|充实|丰富|拓展/;

interface DocContext {
  doc: CleanDocument;
  dates: Map<Sentence, DateMention[]>;
  marks: string[];
  /** Countries the document names (read once, when a 某方 side needs one). */
  named?: string[];
  /** The sentence before, in the same paragraph ("…；双方宣布建立…" refers to it). */
  previous?: Sentence;
  /** Projects read from a list closed by 等项目 (named again elsewhere without their type word). */
  listed?: AgreementCandidate[];
  /** China and the one country the document is about, when it names one far more than any other (null: none). */
  mainPair?: string[] | null;
}

/** China and the country a document names most, at least three times and twice as often as the next one. */
function mainPairOf(ctx: DocContext): string[] | null {
  if (ctx.mainPair !== undefined) return ctx.mainPair;
  const counts = new Map<string, number>();
  for (const c of countryMentions(ctx.doc.text)) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const others = [...counts].filter(([name]) => name !== "中国").sort((a, b) => b[1] - a[1]);
  const [first, second] = others;
  ctx.mainPair = counts.has("中国") && first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? ["中国", first[0]] : null;
  return ctx.mainPair;
}

export function extractAgreements(doc: CleanDocument): Candidate[] {
  const out: AgreementCandidate[] = [];
  const year = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  const ctx: DocContext = { doc, dates: new Map(), marks: pairAbbreviations(doc.text) };
  let paragraph = -1;
  const docMonth = doc.date && doc.date.length >= 7 ? Number(doc.date.slice(5, 7)) : undefined;
  const dateCtx: DateContext = { docYear: year, docMonth };
  let previous: Sentence | undefined;
  const read: Sentence[] = [];
  for (const s of factSentences(doc)) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      toNextParagraph(dateCtx);
      previous = undefined;
    }
    ctx.previous = previous;
    previous = s;
    ctx.dates.set(s, findDates(s.text, dateCtx));
    const taken: Span[] = [];
    out.push(...implementingTexts(s, ctx));
    out.push(...titledDocuments(s, ctx, taken));
    out.push(...formalTitleLines(s, ctx, taken));
    out.push(...quotedDocuments(s, ctx, taken));
    out.push(...signedTreaties(s, ctx, taken));
    out.push(...partnerships(s, ctx));
    out.push(...unmarkedBodies(s, ctx, taken));
    out.push(...themeYearsHeld(s, ctx, taken));
    out.push(...connectSchemes(s, ctx, taken));
    out.push(...nicknamedProjects(s, ctx, taken));
    out.push(...namedAgreements(s, ctx, taken));
    out.push(...listedProjects(s, ctx, taken));
    out.push(...proposedInitiatives(s, ctx, taken));
    out.push(...centuryRoads(s, ctx, taken));
    out.push(...acronymAgreements(s, taken));
    read.push(s);
  }
  out.push(...repeatedInitiatives(read, out));
  out.push(...knownInitiatives(read, out));
  out.push(...repeatedListedProjects(read, out, ctx));
  out.push(...shortDocumentMentions(read, out));
  out.push(...namedAgain(read, out));
  return setUpgrades(pairOfNamedLevel(partnershipOfBothSides(signedByBothSides(out, ctx), read)));
}

/**
 * A level the document founds between one pair (两国宣布建立某某战略伙伴关系), named again in a sentence that names
 * no country (以某某协定和某某战略伙伴关系为标志, 伙伴关系：某年建立某某战略伙伴关系): the same pair's, so one fact.
 * (A level of two words or more before 伙伴关系 only: a bare 战略伙伴关系 may be anyone's.)
 */
function pairOfNamedLevel(cands: AgreementCandidate[]): AgreementCandidate[] {
  const pairs = new Map<string, string[][]>();
  for (const c of cands)
    if (c.value.category === "partnership" && c.value.parties.length === 2) {
      const list = pairs.get(c.value.name) ?? [];
      if (!list.some((p) => p.join() === c.value.parties.join())) list.push(c.value.parties);
      pairs.set(c.value.name, list);
    }
  return cands.map((c) => {
    if (c.value.category !== "partnership" || c.value.parties.length > 0 || c.value.name.length < 8) return c;
    const found = pairs.get(c.value.name);
    if (!found || found.length !== 1 || countryMentions(c.sentence.text).length > 0 || regionMentions(c.sentence.text).length > 0) return c;
    const { name, category, type, date, parties: _none, ...extra } = c.value;
    return { ...candidate(c.sentence, c.at, name, category, type, found[0], date, extra) };
  });
}

/**
 * "两国元首…一致同意落实“某某伙伴关系”" in a sentence that names no country: the two sides are those the
 * sentence before names in the same paragraph (某国总统对中国进行国事访问), China among them.
 */
function partnershipOfBothSides(cands: AgreementCandidate[], sentences: Sentence[]): AgreementCandidate[] {
  return cands.map((c) => {
    if (c.value.category !== "partnership" || c.value.parties.length > 0) return c;
    if (!/两国|双方/.test(c.sentence.text.slice(0, c.at.start)) || countryMentions(c.sentence.text).length > 0) return c;
    const i = sentences.indexOf(c.sentence);
    const prev = i > 0 && sentences[i - 1].paragraph === c.sentence.paragraph ? sentences[i - 1] : undefined;
    if (!prev) return c;
    const sides = unique(countryMentions(prev.text).map((m) => m.name));
    if (sides.length !== 2 || !sides.includes("中国") || regionMentions(prev.text).length > 0) return c;
    const { name, category, type, date, parties: _none, ...extra } = c.value;
    const pair = ["中国", ...sides.filter((x) => x !== "中国")];
    return { ...candidate(c.sentence, c.at, name, category, type, pair, date, extra) };
  });
}

/**
 * "两国签署《某某议定书》" in a sentence that names no country (a table row, a timeline line): the
 * two sides are the pair the title names, else the pair the document is about.
 */
function signedByBothSides(cands: AgreementCandidate[], ctx: DocContext): AgreementCandidate[] {
  return cands.map((c) => {
    if (c.value.category !== "document" || c.value.parties.length > 0) return c;
    const before = c.sentence.text.slice(0, c.at.start);
    if (!/(?:两国|双方)(?:政府|元首|领导人)?(?:正式|共同)?(?:签署|签订|缔结|发表|通过)了?$/.test(before) || countryMentions(c.sentence.text).length > 0) return c;
    // a title on a group (中国—东盟合作…) leaves the sides to the sentences before
    if (regionMentions(ctx.doc.title).length > 0 || regionMentions(c.sentence.text).length > 0) return c;
    const titled = unique(countryMentions(ctx.doc.title).map((m) => m.name));
    const pair = titled.length === 2 ? titled : mainPairOf(ctx);
    const { name, category, type, date, parties: _none, ...extra } = c.value;
    return pair ? { ...candidate(c.sentence, c.at, name, category, type, [...pair], date, extra), key: c.key } : c;
  });
}

/**
 * An initiative the document names in quotes (“某某”倡议) is the same initiative where a later
 * or earlier sentence writes it without quotes (共建某某): another mention of the same fact.
 */
/**
 * 《中甲全面合作计划》 named once in full and then written without its pair and its marks (商谈一份…全面合作计划),
 * a short name given in quotes (简称“某某议定书”) written later without them,
 * or given another name after it (《某某行动计划》（ABC），即某某全面协议): the same document, another mention.
 */
function shortDocumentMentions(sentences: Sentence[], found: AgreementCandidate[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const TYPE = "(?:协议|协定|条约|公约|宣言|声明|计划|规划|纲要|备忘录|议定书)";
  const short = new Map<string, AgreementCandidate>();
  for (const c of found) {
    if (c.value.category !== "document") continue;
    // (a pair of one-character forms opening the name: 中伊, 中哈)
    const pair = countryMentions(c.value.name).filter((m) => m.end <= 2).length === 2;
    const rest = pair ? c.value.name.slice(2) : "";
    if (rest.length >= 4 && new RegExp(`${TYPE}$`).test(rest) && !short.has(rest)) short.set(rest, c);
    // a short name given in quotes (简称“某某议定书”) and written later without them
    if (c.value.name.length >= 5 && c.sentence.text[c.at.start] === "“" && /(?:简称|又称|下称|亦称|统称)$/.test(c.sentence.text.slice(0, c.at.start)) && !short.has(c.value.name)) short.set(c.value.name, c);
  }
  for (const s of sentences) {
    // (a partnership's span may hold the whole clause around it)
    const spans = [...found, ...out].filter((c) => c.sentence === s && c.value.category !== "partnership").map((c) => c.at);
    const depth = insideQuotes(s.text);
    for (const [name, c] of short)
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) {
        const span = { start: at, end: at + name.length };
        if (depth[at] > 0 || spans.some((t) => overlaps(t, span))) continue;
        out.push({ ...c, at: span, sentence: s });
      }
    // 《某某》 named again in quotes (“某某”的对接): the same document
    for (const c of found) {
      if (c.value.category !== "document" || c.value.name.length < 3) continue;
      const quoted = `“${c.value.name}”`;
      for (let at = s.text.indexOf(quoted); at >= 0; at = s.text.indexOf(quoted, at + quoted.length)) {
        const span = { start: at, end: at + quoted.length };
        if (spans.some((t) => overlaps(t, span)) || out.some((o) => o.sentence === s && overlaps(o.at, span))) continue;
        out.push({ ...c, at: span, sentence: s });
      }
    }
    // 《…》（ABC），即某某协议: another name of the titled document
    for (const m of s.text.matchAll(new RegExp(`》(?:[（(][A-Za-z\\d\\s]{2,12}[）)])?[，,]?(?:即|又称|亦称|也就是)([\\u4e00-\\u9fff]{2,16}?${TYPE})`, "g"))) {
      const at = { start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length };
      const title = found.find((c) => c.sentence === s && c.value.category === "document" && c.at.end <= m.index! + 1 && c.at.end >= m.index!);
      if (!title || spans.some((t) => overlaps(t, at))) continue;
      out.push(candidate(s, at, m[1], "document", new RegExp(`${TYPE}$`).exec(m[1])![0], title.value.parties, title.value.date));
    }
  }
  return out;
}

function repeatedInitiatives(sentences: Sentence[], found: AgreementCandidate[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const quoted = new Map<string, AgreementCandidate>();
  for (const c of found) {
    // the quoted words (“某某”倡议 → 某某)
    const q = /^“([^“”]{4,})”/.exec(c.sentence.text.slice(c.at.start, c.at.end))?.[1];
    if (c.value.category === "initiative" && q && !quoted.has(q)) quoted.set(q, c);
  }
  if (quoted.size === 0) return out;
  for (const s of sentences) {
    const spans = found.filter((c) => c.sentence === s).map((c) => c.at);
    for (const [name, c] of quoted) {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) {
        const span = { start: at, end: at + name.length };
        if (s.text[at - 1] === "“" || spans.some((t) => overlaps(t, span))) continue;
        out.push({ ...c, at: span, sentence: s });
      }
    }
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * A quoted initiative known by this name alone, where no rule read it (意大利退出“某某”之后, 是“某某”在某地的节点): a
 * mention of the document's fact of it, or of the initiative with no sides and no date when the document has none.
 */
function knownInitiatives(sentences: Sentence[], found: AgreementCandidate[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(/“([^“”]{2,12})”/g)) {
      const at = { start: m.index!, end: m.index! + m[0].length };
      if (!KNOWN_INITIATIVES.has(m[1]) || /^(?:国际合作)?(?:高峰)?论坛/.test(s.text.slice(at.end))) continue;
      if (found.some((c) => c.sentence === s && overlaps(c.at, at))) continue;
      const known = [...found, ...out].find((c) => c.value.category === "initiative" && c.value.name === m[1]);
      // (before the document's own reading of it, which stays where its facts are first told: a mention only)
      if (known && sentences.indexOf(known.sentence) > sentences.indexOf(s)) {
        out.push({ ...known, at, sentence: s, mention: true });
        continue;
      }
      out.push(known ? { ...known, at, sentence: s } : candidate(s, at, m[1], "initiative", "倡议", [], undefined));
    }
  return out;
}

/** What makes a name the start of another one (某某铁路公司, 某某港口, 某某论坛秘书处 are other things). */
const LONGER_AFTER = /^(?:[\u4e00-\u9fff]{0,4}(?:公司|集团|大学|学院)|有限|股份|口|站|段|支线|秘书处)/;

/**
 * A body, a project or an initiative the document has named is the same thing wherever the document writes that
 * name again: in quotes (“某某”), or in full when the name is long (five characters or more), or, for a work,
 * without the pair of one-character forms it opened with (中甲友谊大桥 → 友谊大桥). Each such place is a mention of the fact read
 * first, never a fact of its own (the fact stays where the document first tells it).
 */
function namedAgain(sentences: Sentence[], found: AgreementCandidate[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const names = new Map<string, AgreementCandidate>();
  const short = new Set<string>();
  for (const c of found) {
    if (c.value.category === "partnership" || c.value.category === "document" || c.mention) continue;
    const name = c.value.name;
    if (!/^[\u4e00-\u9fff“”—·]+$/.test(name) || name.length < 4) continue;
    if (!names.has(name)) names.set(name, c);
    else continue;
    // (a pair of one-character forms opening the name: 中甲)
    const pair = countryMentions(name).filter((m) => m.end <= 2).length === 2;
    // (a work only: a body without its pair, 政府磋商, may be any pair's)
    const rest = pair && c.value.category === "project" ? name.slice(2) : "";
    if (rest.length >= 4 && nameType(rest) && !names.has(rest)) {
      names.set(rest, c);
      short.add(rest);
    }
  }
  if (names.size === 0) return out;
  // (the places already read, by sentence, gathered once: each sentence adds its own as it goes)
  const read = new Map<Sentence, Span[]>();
  for (const c of found) {
    const spans = read.get(c.sentence);
    if (spans) spans.push(c.at);
    else read.set(c.sentence, [c.at]);
  }
  for (const s of sentences) {
    const spans = read.get(s) ?? [];
    const depth = insideQuotes(s.text);
    for (const [name, c] of names)
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) {
        const span = { start: at, end: at + name.length };
        const quoted = s.text[at - 1] === "“" && s.text[span.end] === "”";
        const marked = quoted ? { start: at - 1, end: span.end + 1 } : span;
        if (spans.some((t) => overlaps(t, marked))) continue;
        // (in full only when long, and standing alone: not inside a quotation or a title, nor the start of another name)
        if (!quoted && ((name.length < 5 && !short.has(name)) || depth[at] > 0 || /《[^》]*$/.test(s.text.slice(0, at)))) continue;
        if (LONGER_AFTER.test(s.text.slice(quoted ? span.end + 1 : span.end))) continue;
        if (!quoted && /[\u4e00-\u9fff]/.test(s.text[at - 1] ?? "") && !STOP_CHARS.has(s.text[at - 1]) && !/(?:举行|举办|召开|参加|出席|加入|建设|建成|共建|推进|推动|根据|依托|通过|担任|落实|实施|除|像|如|比如|例如|包括|其中)$/.test(s.text.slice(0, at))) continue;
        spans.push(marked);
        out.push({ ...c, at: marked, sentence: s, mention: true });
      }
  }
  return out;
}

/** A project read from a list (甲医院、乙学院等项目) named again elsewhere in the text: the same fact there. */
function repeatedListedProjects(sentences: Sentence[], found: AgreementCandidate[], ctx: DocContext): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const c of ctx.listed ?? []) {
    const name = c.value.name;
    for (const s of sentences) {
      const spans = found.filter((f) => f.sentence === s).map((f) => f.at);
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) {
        const span = { start: at, end: at + name.length };
        if (spans.some((t) => overlaps(t, span)) || out.some((o) => o.sentence === s && overlaps(o.at, span))) continue;
        out.push({ ...c, at: span, sentence: s });
      }
    }
  }
  return out;
}

/** An anniversary right after a name (签署25周年, 生效十周年, 30周年): the dates around it are the anniversary's. */
const ANNIVERSARY_AFTER = /^》?(?:[的]?(?:签署|签订|缔结|生效|建立|成立|发表|提出|发布|实施))?(?:\d{1,3}|[一二三四五六七八九十百]{1,4})周年/;

const STUDIED_AFTER = /^》?的?(?:联合)?可行性研究/;

/** "截至2023年底，已与30多个国家签署…协定": a date a count has reached (截至, 到) is no date of the agreement counted. */
const AS_OF = /(?:截至|截止(?:到|至)?|到)$/;
const COUNTED = /(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?(?:个|家)(?:国家|经济体|伙伴|地区|国际组织|成员)|累计|已(?:与|同|和|有|经)/;
function cumulative(text: string, date: Span, at: Span): boolean {
  if (!AS_OF.test(text.slice(Math.max(0, date.start - 4), date.start))) return false;
  return COUNTED.test(text.slice(date.end, Math.max(date.end, at.start)));
}

/**
 * The date an agreement is given in its sentence: the closest date before it in its clause,
 * else after it in its clause, else the last one before it in the sentence. Dates inside
 * quotes or titles (“2030年前…战略”) name things; they date nothing.
 */
function dateFor(s: Sentence, ctx: DocContext, at: Span): string | undefined {
  // "以2026年《某条约》签署25周年为契机": the year is the anniversary's, not the treaty's
  if (ANNIVERSARY_AFTER.test(s.text.slice(at.end, at.end + 12))) return undefined;
  // "推进甲乙自由贸易协定可行性研究": the study's date is not the agreement's
  if (STUDIED_AFTER.test(s.text.slice(at.end, at.end + 10))) return undefined;
  const depth = insideQuotes(s.text);
  // (a dateline's day, 某地某月某日电, is the day of the report, not of what it tells)
  const dates = (ctx.dates.get(s) ?? []).filter(
    (d) => d.precision !== "decade" && depth[d.at.start] === 0 && !(d.at.start >= at.start && d.at.end <= at.end) && !cumulative(s.text, d.at, at) && s.text[d.at.end] !== "电" && s.text[d.at.end] !== "讯",
  );
  // "《甲协定》（2016年）《乙备忘录》（2017年）": a year in brackets right after a title is that title's own, and no other's
  const own = dates.find((d) => /^》?\s*[（(]$/.test(s.text.slice(at.end, d.at.start)) && /^[）)]/.test(s.text.slice(d.at.end)));
  if (own) return own.iso;
  const anothers = (d: { at: Span }) =>
    (/》\s*[（(]$/.test(s.text.slice(Math.max(0, d.at.start - 3), d.at.start)) && /^[）)]/.test(s.text.slice(d.at.end))) ||
    // "第二份《某政策文件》（第一份发表于2008年）": an aside in brackets on an earlier one dates that one
    (d.at.start > at.end && /[（(](?:第[一二三四五六七八九十]|首|前一|上一|原)[^（）()]*$/.test(s.text.slice(at.end, d.at.start)));
  const clause = clauseAt(s.text, at.start);
  const inClause = dates.filter((d) => d.at.start >= clause.start && d.at.end <= clause.end && !anothers(d));
  const before = inClause.filter((d) => d.at.end <= at.start);
  if (before.length) return before[before.length - 1].iso;
  if (inClause.length) return inClause[0].iso;
  // a date written as another title's (…2011年签署的《甲协议》，落实《乙宣言》) dates only that title
  const earlier = dates.filter((d) => d.at.end <= at.start && !anothers(d) && !DATES_A_TITLE.test(s.text.slice(d.at.end, at.start)));
  return earlier.length ? earlier[earlier.length - 1].iso : undefined;
}

/**
 * The parties of an agreement: the countries its own name mentions (中老铁路), else the
 * country just before it (甲国的“某某”战略), else those of its clause or, failing that,
 * of the sentence before it.
 */
function partiesFor(s: Sentence, at: Span, within?: string): string[] {
  const fromTitle = within ? unique(countryMentions(within).map((m) => m.name)) : [];
  if (fromTitle.length) return fromTitle;
  const near = mentionsJustBefore(s.text, at.start);
  if (near.length) return near;
  const clause = clauseAt(s.text, at.start);
  const clauseText = s.text.slice(clause.start, clause.end);
  let mentions = countryMentions(clauseText).filter((m) => !isPlace(clauseText, m));
  if (mentions.length === 0) mentions = countryMentions(s.text.slice(0, at.start));
  const names = unique(mentions.map((m) => m.name)).slice(0, 8);
  if (names.length === 1 && /(?:与|同|和|跟)$/.test(s.text.slice(0, clause.start + (mentions[0]?.start ?? 0)))) {
    // "…，2005年5月与乌兹别克斯坦签署…": the other side is the subject of the sentence
    const subject = countryMentions(s.text.slice(0, clause.start)).find((m) => m.name !== names[0]);
    if (subject) names.unshift(subject.name);
  }
  return names;
}

/** "在柬埔寨金边签署": a country written as the place where something happened is no party to it. */
const isPlace = (text: string, m: CountryMention) =>
  m.end - m.start >= 2 && /(?:在|于)$/.test(text.slice(0, m.start)) && PLACE_OF_EVENT.test(text.slice(m.end));
const PLACE_OF_EVENT = /^[^，。；、和与同及框]{0,10}?(?:举行|举办|召开|签署|签订|成立|开幕|闭幕)/;

/** What follows a date that is another title's own, up to a clause break before the agreement: "签署的《甲》，…". */
const DATES_A_TITLE = /^(?:签署|签订|缔结|通过|发表|发布)的《[^》]+》.*[，；]/;

/** Countries written right before a position, possibly chained (中日、中韩《联合声明》, 甲国的“…”). */
function mentionsJustBefore(text: string, pos: number): string[] {
  const from = Math.max(0, pos - 16);
  const mentions = countryMentions(text.slice(from, pos)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const names: string[] = [];
  let cursor = pos;
  if (text[cursor - 1] === "的") cursor--;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    const gap = text.slice(m.end, cursor);
    if (!/^[、和与及]?$/.test(gap)) break;
    names.unshift(m.name);
    cursor = m.start;
  }
  return unique(names);
}

/**
 * Items of a clause that pairs several dates with several countries:
 * "中国1990年1月与A、1991年2月与B…分别签署…", "与A（1995年3月）、B（1996年4月）先后建立…".
 */
function datedItems(s: Sentence, ctx: DocContext, at: Span): Array<{ country: CountryMention; date: string }> {
  const clause = clauseAt(s.text, at.start);
  const dates = (ctx.dates.get(s) ?? []).filter((d) => d.at.start >= clause.start && d.at.end <= clause.end && d.at.end <= at.start);
  if (dates.length < 2) return [];
  const countries = countryMentions(s.text.slice(clause.start, at.start)).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
  const items: Array<{ country: CountryMention; date: string }> = [];
  for (const d of dates) {
    const paren = s.text[d.at.start - 1] === "（";
    const c = paren ? [...countries].reverse().find((x) => x.end === d.at.start - 1) : countries.find((x) => x.start >= d.at.end && x.start - d.at.end <= 2);
    if (c && c.name !== "中国") items.push({ country: c, date: d.iso });
  }
  return items.length >= 2 ? items : [];
}

function typeOf(name: string): string | undefined {
  const core = name.replace(/[（(][^）)]*[）)]$/, "");
  return DOCUMENT_TYPES.find((t) => core.endsWith(t)) ?? DOCUMENT_TYPES.find((t) => core.includes(t));
}

function candidate(
  s: Sentence,
  at: Span,
  name: string,
  category: AgreementCandidate["value"]["category"],
  type: string | undefined,
  parties: string[],
  date: string | undefined,
  extra: Partial<AgreementCandidate["value"]> = {},
): AgreementCandidate {
  const shown = category === "document" ? `《${name}》` : name;
  const details = [parties.join("、"), date ?? ""].filter(Boolean).join("，");
  return {
    kind: "agreement",
    label: `${shown}${details ? `（${details}）` : ""}`,
    value: { name, category, ...(type ? { type } : {}), parties, ...(date ? { date } : {}), ...extra },
    at,
    sentence: s,
    key: `${category}|${normaliseName(name)}${category === "partnership" ? "|" + [...parties].sort().join("+") : ""}|${date ?? ""}`,
  };
}

function titledDocuments(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(/《([^《》]{2,80})》/g)) {
    const inner = m[1];
    const at = { start: m.index!, end: m.index! + m[0].length };
    const name = inner.replace(/[（(](?:全文|草案|摘要|节选)[）)]$/, "");
    let type = typeOf(name);
    // 发布白皮书《某某》, 首份某某报告《某某》: what the title is, said before it
    const named = !type ? /(白皮书|蓝皮书|政策文件|报告|计划|战略|规划|纲要|方案)$/.exec(s.text.slice(Math.max(0, at.start - 6), at.start)) : null;
    if (named) type = named[1];
    // 《某某》纲要, 《某某》计划: what the title is, said right after it
    const after = !type ? /^(纲要|行动计划|计划|规划|战略|报告|方案|白皮书|蓝皮书)(?![书人员])/.exec(s.text.slice(at.end)) : null;
    if (after) type = after[1];
    // 政府印发《某某》，提出…的战略目标: a title a government issues, when the sentence says what it is
    if (!type && /(?:印发|颁布|出台|发布|公布|制定|推出)了?$/.test(s.text.slice(0, at.start))) {
      const rest = (s.text.slice(0, at.start) + "　".repeat(at.end - at.start) + s.text.slice(at.end)).replace(/《[^《》]*》|“[^“”]*”/g, (q) => "　".repeat(q.length));
      const said = /(行动计划|计划|规划|战略|纲要|方案|报告|白皮书)/.exec(rest);
      if (said) type = said[1];
    }
    if (!type && /题为\s*$/.test(s.text.slice(0, at.start))) {
      // 题为《…》的主旨讲话 / 的新版战略文件
      const kind = SPEECH_AFTER.exec(s.text.slice(at.end)) ?? /^的[\u4e00-\u9fff]{0,6}?(文件|战略|报告|规划|白皮书)/.exec(s.text.slice(at.end));
      if (kind) type = kind[1] ?? kind[0].replace(/^的?(?:主旨)?/, "");
    }
    if (!type) continue;
    taken.push(at);
    out.push(candidate(s, at, name, "document", type, partiesFor(s, at, name), dateFor(s, ctx, at)));
  }
  return out;
}

/**
 * A line that is nothing but a formal title, without 《》 — a heading, a title, or a field of a record
 * (标题：甲国政府和乙国政府关于某某合作的协定): the two sides, 关于, and the word for what they sign.
 */
const FORMAL_TITLE =
  /^(?:(?:标题|名称|题名|条约名称|协定名称|文件名称|中文名称)[：:]\s*)?((?:[\u4e00-\u9fff]{2,12}?)(?:政府)?(?:和|与|同)[\u4e00-\u9fff]{2,12}?(?:政府)?关于[^，。；：《》]{2,60}?的(联合声明|联合公报|协定|条约|议定书|谅解备忘录|备忘录|行动计划|合作规划|宣言|公约|换文))$/;
function formalTitleLines(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const m = FORMAL_TITLE.exec(s.text.replace(/[。；]$/, ""));
  if (!m) return [];
  const name = m[1];
  const sides = unique(countryMentions(name.slice(0, name.indexOf("关于"))).map((c) => c.name));
  if (sides.length < 2 || name.split("关于").length !== 2) return [];
  const start = m[0].length - name.length;
  const at = { start, end: start + name.length };
  if (taken.some((t) => overlaps(t, at))) return [];
  taken.push(at);
  return [candidate(s, at, name, "document", m[2], sides, dateFor(s, ctx, at))];
}

const COUNTED_PROGRAMME = /^[一二两三四五六七八九十]+(?:项|大)[\u4e00-\u9fff]{0,4}?(工程|行动|计划)$/;
const PROGRAMME_VERB = /(?:宣布|提出|推进|落实|实施|启动|推动|开展)[^，。；：“”]{0,6}$/;

const QUOTED_LAW = /^[\u4e00-\u9fff]{3,16}法$/;
/** A measure named by its kind of text (第3号公告, 某某禁令, 某某实施细则). */
const ISSUED_MEASURE = /^[\u4e00-\u9fff\d]{2,16}?(公告|通告|通知|禁令|法令|政令|行政令|条例|规定|办法|细则|法案|政策)$/;
const ISSUING_VERB = /(?:出台|颁布|发布|推出|公布|签发|签署|通过|实施|施行)了?$/;
/** Words ending in 法 that are a way or a field, not a law (做法, 办法, 司法 …). */
const NOT_A_LAW = /(?:做|办|方|说|想|看|手|打|玩|算|语|书|疗|兵|魔|司|执|立|技|用|写|笔|章|功|心|戏|家|王|无|合|非|违|守|依|不|加|减|乘|除|新|老|妙|良|活|作|识)法$/;
const LAW_VERBS = /签署成法|(?:通过|颁布|出台|施行|审议|签署|修订|废除|废止)[^，。；]{0,6}“|“[^“”]{2,16}法”(?:[^，。；]{0,6})(?:生效|施行|出台|颁布|获得通过|正式实施)/;

/**
 * An agreement named by its Latin acronym where the text implements, signs or ratifies it, or tells it in force
 * (高质量实施ABCD, ABCD对某国正式生效): a text, named as the document names it.
 */
const ACRONYM_AGREEMENT = /(?<=(?:实施|签署|批准|落实|用好|执行)(?:好)?)[A-Z]{3,6}(?![A-Za-z\d])|(?<![A-Za-z\d])[A-Z]{3,6}(?=(?:对[\u4e00-\u9fff\d]{1,12})?(?:正式|全面)?(?:生效|实施))/g;
function acronymAgreements(s: Sentence, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(ACRONYM_AGREEMENT)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    // (the sentence tells when it came into force for one member, not the sides or the day of the text: neither is read)
    out.push(candidate(s, at, m[0], "document", "协定", [], undefined));
  }
  return out;
}

/** “某某友好条约”, “2035年前国家发展纲要”, “某某”新经济政策, “某某”战略. */
function quotedDocuments(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const re = /“([^“”]{2,40})”(新经济政策|发展战略|行动计划|战略|计划|规划|纲要|倡议|愿景)?/g;
  for (const m of s.text.matchAll(re)) {
    const inner = m[1];
    const suffix = m[2] ?? "";
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    if (/[，、]/.test(inner)) continue;
    // 宣布了中甲“十大合作计划”, 推进“八项工程”: a counted programme of works announced or carried out is a programme (and a concept)
    if (COUNTED_PROGRAMME.test(inner) && PROGRAMME_VERB.test(s.text.slice(0, at.start))) {
      taken.push(at);
      out.push(candidate(s, at, inner, "initiative", COUNTED_PROGRAMME.exec(inner)![1], partiesFor(s, at, inner), dateFor(s, ctx, at)));
      continue;
    }
    // “三大倡议”, “四个计划”: a counted set is a concept, whatever its head word
    if (/^[一二两三四五六七八九十]+(?:个|大|项|点|条|种)/.test(inner)) continue;
    const innerType = QUOTED_TYPES.find((t) => inner.endsWith(t)) ?? (/(?:草案|文本)$/.test(inner) && typeOf(inner) ? typeOf(inner) : undefined);
    // “某某丝绸之路”, “某某之路”: a programme named as a road
    if (!suffix && !innerType && /^[\u4e00-\u9fff]{2,6}(?:丝绸之路|之路)$/.test(inner) && inner !== "丝绸之路" && !/^[\u4e00-\u9fff]{0,12}(?:备忘录|协定|协议|声明|宣言|条约|规划|计划|纲要)/.test(s.text.slice(at.end))) {
      taken.push(at);
      out.push(candidate(s, at, inner, "initiative", "倡议", partiesFor(s, at, inner), dateFor(s, ctx, at)));
      continue;
    }
    // a quoted name ending in another type word (“某某工作组”, “某某框架”), or a group of countries (“某某四国”)
    const typed = suffix || innerType ? undefined : nameType(inner);
    // not “绿色通道”, nor a counted set (“五大走廊”)
    // another name of something just named (…走廊，又称“某某走廊”) may be short
    const alias = /(?:又称|简称|下称|也称|亦称|俗称|被称为|称之为)$/.test(s.text.slice(0, at.start));
    // (“北京对话”: a dialogue named after the place it is held in, where a two-character word would be a manner: “平等对话”)
    const placed = typed?.type === "对话" && inner.length === 4 && !/^(?:平等|深度|战略|高层|务实|坦诚|文明|南北|全面|直接|多方|双边|多边|政治|经济|安全|人文|青年|民间|社会|国际|区域|地区|沟通|友好|和平|包容|开放)/.test(inner);
    const named = typed && (inner.length - typed.type.length >= 3 || placed || (alias && inner.length > typed.type.length)) && !/^[一二两三四五六七八九十]+[大个项]/.test(inner) ? typed : undefined;
    // a group of countries, unless the quote names a mechanism of it (“某某五国”机制)
    const group = /^[\u4e00-\u9fff]{1,4}[二三四五六七八九十]国(?:集团)?$|^\d+国集团$/.test(inner) && !/^(?:会谈|会晤|机制|峰会|论坛|外长|领导人|元首|集团|合作)/.test(s.text.slice(at.end));
    const programme = suffix || innerType || named || group ? undefined : quotedProgramme(s.text, at, inner);
    if (programme) {
      if (programme.type !== "倡议") taken.push(programme.at); // 共建“某某”合作备忘录: the document is read too
      out.push(candidate(s, programme.at, programme.name, programme.category, programme.type, partiesFor(s, programme.at, programme.name), dateFor(s, ctx, programme.at)));
      continue;
    }
    // 某某国家共同体（简称“某共体”）: the short name of the body just named
    const aliasOf = !suffix && !innerType && !named && !group ? /([\u4e00-\u9fff—]{2,24})[（(](?:以下)?简称$/.exec(s.text.slice(0, at.start)) : null;
    const aliasType = aliasOf ? nameType(aliasOf[1]) : undefined;
    if (aliasType && /^[\u4e00-\u9fff]{2,8}$/.test(inner) && (aliasType.category === "organisation" || aliasType.category === "mechanism")) {
      taken.push(at);
      out.push(candidate(s, at, inner, aliasType.category, aliasType.type, [], undefined));
      continue;
    }
    // a law named in quotes (所谓“某某法”, 通过“某某法”): a text enacted, where the sentence tells it enacted or called so
    if (!suffix && !innerType && !named && !group && QUOTED_LAW.test(inner) && !NOT_A_LAW.test(inner) && (/所谓$/.test(s.text.slice(0, at.start)) || LAW_VERBS.test(s.text))) {
      taken.push(at);
      out.push(candidate(s, at, inner, "document", "法", partiesFor(s, at, inner), dateFor(s, ctx, at)));
      continue;
    }
    // a measure a government issues, named in quotes (出台“第某号公告”, 颁布“某某禁令”): a text, dated where it was issued
    const issued = !suffix && !innerType && !named && !group ? ISSUED_MEASURE.exec(inner) : null;
    if (issued && ISSUING_VERB.test(s.text.slice(0, at.start))) {
      taken.push(at);
      out.push(candidate(s, at, inner, "document", issued[1], partiesFor(s, at, inner), dateFor(s, ctx, at)));
      continue;
    }
    if (!suffix && !innerType && !named && !group) {
      const project = THEME_YEAR.test(inner) ? "主题年" : QUOTED_PARK.test(inner) ? "园区" : undefined;
      if (!project) continue;
      taken.push(at);
      out.push(candidate(s, at, inner, "project", project, partiesFor(s, at, inner), dateFor(s, ctx, at)));
      continue;
    }
    const name = inner + suffix;
    const type = suffix || innerType || named?.type || "组织";
    const category = type === "倡议" ? "initiative" : named ? named.category : group ? "organisation" : "document";
    taken.push(at);
    const organisation = category === "organisation";
    out.push(candidate(s, at, name, category, type, organisation ? [] : partiesFor(s, at, name), organisation ? undefined : dateFor(s, ctx, at)));
  }
  return out;
}

/**
 * A quoted programme without a type word of its own: “某某”活动 (a named series of events),
 * “甲+乙”合作 or 甲—乙“某某”合作 (a cooperation format), “甲—乙国家合作” (a mechanism), and
 * 共建“某某” (an initiative built together, quoted without 倡议).
 */
function quotedProgramme(
  text: string,
  at: Span,
  inner: string,
): { at: Span; name: string; category: AgreementCandidate["value"]["category"]; type: string } | undefined {
  const after = text.slice(at.end);
  const before = text.slice(0, at.start);
  if (!/^[\u4e00-\u9fffA-Za-z0-9+＋—]+$/.test(inner)) return undefined;
  if (/^活动/.test(after) && inner.length >= 3 && inner.length <= 10 && !/^[一二两三四五六七八九十]/.test(inner))
    return { at: { start: at.start, end: at.end + 2 }, name: inner, category: "project", type: "活动" };
  if (/^合作/.test(after)) {
    const pair = /([\u4e00-\u9fff]{2,6}—[\u4e00-\u9fff]{2,6})$/.exec(before)?.[1].replace(/^(?:深化|推进|推动|加强|拓展|开展|发展|参与|建设|实施|打造|促进|扩大)/, "");
    if (pair && inner.length >= 2 && inner.length <= 8)
      return { at: { start: at.start - pair.length, end: at.end + 2 }, name: `${pair}“${inner}”合作`, category: "mechanism", type: "合作" };
    if (/[+＋—]/.test(inner) && inner.length >= 3) return { at: { start: at.start, end: at.end + 2 }, name: `${inner}合作`, category: "mechanism", type: "合作" };
  }
  if (/^[\u4e00-\u9fff]{2,8}—[\u4e00-\u9fff]{2,10}合作$/.test(inner)) return { at, name: inner, category: "mechanism", type: "合作" };
  // “某某”（ABC）互认: a mutual recognition of a quoted status with its Latin abbreviation
  const mutual = /^[（(][A-Z]{2,6}[）)]互认/.exec(after)?.[0];
  if (mutual && inner.length >= 3 && inner.length <= 12) return { at: { start: at.start, end: at.end + mutual.length }, name: `“${inner}”${mutual}`, category: "mechanism", type: "互认" };
  // “某某”南南合作示范项目: a project named after a quoted programme
  const project = /^[\u4e00-\u9fff]{2,8}?(?:示范项目|旗舰项目)/.exec(after)?.[0];
  if (project && inner.length >= 2 && inner.length <= 10) return { at: { start: at.start, end: at.end + project.length }, name: `“${inner}”${project}`, category: "project", type: "项目" };
  // 打造“某某快线”, “某某快线”国际货物列车: a named transport line
  if (/^[\u4e00-\u9fff]{2,8}(?:快线|专线)$/.test(inner) && (/(?:打造|开通|建设|开行|推进|运营)$/.test(before) || /^(?:国际)?(?:货物|旅客|货运|客运)?(?:列车|班列)/.test(after)))
    return { at, name: inner, category: "project", type: "线路" };
  // “某某”联合训练, “某某”联合军演: a named joint exercise
  const drill = /^(?:联合|双边|多边)?(?:反恐|海上|空中|陆军|海军|空军)?(?:军事)?(?:训练|演习|军演|演练)/.exec(after)?.[0];
  if (drill && /联合|军事|军演|双边|多边/.test(drill) && inner.length >= 2 && inner.length <= 8) return { at: { start: at.start, end: at.end + drill.length }, name: `“${inner}”${drill}`, category: "mechanism", type: "演习" };
  // 在“某某合作”的框架下: a cooperation named as the framework something is done in
  if (/^[\u4e00-\u9fff]{2,8}合作$/.test(inner) && /^的?(?:框架|机制|平台)/.test(after) && !/^(?:双边|多边|务实|经贸|人文|全面|战略|国际|区域|地区)合作$/.test(inner))
    return { at, name: inner, category: "mechanism", type: "合作" };
  // 加入“某某”: a programme or a group a country joins, quoted without its type word
  if (/加入了?$/.test(before) && /^[\u4e00-\u9fff]{3,8}$/.test(inner) && /^(?:[^\u4e00-\u9fff]|$|倡议|合作|大家庭|行列|机制|框架)/.test(after))
    return { at, name: inner, category: nameType(inner)?.category ?? "initiative", type: nameType(inner)?.type ?? "倡议" };
  // (a road of a century named with its digits too: 共建“21世纪某某之路”; and an initiative matched to a plan: 共建“某某”同某方发展战略对接)
  if (/共建$/.test(before) && (/^[\u4e00-\u9fff]{2,8}$/.test(inner) || /^\d{2}世纪[\u4e00-\u9fff]{2,8}之路$/.test(inner)) && !/共同体$/.test(inner) && /^(?:[^\u4e00-\u9fff]|$|国家|为|作为|的|建设|合作|高质量发展[^\u4e00-\u9fff]|框架|以来|走深走实|政府间|文件|谅解备忘录|备忘录|项目|注入|同[\u4e00-\u9fff]{1,8}?(?:发展战略|战略|规划|计划|倡议|愿景)[\u4e00-\u9fff]{0,4}?对接)/.test(after))
    return { at, name: inner, category: "initiative", type: "倡议" };
  return undefined;
}

/** 签署友好合作条约, 签订本币互换协议, …三国政府间协定 (names without 《》). */
function signedTreaties(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const depth = insideQuotes(s.text);
  const re = new RegExp(TREATY_TYPES.join("|"), "g");
  for (const m of s.text.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (depth[m.index!] > 0) continue;
    if (/^组织/.test(s.text.slice(end))) continue; // 集体安全条约组织
    if (TREATY_FOLLOWS.test(s.text.slice(end))) continue; // 某某条约议定书: the name ends with the later type word
    if (/^(?:数据库|公告|文本|编号)/.test(s.text.slice(end))) continue; // 条约数据库, 第某号条约公告
    let start = m.index!;
    while (start > 0 && end - start < 30) {
      const ch = s.text[start - 1];
      if (ch === "”") {
        // a quoted name inside the title: 共建“某某”合作谅解备忘录
        const open = s.text.lastIndexOf("“", start - 1);
        if (open >= 0 && start - open <= 20 && !s.text.slice(open, start - 1).includes("”")) {
          start = open;
          continue;
        }
      }
      if (!/[\u4e00-\u9fff—\dA-Za-z-]/.test(ch)) break;
      if (ch === "的") {
        // 签署关于某某的谅解备忘录: the name starts at 关于
        const about = aboutClauseStart(s.text, start - 1);
        if (about >= 0) start = about;
        break;
      }
      if (ch === "对" && s.text[start - 2] === "应") {
        start -= 2; // 应对…联合声明
        continue;
      }
      if ("在于和及是将把对向从由被等了该此这其并为".includes(ch) && !inWordWithStop(s.text, start - 1)) break;
      if (SIGN_VERBS.some((v) => s.text.endsWith(v, start)) || s.text.endsWith("分别", start)) break;
      start--;
    }
    // 甲、乙、丙和丁领域总协议: a list of fields is part of the title
    if ("和及与".includes(s.text[start - 1] ?? "") && /^[\u4e00-\u9fff]{2}领域/.test(s.text.slice(start))) {
      const list = /(?:[\u4e00-\u9fff]{2}、)*[\u4e00-\u9fff]{2}$/.exec(s.text.slice(Math.max(0, start - 61), start - 1));
      if (list) start -= list[0].length + 1;
    }
    // 签署关于修订甲协定(及乙协定)的议定书: what the later text is about is no text signed
    if (/关于$/.test(s.text.slice(0, start)) && new RegExp(`^(?:[及和与][^，。；、]{0,16})?的(?:${TREATY_TYPES.join("|")})`).test(s.text.slice(end))) continue;
    // a bare 声明 is a text only as a title opened by 关于 (发表关于某某的声明)
    if (m[0] === "声明" && !s.text.startsWith("关于", start)) continue;
    // (甲协定)是中国同某国签署的第一个某某协定: the kind of a text after its rank describes the text named before; it names none
    if (s.text[start - 1] === "的" && /^(?:第[一二三四五六七八九十\d]{1,3}|首)(?:份|项|个|部)/.test(s.text.slice(start, end))) continue;
    let name = s.text
      .slice(start, end)
      .replace(/^(?:第[一二三四五六七八九十\d]{1,3}(?:份|项|个|部)|首份|首部|首个|一部|一份|一项|多份|多项|这些|这项|这一|此项|该项|上述|相关|有关|两国|双方|各方)/, "")
      .replace(/^(?:[一二两三四五六七八九十百\d]+(?:多|余)?(?:份|项|个|部))/, "");
    // 使本协定生效, 根据本协定: the text referring to itself, not a name
    if (/(?:^|[使据照行施改署对在与和同为及将把从由])(?:本|该|此)$/.test(name.slice(0, name.length - m[0].length))) continue;
    const at = { start: end - name.length, end };
    // "三方在北京发表联合声明": a bare joint statement is named by who issues it
    // (or by a leader it is issued with, 访问某国，与某某总理发表联合声明)
    const bare =
      /^联合(?:声明|宣言|公报)$/.test(name) &&
      new RegExp(`(?:${SIGN_VERBS.join("|")})了?$`).test(s.text.slice(0, at.start)) &&
      (countryMentions(s.text.slice(0, at.start)).length >= 2 || /双方|三方|两国|三国|各方/.test(s.text.slice(0, at.start)) || ISSUED_WITH.test(s.text.slice(0, at.start)));
    if (name.length - m[0].length < 2 && !bare) continue;
    if (taken.some((t) => overlaps(t, at))) continue;
    // signed right before, or the next item of a list of signed texts (签署了甲，以及乙)
    const listed = /(?:以及|和|及|、)$/.test(s.text.slice(0, at.start)) && SIGN_VERBS.some((v) => s.text.slice(0, at.start).includes(v));
    // (a size or a term told between the verb and the name, 签署规模为500亿元的…协议, stands outside it)
    const verbSide = s.text.slice(0, at.start).replace(/(?:规模|金额|总额|额度|期限)(?:为|达|约为?)[^，。；、]{1,16}的$/, "");
    // (or a text told entering into force, 某某协定(于某年)(正式)生效: a text whoever signed it)
    const signed = listed || SIGN_VERBS.some((v) => verbSide.slice(-12).includes(v)) || /仪式|签字/.test(s.text.slice(end, end + 4));
    // (a name of words only, no date or number glued to it)
    const inForce = !signed && IN_FORCE.test(s.text.slice(end)) && /^[\u4e00-\u9fff][\u4e00-\u9fff—]{3,24}$/.test(name) && !/[年月日]/.test(name);
    if (!signed && !inForce) continue;
    name = name.trim();
    taken.push(at);
    const items = datedItems(s, ctx, at);
    if (items.length) {
      const subject = countryMentions(s.text.slice(clauseAt(s.text, at.start).start, at.start))[0]?.name ?? "中国";
      for (const item of items) {
        const span = { start: Math.min(item.country.start, at.start), end: at.end };
        out.push(candidate(s, span, name, "document", m[0], unique([subject, item.country.name]), item.date));
      }
      continue;
    }
    out.push(candidate(s, at, name, "document", m[0], partiesFor(s, at, name), dateFor(s, ctx, at)));
  }
  return out;
}

/** Right after a text's name: it enters into force (已/于某日/正式…生效). */
const IN_FORCE = /^(?:已经?|将|于[\d〇一二三四五六七八九十年月日]{2,12}|自[\d〇一二三四五六七八九十年月日]{2,12}起|正式|全面|开始|随即){0,2}生效/;

/** 与某某总理发表 / 同某国总统共同签署: the leader on the other side named right before the verb. */
const ISSUED_WITH = /(?:与|同|和)[\u4e00-\u9fff·]{2,12}?(?:总理|总统|首相|主席|国王|元首|领导人|外长|外交部长)(?:共同|一道)?(?:发表|签署|发布)了?$/;

/** Where "关于…的" opens a title ending at `de` (the 的), when a verb of signing comes right before 关于; else -1. */
function aboutClauseStart(text: string, de: number): number {
  const from = Math.max(0, de - 40);
  const about = text.lastIndexOf("关于", de);
  if (about < from || /[，。；：]/.test(text.slice(about, de))) return -1;
  const before = text.slice(Math.max(0, about - 8), about);
  return new RegExp(`(?:${SIGN_VERBS.join("|")})(?:了|的|一份|一项|多份|一系列)?$`).test(before) ? about : -1;
}

function partnerships(s: Sentence, ctx: DocContext): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const text = s.text;
  for (const m of text.matchAll(PARTNERSHIP)) {
    // (更加紧密的 qualifies a level, and is dropped, unless it is what makes 发展伙伴关系 a level: 更加紧密的发展伙伴关系)
    const level = (m[1] + m[2]).replace(/^更加紧密的(?!发展)/, "");
    // (a bare 伙伴关系 is a level only where it is founded: 两国…建立伙伴关系)
    const founded = m[1] === "" && /(?:建立|确立|结为|缔结)(?:了)?$/.test(text.slice(0, m.index!));
    if (m[2] === "伙伴关系" && !/战略|全面|永久|全天候|新时代|合作|协作|友好|全方位|前瞻性|紧密的?发展/.test(m[1]) && !founded) continue;
    if (m[2] === "合作关系" && !/战略/.test(m[1])) continue; // 战略合作关系 is a level; 合作关系 alone is not
    if (m[2] === "友好关系" && !/战略/.test(m[1])) continue; // (so is 战略性友好关系; 友好关系 alone is none)
    const at = { start: m.index! + (m[0].length - level.length), end: m.index! + m[0].length };
    const clause = clauseAt(text, at.start);
    const clauseText = text.slice(clause.start, clause.end);
    // a timeline entry with no verb: the date opens the clause and the level is all of it (2015年11月某某伙伴关系；)
    // (or a table's row read as a record: 2013年：某某伙伴关系)
    const datedLine = new RegExp(`^[-•▪·\\s]*(?:\\d{4}年(?:\\d{1,2}月)?|\\d{4}[./]\\d{1,2})\\s*[：:]?\\s*${level}$`);
    const dated = datedLine.test(clauseText.replace(/^[，；\s]+/, "")) || datedLine.test(text.replace(/[。；]$/, ""));
    // an infobox field naming the relationship's level ("关系定位：战略合作关系（2010年10月建立）")
    const field = /^(?:关系定位|关系级别|关系层级|双边关系定位|关系性质)[：:]/.test(text);
    // "到某年的某某伙伴关系": the year the level dates from, written before it with 的, in a clause with no verb
    const yearOf = /(\d{4})年的$/.exec(text.slice(Math.max(0, at.start - 6), at.start));
    // (a level named with its pair, or one on a path of levels, is named without a verb, and no date of the sentence is its own)
    const kept = !PARTNERSHIP_VERBS.test(clauseText) && (PARTNERSHIP_KEPT.test(text.slice(clause.start, at.start)) || PAIR_IN_LEVEL.test(m[1]) || LEVEL_PATH.test(text.slice(Math.max(0, at.start - 24), at.start)));
    if (!PARTNERSHIP_VERBS.test(clauseText) && !dated && !field && !yearOf && !kept) continue;
    // parties: countries of the clause, else of the clauses before it in the sentence
    const sides = (t: string) => {
      const known = [...countryMentions(t), ...regionMentions(t).filter((r) => !/^(?:中亚|亚洲|欧洲|非洲|欧亚|亚欧|亚太|南亚|西亚|东南亚|中东)$/.test(r.name))];
      const paired = namedPairMentions(t, ctx).filter((p) => !known.some((k) => k.name === p.name && k.start === p.start));
      return [...known, ...paired].sort((a, b) => a.start - b.start);
    };
    let mentions: CountryMention[] = sides(clauseText).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
    if (mentions.length < 2) {
      // "同年双方建立…": the sides are named in the clauses before
      const before = clauses(text).filter((c) => c.end <= clause.start);
      for (let i = before.length - 1; i >= 0 && mentions.length < 2; i--) {
        const c = before[i];
        const more = sides(text.slice(c.start, c.end)).map((x) => ({ ...x, start: x.start + c.start, end: x.end + c.start }));
        if (mentions.length === 0 || more.some((m) => !mentions.some((x) => x.name === m.name))) mentions = [...more, ...mentions];
      }
      mentions.sort((a, b) => a.start - b.start);
      // (also when 两国 is the subject of an earlier clause: "两国发表联合声明，宣布建立…")
      if (mentions.length < 2 && /双方|两国|彼此/.test(text.slice(0, clause.end)) && ctx.previous) {
        const before = sides(ctx.previous.text).map((x) => ({ ...x, start: -1, end: -1 }));
        if (before.length >= 2) mentions = before;
      }
    }
    // "两国建立…" in a text whose title names the two countries (某国和某国关于…的联合声明)
    if (mentions.length < 2 && /双方|两国/.test(text.slice(0, clause.end))) {
      const titled = unique(countryMentions(ctx.doc.title).map((c) => c.name));
      if (titled.length === 2) mentions = titled.map((name) => ({ name, start: -1, end: -1 }));
    }
    // "双方宣布建立…" where neither the sentence nor the title names the sides: the pair the document is about
    // (a line of a chronology, "2004年 建立战略伙伴关系", names no side either: the same pair)
    // (nor does a labelled line of a list of key points, "3. 关系定位：2004年建立战略伙伴关系")
    const chronologyLine =
      /^(?:\d{4}年|\d{4}[-./]\d{1,2}|(?:\d{1,2}[.、．]\s*)?[\u4e00-\u9fff]{2,6}[：:]\s*\d{4}年)/.test(text) && text.length <= 40 && countryMentions(text).length === 0 && regionMentions(text).length === 0;
    if (mentions.length === 0 && (/双方|两国/.test(text.slice(0, clause.end)) || chronologyLine)) {
      const pair = mainPairOf(ctx);
      if (pair) mentions = pair.map((name) => ({ name, start: -1, end: -1 }));
    }
    // "到某年的某某伙伴关系" naming no side: the pair the document is about
    if (mentions.length === 0 && yearOf) {
      const pair = mainPairOf(ctx);
      if (pair) mentions = pair.map((name) => ({ name, start: -1, end: -1 }));
    }
    // "1999年4月建立某某关系" on a timeline line that names no side, in a text whose title names one pair
    if (mentions.length === 0 && /^\d{4}年/.test(text) && sides(text).length === 0) {
      const titled = unique(countryMentions(ctx.doc.title).map((c) => c.name));
      if (titled.length === 2) mentions = titled.map((name) => ({ name, start: -1, end: -1 }));
    }
    // "甲方愿同中方深化…": sides written as 某方, each the country of that first character
    if (mentions.length < 2) {
      const sidesByFang = fangSides(clauseText, ctx).map((x) => ({ ...x, start: x.start + clause.start, end: x.end + clause.start }));
      if (sidesByFang.length === 2) mentions = sidesByFang;
    }
    // "对某国进行国事访问，两国元首宣布建立…": one named country and 两国/双方 — the other side is China
    if (mentions.length === 1 && mentions[0].name !== "中国" && countryMentions(clauseText).length === 0 && /两国|双方/.test(clauseText))
      mentions = [{ name: "中国", start: -1, end: -1 }, ...mentions];
    const upgradedFrom = upgradeIn(clauseText, level);
    const others = mentions.filter((c) => c.name !== "中国");
    const hasChina = mentions.some((c) => c.name === "中国") && others.length > 0;
    const dates = ctx.dates.get(s) ?? [];
    const levelDate = () => (yearOf ? yearOf[1] : kept ? undefined : dateFor(s, ctx, at));
    if (others.length === 0) {
      const regions = regionMentions(clauseText).map((r) => r.name);
      const parties = unique([...mentions.map((c) => c.name), ...regions]);
      if (parties.length < 2 && (!dated && !field || founded)) continue;
      out.push(candidate(s, at, level, "partnership", m[2], parties.length < 2 ? [] : parties, levelDate(), upgradedFrom ? { upgradedFrom } : {}));
      continue;
    }
    // the subject (China when named, else the first country) paired with each other country
    const names = unique(mentions.map((c) => c.name));
    const subject = hasChina ? "中国" : names[0];
    const pairs: Array<{ parties: string[]; mention: CountryMention }> = [];
    for (const o of mentions) {
      if (o.name === subject || pairs.some((p) => p.parties[1] === o.name)) continue;
      pairs.push({ parties: [subject, o.name], mention: o });
    }
    if (pairs.length === 0) {
      // 与乌兹别克斯坦是…关系: the other side is the subject of the sentence
      const first = countryMentions(text.slice(0, clause.start)).find((c) => c.name !== subject);
      if (!first) continue;
      pairs.push({ parties: [first.name, subject], mention: mentions[0] });
    }
    for (const { parties, mention } of pairs) {
      // a date in parentheses right after the country: 甲国（1995年3月）
      const own = dates.find((d) => d.at.start >= mention.end && d.at.start <= mention.end + 1 && text[mention.end] === "（");
      const date = own?.iso ?? levelDate();
      const span = mention.start >= 0 ? { start: Math.min(mention.start, at.start), end: Math.max(mention.end, at.end) } : at;
      out.push(candidate(s, span, level, "partnership", m[2], parties, date, upgradedFrom ? { upgradedFrom } : {}));
    }
  }
  return out;
}

/**
 * 中甲关系, 推动中甲…伙伴关系 (甲 no one-character form the vocabulary knows): China and the first character of a country the document names, where the vocabulary
 * has no one-character form for it (and only one named country starts with that character).
 */
function namedPairMentions(t: string, ctx: DocContext): CountryMention[] {
  const named = (ctx.named ??= unique(countryMentions(ctx.doc.text).map((c) => c.name)));
  const out: CountryMention[] = [];
  for (const m of t.matchAll(/中([\u4e00-\u9fff])(?=关系|两国|双方|友好|友谊|全面|战略|合作|建交)/g)) {
    const ch = m[1];
    if (ch in COUNTRY_ABBREVIATIONS || !pairMayStartAt(t, m.index!)) continue;
    const country = named.filter((n) => n !== "中国" && n.startsWith(ch));
    if (country.length !== 1) continue;
    out.push({ name: "中国", start: m.index!, end: m.index! + 1 }, { name: country[0], start: m.index! + 1, end: m.index! + 2 });
  }
  return out;
}

/**
 * Two sides written in the short 某方 style with a preposition between them ("甲方愿同中方…",
 * "中方与乙方…"): 中方 is China; another 某方 is the country of that one-character form, or the
 * country the document names whose name starts with that character (沙特 → 沙方).
 */
const FANG_PAIR = /(?:(?<![\u4e00-\u9fff])|(?<=表示|指出|强调|认为|说|称))([\u4e00-\u9fff])方[\u4e00-\u9fff]{0,4}?(?:同|与|和|跟)([\u4e00-\u9fff])方/;
const NOT_SIDE = new Set("双各对我他己一两三四五多东西南北地官军警校资劳甲乙前后上下左右远四八大".split(""));
function fangSides(clause: string, ctx: DocContext): CountryMention[] {
  const m = FANG_PAIR.exec(clause);
  if (!m || m[1] === m[2] || NOT_SIDE.has(m[1]) || NOT_SIDE.has(m[2])) return [];
  const named = (ctx.named ??= unique(countryMentions(ctx.doc.text).map((c) => c.name)));
  const country = (ch: string) => (ch === "中" ? "中国" : (COUNTRY_ABBREVIATIONS[ch] ?? named.find((n) => n !== "中国" && n.startsWith(ch))));
  const a = country(m[1]);
  const b = country(m[2]);
  if (!a || !b || a === b) return [];
  const second = m.index + m[0].length - 2;
  return [
    { name: a, start: m.index, end: m.index + 2 },
    { name: b, start: second, end: second + 2 },
  ];
}

/** "从战略伙伴关系提升为全面战略伙伴关系", "甲乙两国战略伙伴关系已升级到同盟关系". */
function upgradeIn(clause: string, level: string): string | undefined {
  const m = /((?:新时代|全天候|永久|全面|战略|合作|友好)+(?:伙伴|同盟|联盟)关系)[^，。；]{0,8}(?:提升|升级|升格|发展)(?:为|到|至)/.exec(clause);
  if (m && m[1] !== level && clause.indexOf(m[1]) < clause.lastIndexOf(level)) return m[1];
  return undefined;
}

/** 落实《某某宣言》的指导方针, 执行《某某协定》行动计划: a text named for the titled one it implements. */
function implementingTexts(s: Sentence, ctx: DocContext): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(/(?:落实|执行|实施)《([^《》]{2,40})》的?(指导方针|行动计划|实施细则|后续行动|路线图|准则)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    // a title inside a title takes the inner marks 〈〉
    const name = m[0].replace("《", "〈").replace("》", "〉");
    out.push(candidate(s, at, name, "document", m[2], partiesFor(s, at, name), dateFor(s, ctx, at)));
  }
  return out;
}

/**
 * Bodies named by what they do, with no proper-name mark: 某某解决机制 with its organ right after it
 * (争端解决机制+上诉机构 shape), 全国某某权交易市场, a metro line named by its colour or number
 * (某市轨道交通某色线).
 */
const FUNCTION_BODY = /(?<![\u4e00-\u9fff]{7})([\u4e00-\u9fff]{2,6}(?:解决|审议|审查|监督|应对|仲裁|核查|执行)机制)((?:上诉|常设|执行|监督|仲裁|专家)?(?:机构|秘书处|委员会|法庭|小组))/g;
const MARKET = /(?:全国|国家|全球|国际)[\u4e00-\u9fff]{2,8}?交易(?:市场|所)/g;
/** A metro line by colour or number (某市地铁2号线), or by its two termini (某市城铁甲站—乙站线). */
const LINE = /([\u4e00-\u9fff]{1,4})(?:轨道交通|地铁|城轨|城铁|轻轨)(?:[红橙黄绿青蓝紫金银]|\d+号|[一二三四五六七八九十]+号|[\u4e00-\u9fff]{2,4}—[\u4e00-\u9fff]{2,4})线/g;
const UN_BODY = /(《[^《》]{2,30}》|[\u4e00-\u9fff]{0,14})(?:(政府专家组|开放式工作组|专家小组)|(审议(?:和[\u4e00-\u9fff]{2})?大会))/g;
const BODY_LEAD = /^.*(?:[的在于与和及是为将把对向从由了、下]|设立|成立|召开|举行|参加|参与|通过|建立|启动|组建|主持)/;
function unmarkedBodies(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const add = (start: number, name: string, category: AgreementCandidate["value"]["category"], type: string) => {
    const at = { start, end: start + name.length };
    if (taken.some((t) => overlaps(t, at))) return;
    taken.push(at);
    const organisation = category === "organisation";
    out.push(candidate(s, at, name, category, type, organisation ? [] : partiesFor(s, at, name), organisation ? undefined : dateFor(s, ctx, at)));
  };
  for (const m of s.text.matchAll(FUNCTION_BODY)) {
    // the mechanism starts after a verb, a particle or punctuation
    const body = m[1].replace(/^.*(?:[的在于与和及是为将把对向从由了]|建立|完善|改革|恢复|维护)/, "");
    if (body.length < 4) continue;
    const start = m.index! + m[1].length - body.length;
    add(start, body, "mechanism", "机制");
    add(m.index! + m[1].length, m[2], "organisation", m[2].replace(/^(?:上诉|常设|执行|监督|仲裁|专家)/, ""));
  }
  for (const m of s.text.matchAll(MARKET)) add(m.index!, m[0], "project", "交易市场");
  // UN working bodies named by their subject (某某问题开放式工作组, 某某政府专家组) and review
  // conferences of a treaty (条约审议和延期大会)
  for (const m of s.text.matchAll(UN_BODY)) {
    const body = m[1].replace(BODY_LEAD, "");
    const type = m[2] ?? m[3];
    if (m[3] && !/^(?:《[^》]+》|[\u4e00-\u9fff]*(?:条约|公约))/.test(body)) continue;
    add(m.index! + m[1].length - body.length, body + m[0].slice(m[1].length), "mechanism", type.replace(/^.*审议.*大会$/, "大会"));
  }
  for (const m of s.text.matchAll(LINE)) {
    const place = m[1].replace(/^.*(?:[的在于与和及是为将把对向从由了、]|用好|建成|修建|运营|开通)/, "");
    if (place.length < 2) continue;
    add(m.index! + m[1].length - place.length, place + m[0].slice(m[1].length), "project", "线");
  }
  return out;
}

function namedAgreements(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const n of findNamedThings(s.text, ctx.marks)) {
    const at = { start: n.start, end: n.end };
    // an item's number (（3）项目支撑, （二）互联互通项目) opens no name
    if (/^[（(][一二三四五六七八九十\d]{1,3}[）)]/.test(n.name)) continue;
    // the meeting that issued a text just read (某某会晤 in 某某会晤新闻公报) stands on its own
    const issuer = n.category === "mechanism" && /^(?:新闻公报|联合公报|联合声明|宣言|会谈纪要|纪要)/.test(s.text.slice(at.end)) && taken.some((t) => t.start === at.start && t.end > at.end);
    if (!issuer && taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    const name = n.name;
    // (an initiative docked with another side's plan, 将某某经济带同某国某某对接, is not that side's)
    const docked = n.category === "initiative" && /对接/.test(s.text.slice(clauseAt(s.text, at.start).start, clauseAt(s.text, at.start).end));
    let parties = n.category === "organisation" || docked ? [] : partiesFor(s, at, name).slice(0, 6);
    // 两国签署关于建立“某某伙伴关系”的文件: a partnership of 两国/双方 whose sentence names no side is the document's pair
    if (n.category === "partnership" && parties.length === 0 && /(?:两国|双方)[^，。；]*?(?:建立|确立|结为|签署|宣布)[^，。；]*$/.test(s.text.slice(0, at.start))) parties = [...(mainPairOf(ctx) ?? [])];
    // (a body stopped or taken up again, 暂停某某对话机制, is not dated by the day it stopped)
    const stopped = HALTED.test(s.text.slice(0, at.start));
    const date = n.category === "organisation" || stopped ? undefined : dateFor(s, ctx, at);
    out.push(candidate(s, at, name, n.category, n.type, parties, date));
  }
  out.push(...listedMechanisms(s, ctx, taken, out));
  return out;
}

const GENERIC_COOPERATION = /^(?:双边|多边|区域|地区|次区域|国际|务实|经贸|人文|安全|全面|战略|互利|友好|各领域|领域|政府间|民间|地方|南北|三方|产能|投资|贸易|金融|能源|农业|科技|教育|文化|卫生|防务|军事|执法|司法|海上|网络|数字|绿色|发展)$/;
/**
 * 在甲乙合作、某某（10+1）合作等多边框架内: the short names of mechanisms listed before a mechanism just read,
 * the list closed by 等 and a framework (框架/机制/平台), each item a proper body of two to four characters and 合作.
 */
function listedMechanisms(s: Sentence, ctx: DocContext, taken: Span[], found: AgreementCandidate[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const f of found) {
    if (f.value.category !== "mechanism" || !f.value.name.endsWith("合作")) continue;
    if (!/^等(?:多边|区域|地区|次区域|双边)?(?:合作)?(?:框架|机制|平台)/.test(s.text.slice(f.at.end))) continue;
    const lead = /(?:^|在|通过|依托|借助|利用)((?:[\u4e00-\u9fff]{2,4}合作、)+)$/.exec(s.text.slice(0, f.at.start));
    if (!lead) continue;
    let pos = f.at.start - lead[1].length;
    for (const item of lead[1].split("、").filter(Boolean)) {
      const at = { start: pos, end: pos + item.length };
      pos = at.end + 1;
      const body = item.slice(0, -2);
      if (GENERIC_COOPERATION.test(body) || /[的了和与及在对把将为是]/.test(body) || taken.some((t) => overlaps(t, at))) continue;
      taken.push(at);
      out.push(candidate(s, at, item, "mechanism", "合作", [], dateFor(s, ctx, at)));
    }
  }
  return out;
}

/**
 * 援建了甲铁路、乙医院、丙学院等项目: the items of a list the text closes as projects, when one of them is a name
 * the name finder knows (…铁路); the others are projects too.
 */
const LISTED_PROJECTS = /((?:[\u4e00-\u9fff]{3,14}、)+[\u4e00-\u9fff]{3,14})等(?:援建|重点|标志性|大型|民生)?(?:项目|工程)/g;
function listedProjects(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(LISTED_PROJECTS)) {
    const list = m[1].replace(/^.*(?:[的了]|援建|承建|修建|建设|包括|例如|比如)/, "");
    const items = list.split("、");
    if (items.length < 2 || items.some((i) => i.length < 3 || /[的了在和与及是为将把对从由]/.test(i)) || !items.some((i) => nameType(i)?.category === "project")) continue;
    let pos = m.index! + m[1].length - list.length;
    for (const item of items) {
      const at = { start: pos, end: pos + item.length };
      pos = at.end + 1;
      if (taken.some((t) => overlaps(t, at))) continue;
      taken.push(at);
      const c = candidate(s, at, item, "project", nameType(item)?.type ?? "项目", partiesFor(s, at, item), dateFor(s, ctx, at));
      (ctx.listed ??= []).push(c);
      out.push(c);
    }
  }
  return out;
}

/** 被称为“某某快线”的直航航线: a service or a work known by a name the text quotes before saying what it is. */
function nicknamedProjects(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const re = /(?:称为|誉为|称作|号称|叫做|名为)“([\u4e00-\u9fffA-Za-z0-9]{2,12})”的[\u4e00-\u9fff]{0,4}?(航线|班列|专列|列车|铁路|公路|通道|走廊|港口|园区|项目|工程)(?![\u4e00-\u9fff]{0,1}(?:网|群))/g;
  for (const m of s.text.matchAll(re)) {
    const at = { start: m.index! + m[0].indexOf("“"), end: m.index! + m[0].indexOf("”") + 1 };
    if (taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    out.push(candidate(s, at, m[1], "project", m[2], partiesFor(s, at, m[1]), dateFor(s, ctx, at)));
  }
  return out;
}

/**
 * 沪甲通, 深港通: a connect scheme between two markets, named by a city's one-character form, the other
 * side's and 通 (followed by no character that would make 通 part of another word: 通关, 通行证).
 */
const CONNECT_SCHEME = /(?<=^|[^\u4e00-\u9fff]|[和与及、的]|开通|启动|推出|推进|扩容|优化|拓展|完善)([沪深港澳京津穗][\u4e00-\u9fff]{1,2}通)(?=[^\u4e00-\u9fff]|$|正式|启动|开通|运行|机制|项下|业务|以来|相继|先后|陆续|[和与及等于已将也均自在的下])/g;
function connectSchemes(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(CONNECT_SCHEME)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if ([...m[1].slice(1)].some((ch) => STOP_CHARS.has(ch)) || taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    out.push(candidate(s, at, m[1], "mechanism", "通", [], dateFor(s, ctx, at)));
  }
  return out;
}

/** 互办中甲某某交流年: a year of exchanges the pair holds, named without quotes after the verb that holds it. */
function themeYearsHeld(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(/(?:举办|互办|办好|启动|开幕|共同举办)了?([\u4e00-\u9fff—]{2,12}?(?:交流|文化|旅游|友好|合作|创新|青年|体育|教育|科技|媒体|地方|语言|艺术|投资|贸易)年)(?![\u4e00-\u9fff]*[”》])/g)) {
    const name = m[1];
    const at = { start: m.index! + m[0].length - name.length, end: m.index! + m[0].length };
    if (!THEME_YEAR.test(name) || !countryMentions(name).some((c) => c.start === 0) || taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    out.push(candidate(s, at, name, "project", "主题年", partiesFor(s, at, name), dateFor(s, ctx, at)));
  }
  return out;
}

/** 提出…“某某走廊”, 倡导建立“某某联盟”: quoted names proposed in the sentence. */
function proposedInitiatives(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  const propose = /提出|倡议|倡导|发起|首倡/.exec(s.text);
  if (!propose) return out;
  for (const m of s.text.matchAll(/“([^“”，、。]{3,16})”/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (at.start < propose.index) continue;
    if (taken.some((t) => overlaps(t, at))) continue;
    const after = s.text.slice(at.end, at.end + 6);
    if (!/^(?:的?倡议|[”，。；、等]|$|新|合作|建设|理念)/.test(after) && !/^的倡议/.test(after)) continue;
    if (/(?:精神|原则|理念|观)$/.test(m[1])) continue;
    // a counted slogan (“六个坚持”), or what an initiative's core is said to be, is a concept
    if (/^[一二两三四五六七八九十]+(?:个|大|项|点|条|种)/.test(m[1]) || /(?:核心|内涵|要义|精髓|宗旨)(?:就)?(?:是|为|在于)$/.test(s.text.slice(0, at.start))) continue;
    taken.push(at);
    out.push(candidate(s, at, m[1], "initiative", "倡议", partiesFor(s, at, m[1]), dateFor(s, ctx, at)));
  }
  return out;
}

/** 21世纪某某之路 written without quotes (共建某某经济带和21世纪某某之路): a road of a century, an initiative. */
function centuryRoads(s: Sentence, ctx: DocContext, taken: Span[]): AgreementCandidate[] {
  const out: AgreementCandidate[] = [];
  for (const m of s.text.matchAll(/(?<![\d“])\d{2}世纪[\u4e00-\u9fff]{2,6}?之路(?!”)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => overlaps(t, at))) continue;
    taken.push(at);
    out.push(candidate(s, at, m[0], "initiative", "倡议", partiesFor(s, at, m[0]), dateFor(s, ctx, at)));
  }
  return out;
}

/** Within a document, each partnership of a pair is an upgrade of the level before it in time. */
function setUpgrades(cands: AgreementCandidate[]): AgreementCandidate[] {
  const byPair = new Map<string, AgreementCandidate[]>();
  for (const c of cands) {
    if (c.value.category !== "partnership" || c.value.parties.length !== 2 || !c.value.date) continue;
    const k = [...c.value.parties].sort().join("+");
    byPair.set(k, [...(byPair.get(k) ?? []), c]);
  }
  for (const list of byPair.values()) {
    list.sort((a, b) => (a.value.date! < b.value.date! ? -1 : a.value.date! > b.value.date! ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1].value.name;
      if (!list[i].value.upgradedFrom && prev !== list[i].value.name && list[i].value.name.length > prev.length - 2) list[i].value.upgradedFrom = prev;
    }
  }
  return cands;
}
