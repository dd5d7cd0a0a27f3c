/** Passages behind questions: the clean sentence (with context when it dangles), windows and blanks, raw sources. */
import type { Span } from "../../bank/format";
import { foldTraditional } from "../script";
import { inTraditional, isTraditional } from "./builders/script";
import type { CleanDocument, Corpus, ExtractedFact, Sentence } from "../types";
import type { Draft, GenContext } from "./model";
import { isGroupLabel, longLabel, namesForeignCountry, partnerFor, TOPIC_OF, trioFor, UNNAMED_PAIR, UNNAMED_TRIO, withInnerPairNamed, withPairNamed, withReferentNamed } from "./parties";
import { type GivenForm, namesGiven, OTHER_NAME_MARKS, SHORT_NAME_MARKS } from "./other-names";
import { cjkLength, escapeRegExp, isSubsequence } from "./text";
import { bulletAsSentence, entryHeadAsSentence, OPENING_DATE } from "./layout-stems";
import { EVENT_VERB, SUBJECTLESS } from "./event-verbs";
import { genericTypePhrase } from "../extract/names";
import { MONTH_DAY, WIRES, senderOf } from "../dateline";

/**
 * A time counted from something the text said before ("三年后", "两个月前", "随后", "次月"):
 * without that anchor the time reads as if it were absolute, or names nothing.
 */
export const RELATIVE_TIME =
  /(?<![\d年])(?:\d{1,2}|[一二两三四五六七八九十几数]+)(?:个)?多?(?:年|个月|天|周|个星期|星期)(?:后|之后|以后|前|之前|以前)|随后|其后|嗣后|翌日|次日|次月|同月|当月|同日|当天|后来/u;

/** Words that need something before them to make sense. */
export const DANGLING_START = new RegExp(
  `^(?:这|该|此(?!外)|其(?!他|它|中国|实)|上述|以上|前者|后者|它们?|他们|她们|我们|我国|我方|咱们|你们|我(?=[\u3400-\u9fff])(?!认为|觉得|相信|希望|注意到)|同年|次年|当年|翌年|上月|本月|上一?次|那(?:一)?天|那(?:一)?年|那时|此后|对此|为此|与此同时|两者|二者|在此|在这|由此|据此|借此|基于此|鉴于此|有鉴于此` +
    // a relative time at the start ("三年后，……")
    `|(?:${RELATIVE_TIME.source})` +
    // a bare generic noun standing for a meeting named before ("会晤发表……", "会议通过……")
    `|(?:会晤|会议|峰会|论坛|大会|会谈)(?=[\u3400-\u9fff]))`,
  "u",
);

/** Openings that only link a sentence to the one before ("对此，", "在此背景下，"): they can go. */
const LINKING_LEAD =
  /^\s*(?:[他她](?:还|也|则|进一步)?(?:说|表示|指出|透露|强调|介绍|认为|称)[，,]\s*|我(?:可以告诉你的是|想强调的是|要指出的是|认为|觉得)[，,]\s*|(?:对此|为此|与此同时|此外|另外|同时|由此|据此|借此|基于此|鉴于此|有鉴于此|在此(?:背景|基础|推动|情况|形势|过程)?[下上中]?)[，,]\s*|这里(?:要|需要|应当?|还要|值得)?(?:注意|指出|说明|补充|提及)[^，。；：:]{0,8}[：:]\s*)?/u;

/** Demonstratives inside a text that point at something outside it ("该条约", "上述举措", "采用了类似表述"). */
export const DANGLING_INSIDE = /(?<!应|活|本|應)[该該](?!国|地|國)|此次|此前|此[后後]|[这這](?:一|些|个|個|种|種|次)|上述|前者|后者|两者|二者|本届|本屆|本次|[这這][里裡]|那[里裡]|那次(?=[，。；？]|$)|(?:^|[，。；：在去到从])那边|如下|相关(?:合作)?(?:文件|协议|协定|备忘录)|(?<![与和同跟][^，。；？了时]{1,6})类似的?(?:表述|提法|做法|方式|安排|模式|条款|立场)/u;

/** A clause that is only a connective ("首先，", "其次，", "此外，"). */
const LEADING_CONNECTIVE_CLAUSE = /^(?:首先|其次|再次|最后|此外|另外|同时|因此|所以|然而|但是|不过|总之|可见|事实上|例如|比如|其中|一方面|另一方面)[，,]$/u;

/** Connectives that may be dropped at the start of a question. */
const LEADING_CONNECTIVE =
  /^(?:[答问][:：]|(?:首先|其次|再次|最后|一是|二是|三是|四是)是?|第[一二三四五六七八九十](?=[，,、])|如(?=\d)|此外|另外|同时|因此|所以|而且|并且|然而|但是|不过|总之|可见|事实上|具体而言|具体来说|例如|比如|其中|一方面|另一方面|特别是|尤其是|而|但|并|也|还有(?=[\u3400-\u9fff]))[，,]?/u;

/** "第三，" "其二，" "三是": an item of a list whose subject was named before it. */
export const ORDINAL_START = /^(?:第[一二三四五六七八九十]+[，,、]|其[一二三四五六七八九十][，,、]|[一二三四五六七八九十]是)/u;

/** Generic words that name who acts or what is spoken of (countries, parties, bodies); no names of any document. */
const ACTOR_WORDS =
  /国|方|组织|政府|总统|主席|总理|部长|外长|元首|领导人|峰会|会议|论坛|机制|联盟|盟|地区|区域|企业|公司|集团|电站|委员会|[\u3400-\u9fff]{2,}至[\u3400-\u9fff]{2,}段|银行|大学|学院|我们|人民|省|市|州|洲|城|部门|平台|项目|班列|铁路|公路|高铁|管道|港口|走廊|口岸|协定|宣言|条约|公约|[”》](?:艺术节|文化节|电影节|音乐节|博览会|交流年|文化年|旅游年|计划|倡议|工程)|中[\u3400-\u9fff](?:两国|双方|贸易|关系|合作|双边|经贸|建交|友好|人文|投资|能源|战略|全面|之间)/u;

const actorCache = new WeakMap<GenContext, RegExp | null>();
/** Whether a text names an actor: a generic actor word, or a person, place or country the corpus knows. */
export function hasActor(ctx: GenContext, raw: string): boolean {
  // (a traditional text, "中國", "鐵路", "雙邊", is judged by its simplified view too, one character for one)
  const folded = foldTraditional(raw);
  if (ACTOR_WORDS.test(raw) || ACTOR_WORDS.test(folded)) return true;
  return namesKnown(ctx, raw) || (folded !== raw && namesKnown(ctx, folded));
}

/** Whether a text names a person, place or country the corpus knows (its entities' names and aliases). */
function namesKnown(ctx: GenContext, text: string): boolean {
  let re = actorCache.get(ctx);
  if (re === undefined) {
    const names = new Set<string>();
    for (const f of ctx.corpus.facts) {
      if (f.kind !== "entity") continue;
      for (const n of [f.value.name, ...f.value.aliases]) if (n.length >= 2) names.add(n);
    }
    const list = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = list.length ? new RegExp(list.join("|"), "u") : null;
    actorCache.set(ctx, re);
  }
  return re ? re.test(text) : false;
}

/** "中俄", "中巴": 中 and a one-character country abbreviation (the generic list of builders/common). */
const PARTY_PAIR = /中[俄美日韩印巴非阿拉欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委](?![洲年])/u;

/** Whether a text names a country or party: a pair abbreviation (中俄), or a country, place or person the corpus knows. */
export function namesParty(ctx: GenContext, raw: string): boolean {
  // (a traditional text is read in its simplified view: "中泰兩國", "泰國")
  const t = withoutNonParties(foldTraditional(raw));
  // (国际, 国内, 国务 … are no country)
  // (中 and any one character before its 两国/双方, "中岚两国": a pair the list of abbreviations may not know;
  // not the 中 of 其中/会谈中, nor one followed by a word of grammar, "其中有两国", "会谈中的两国")
  if (PARTY_PAIR.test(t) || /(?<![其之当集期空心手途正谈程])中[^的有在之和与及各等其方国间\P{Script=Han}](?=两国|双方)/u.test(t) || /[\u3400-\u9fff]{2,}国(?!家|际|内|外|务|有|企|资|情)|[\u3400-\u9fff]{2,}(?:斯坦|联盟|东盟|欧盟)/u.test(t.replace(/两国|三国|各国|双方/gu, ""))) return true;
  // (the corpus's names as the text writes them, and in the simplified view)
  const rawT = withoutNonParties(raw);
  return namesKnown(ctx, t) || (rawT !== t && namesKnown(ctx, rawT));
}

/** Where an event took place ("在某国某城进行", "在某国举行"): the country there is the venue, no party. */
const VENUE = /在[\u3400-\u9fff·]{2,12}?(?=(?:进行|举行|召开|举办|会晤|会面)(?:[，。；、]|$|了|的))/gu;

/** A text without what names a country but no party: "一个中国" (a principle), a country as a topic ("乌克兰危机"), the United Nations, a venue. */
const withoutNonParties = (text: string): string =>
  text.replace(/[“"]?一个中国[”"]?(?:原则|政策)/gu, "").replace(TOPIC_OF, "").replace(/联合国/gu, "□").replace(VENUE, "在□");

export const BLANK = "（    ）";
export const CLOZE_BLANK = "____";

export function buildContext(corpus: Corpus): GenContext {
  const docs = new Map(corpus.documents.map((d) => [d.doc.id, d]));
  const sentences = new Map(corpus.documents.map((d) => [d.doc.id, d.sentences]));
  // distractor dates stop at the documents' own dates when known, else at most years the corpus mentions
  const docYears = corpus.documents.map((d) => Number(/^(\d{4})/.exec(d.date ?? "")?.[1] ?? 0)).filter((y) => y > 0);
  const years = corpus.facts
    .filter((f): f is Extract<ExtractedFact, { kind: "date" }> => f.kind === "date")
    .map((f) => Number(/^(\d{3,4})/.exec(f.value.iso)?.[1] ?? 0))
    .filter((y) => y > 0)
    .sort((a, b) => a - b);
  const maxYear = docYears.length ? Math.max(...docYears) : (years[Math.floor(years.length * 0.9)] ?? 0);
  return {
    corpus,
    docs,
    sentences,
    dates: corpus.facts.filter((f): f is Extract<ExtractedFact, { kind: "date" }> => f.kind === "date"),
    agreements: corpus.facts.filter((f): f is Extract<ExtractedFact, { kind: "agreement" }> => f.kind === "agreement"),
    concepts: corpus.facts.filter((f): f is Extract<ExtractedFact, { kind: "concept" }> => f.kind === "concept"),
    figures: corpus.facts.filter((f): f is Extract<ExtractedFact, { kind: "figure" }> => f.kind === "figure"),
    maxYear: maxYear || 2100,
  };
}

/** Drops spaces next to Chinese punctuation ("， 2018~2023年"), keeping the key's position right. */
export function tidySpaces(text: string, key?: Span): { text: string; key?: Span } {
  const re = /(?<=[，。；：、！？（）《》“”])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[，。；：、！？（）《》“”])/gu;
  if (!re.test(text)) return { text, key };
  let out = "";
  let last = 0;
  let ks = key?.start ?? 0;
  let ke = key?.end ?? 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (key && m.index < key.end && m.index + m[0].length > key.start) continue; // never inside the key
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (key && m.index + m[0].length <= key.start) {
      ks -= m[0].length;
      ke -= m[0].length;
    }
  }
  out += text.slice(last);
  return { text: out, key: key ? { start: ks, end: ke } : undefined };
}

/** The index of a document's sentence that holds a raw offset, or -1. */
export function sentenceAtRaw(ctx: GenContext, documentId: string, rawStart: number): number {
  return (ctx.sentences.get(documentId) ?? []).findIndex((s) => s.raw.start <= rawStart && rawStart < s.raw.end);
}

/** Index of the sentence holding the fact's raw span (else the one whose text is the fact's sentence), or -1. */
export function sentenceIndex(ctx: GenContext, fact: ExtractedFact): number {
  const at = sentenceAtRaw(ctx, fact.documentId, fact.span.start);
  return at >= 0 ? at : (ctx.sentences.get(fact.documentId) ?? []).findIndex((s) => s.text === fact.context.sentence);
}

/** The raw source of a question: the raw span of the fact's sentence, quoted exactly. */
export function sourceFor(ctx: GenContext, fact: ExtractedFact): Draft["source"] {
  const doc = ctx.docs.get(fact.documentId);
  const raw = doc?.doc.raw ?? "";
  const list = ctx.sentences.get(fact.documentId) ?? [];
  const i = sentenceIndex(ctx, fact);
  let start = fact.span.start;
  let end = fact.span.end;
  if (i >= 0) {
    const s = list[i]!;
    start = Math.min(start, s.raw.start);
    end = Math.max(end, s.raw.end);
  }
  start = Math.max(0, Math.min(start, raw.length));
  end = Math.max(start, Math.min(end, raw.length));
  return { documentId: fact.documentId, start, end, quote: raw.slice(start, end) };
}

export interface Passage {
  text: string;
  /** Where the fact's key stands in `text`, when known. */
  key?: Span;
  /** True when the previous sentence was added because this one dangles. */
  prepended: boolean;
  /** True when the passage still starts with a word that refers to something unseen. */
  dangling: boolean;
}

const passages = new WeakMap<GenContext, WeakMap<ExtractedFact, Passage>>();

/**
 * The clean sentence of a fact; the previous sentence is prepended when it starts with 这/该/其/同年 …
 * Worked out once per fact and generation: every builder and every explanation of the fact asks for it.
 */
export function passageOf(ctx: GenContext, fact: ExtractedFact): Passage {
  let byFact = passages.get(ctx);
  if (!byFact) passages.set(ctx, (byFact = new WeakMap()));
  let p = byFact.get(fact);
  if (!p) byFact.set(fact, (p = Object.freeze(passageFor(ctx, fact))));
  return p;
}

function passageFor(ctx: GenContext, fact: ExtractedFact): Passage {
  const sentence = fact.context.sentence;
  const key = fact.context.keyInSentence;
  const validKey = key && key.start >= 0 && key.end <= sentence.length && key.end > key.start ? key : undefined;
  // "对此，" "为此，" "与此同时，" "在此背景下，" only link to the sentence before: they can go
  // "此前，某机制已于2006年创立": a sentence with its own year stands without the link to the one before
  // "两年前的今天，2022年12月9日，……": a time counted back to a date the sentence gives itself
  const timeLink =
    /^\s*(?:此前|此后|随后|其后|后来)[，,]\s*(?=[^，。；]*\d{4}\s*年)|^\s*[一二两三四五六七八九十\d]{1,3}年前的今天[，,]\s*(?=(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)/u.exec(sentence)?.[0].length ?? 0;
  // "十二、访问期间，……": the number of a list item in a statement goes with the list, not the question
  const listNumber = /^\s*[一二三四五六七八九十]{1,3}、(?=[\u3400-\u9fff])/u.exec(sentence)?.[0].length ?? 0;
  const lead = timeLink || (sentence.match(LINKING_LEAD)?.[0].length ?? 0) || (validKey && validKey.start < listNumber ? 0 : listNumber);
  const tidy = tidySpaces(sentence.slice(lead), validKey ? { start: validKey.start - lead, end: validKey.end - lead } : undefined);
  const list = ctx.sentences.get(fact.documentId) ?? [];
  const i = sentenceIndex(ctx, fact);
  // "（2023年7月，）双方宣布……" with no country named in the sentence: the text around names the two
  // (a country named only inside the key, "两国签署《中甲条约》", is hidden when the key is blanked)
  const besideKey = tidy.key ? tidy.text.slice(0, tidy.key.start) + tidy.text.slice(tidy.key.end) : tidy.text;
  const named =
    UNNAMED_PAIR.test(tidy.text) && !namesParty(ctx, besideKey)
      ? namedPair(ctx, fact, tidy.text, tidy.key)
      : UNNAMED_TRIO.test(tidy.text) && !namesParty(ctx, besideKey)
        ? namedPair(ctx, fact, tidy.text, tidy.key, true)
        : /两国/u.test(besideKey) && !namesParty(ctx, besideKey)
          ? namedPair(ctx, fact, tidy.text, tidy.key, false, true)
          : undefined;
  const base = named?.text ?? tidy.text;
  const baseKey = named ? named.key : tidy.key;
  // "三年间，铁路累计……", "港口一期工程于……", "这条铁路北起……": the railway, port or pipeline the text before names
  const ref = i >= 0 ? withReferentNamed(ctx, fact.documentId, list, i, base, baseKey) : undefined;
  const text = ref?.text ?? base;
  const shifted = ref && baseKey ? shiftPast(baseKey, ref) : baseKey;
  // for a partnership, "双方宣布建立……" needs the sentence before to say who
  const unnamed = fact.kind !== "concept" && /^(?:[^，。；]{0,16}[，,])?(?:双方|两国|三国|雙方|兩國)(?!关系|關係)/u.test(text) && !namesParty(ctx, text);
  // a statistic or an event with no one to whom it happens ("经济实现8%的增长", "第三，不断加强……")
  // a key that runs from the party to the name ("斐两国于某年建立某伙伴关系"): what is asked is the name in it
  const asked = shifted ? namedWithin(fact, text, shifted) : undefined;
  const outside = asked ? text.slice(0, asked.start) + text.slice(asked.end) : text;
  // (a railway or port just named is the subject)
  const subjectless = fact.kind !== "concept" && !ref && !hasActor(ctx, outside);
  // an agreement that opens a sentence saying enough of it ("某某空间站是向世界开放的……") is its subject,
  // when there is no sentence before to give more context
  const opensSentence =
    fact.kind === "agreement" && !!shifted && /^(?:[^，。；“”《》]{0,12}[，,])?[“《]?$/u.test(text.slice(0, shifted.start)) && cjkLength(outside) >= 10 && /[。！？]$/u.test(text);
  // "中国于某年加入该条约": 该 + a head the sentence itself does not name
  const refHead = /(?<![应活本])该([\u3400-\u9fff]{2})/u.exec(text);
  const unresolvedHead = refHead && !text.slice(0, refHead.index).includes(refHead[1]!) ? refHead[1]! : undefined;
  const prev = i > 0 ? list[i - 1] : undefined;
  const prevText = prev ? prev.text.trim().slice(prev.text.trim().match(LINKING_LEAD)?.[0].length ?? 0).replace(/^(?:答|问)[：:]/u, "") : "";
  // the sentence before names one such thing (one title ending in the head, or a title and its 简称)
  const namesHead = (t: string, head: string): boolean => {
    const titles = [...new Set([...t.matchAll(/《([^》]*)》/gu)].map((m) => m[1]!).filter((n) => n.endsWith(head)))];
    return titles.length === 1 || (titles.length === 2 && /）?[（(]简称《/u.test(t));
  };
  const headFromPrev = !!unresolvedHead && !DANGLING_START.test(text) && !unnamed && !subjectless && namesHead(prevText, unresolvedHead);
  // a term in a sentence too short to ask it by ("甲的核心是“乙”。"): the sentence before gives the context
  const short = fact.kind === "concept" && !!shifted && outside.replace(/[\s\p{P}]/gu, "").length >= 3 && cjkLength(outside) < 10;
  // an entry's text under its headline ("2031年5月：第3次某某考察。考察队300余人，……"), a slide's bullet under its
  // heading ("某某通道" over "2031年班列开行900列"): the headline says what the text is about
  // (not when the headline names the key: it would give the answer away)
  const found = !DANGLING_START.test(text) && i >= 0 ? entryHead(ctx, fact.documentId, list, i, text) : undefined;
  const head0 = found?.head;
  // (nor when it is a short form of a name asked: "某某自由贸易协定：某年签署（    ）" for the agreement's full title)
  const keyText = shifted ? text.slice(shifted.start, shifted.end) : "";
  const headWord = head0?.replace(/[：:。]$/u, "").slice(-2) ?? "";
  const head = head0 && shifted && (head0.includes(keyText) || (fact.kind !== "date" && fact.kind !== "figure" && keyText.includes(headWord))) ? undefined : head0;
  // (a slide's heading is the bullet's subject, in one sentence: "2031年，某某通道班列开行……")
  if (head && found?.bullet && nameHeading(found.bullet)) {
    const own = text.replace(OPENING_DATE, "").split(/[，,；。]/u)[0]!;
    // (a bullet that names its own subject, leaves none to the heading, or opens on a signing no place or body does,
    // is about the heading: "关于某某，……")
    const s = bulletAsSentence(found.bullet, text, shifted, !leavesSubject(own) || /《|^(?:签署|签订)/u.test(own) || namesParty(ctx, own));
    return { text: s.text, key: s.key, prepended: true, dangling: false };
  }
  // (an entry's headline as a sentence: "2031年5月，甲城主办某会议。……", "在2031年11月—2032年4月的某次考察中，……")
  const said = head && !found?.bullet ? (entryHeadAsSentence(head, EVENT_VERB.test(head.replace(/^[^：:]*[：:]/u, ""))) ?? head) : head;
  if (said) return { text: said + text, key: shifted && { start: shifted.start + said.length, end: shifted.end + said.length }, prepended: true, dangling: false };
  if (!DANGLING_START.test(text) && !unnamed && !subjectless && !headFromPrev && !short) return { text, key: shifted, prepended: false, dangling: false };
  // "这一理念已写入……，目前已有100多个国家支持甲倡议": the clause of the key starts afresh from a time of its own
  const fresh = DANGLING_START.test(text) && shifted ? freshClause(ctx, text, shifted) : undefined;
  if (fresh) return { ...fresh, prepended: false, dangling: false };
  const prevOk = (t: string) => !DANGLING_START.test(t) && !ORDINAL_START.test(t) && (!subjectless || hasActor(ctx, t));
  if (prev && list[i] && prev.paragraph === list[i]!.paragraph && prevText.length + text.length <= 170 && prevOk(prevText)) {
    // (the sentence before names its own railway or port, as the sentence asked does)
    const joined = withReferentNamed(ctx, fact.documentId, list, i - 1, prevText)?.text ?? prevText;
    const p = joined.length;
    return {
      text: joined + text,
      key: shifted ? { start: shifted.start + p, end: shifted.end + p } : undefined,
      prepended: true,
      dangling: false,
    };
  }
  const dangling = DANGLING_START.test(text) || unnamed || (subjectless && !opensSentence) || headFromPrev;
  return { text, key: shifted, prepended: false, dangling };
}

/** A meeting the text does not name: "参加会议", "会议期间", "会上". */
const BARE_MEETING = /(?:参加|出席|列席)会议|(?:^|[，。；])(?:会议|会上)(?:期间|通过|发表|决定)?[，,]?/u;
/** A headline that names a meeting ("某地主办第9届某某协商会议"). */
const MEETING_NAME = /[\u3400-\u9fff]{2}(?:会议|峰会|会晤|大会|论坛)$/u;
/** Whether a sentence names no meeting but the headline's (its bare 会议, or a name the headline holds). */
function namesOnlyMeeting(text: string, headline: string): boolean {
  return [...text.matchAll(/([\u3400-\u9fff]{2})(会议|峰会|会晤|大会|论坛)/gu)].every((m) => /^(?:参加|出席|列席|召开|举行)$/u.test(m[1]!) || headline.includes(m[0]));
}

/** An entry's first sentence that is only its date and headline ("2031年5月1日—2032年4月：第3次某某考察。"). */
const ENTRY_HEAD = /^(?:(?:19|20)\d{2}(?:年|[-/.]\d{1,2})[^，。；：:]{0,30}?)[：:]\s*[^，。；：:“”《》]{2,24}。$/u;
/** A heading of generic words only ("经贸合作", "建交历程", "人文交流"): it names nothing the bullets are about. */
const GENERIC_HEADING = /^(?:(?:经贸|政治|人文|安全|文化|经济|贸易|投资|科技|教育|能源|军事|双边|多边|务实|友好|地区|国际|建交|发展|合作|关系|交流|往来|领域|方面|概况|数据|历程|成果|机制|项目)){2,4}$/u;
/** A headline that opens on its verb ("加入某条约", "成为某组织成员"): it names no subject. */
const HEADLINE_VERB = /^(?:正式)?(?:成为|加入|签署|签订|缔结|建立|举行|举办|主办|发表|发布|提出|访问|出席|参加|启动|设立|成立|通过|批准|宣布|开通|恢复|提升)/u;
/** A heading that names no subject of its bullets ("思考与讨论", "本讲内容", "一、引言"). */
const NO_SUBJECT_HEADING = /思考|讨论|问题|目录|内容|要点|小结|总结|导读|引言|结语|参考|阅读|附录|说明|注释|概述|背景|大事|年表|进展|动态|速览|主要|重要|情况|^表\s*\d|[：:？?。\d]/u;

/** A heading that is a name (a park, a line, a project, a body, an agreement): a bullet under it is about it. */
const NAME_HEAD = /(?:园区|园|通道|轻轨|地铁|铁路|公路|港|港口|码头|机场|大桥|隧道|电站|电厂|项目|工程|协定|条约|走廊|中心|新城|卫星|班列|组织|机制|论坛|银行|工厂|公司|集团|计划|倡议|基金|委员会|学院|大学|航线|管道|口岸|生态城|合作区|开发区|经济区|自贸区|示范区)$/u;

/** A heading that names one thing (not a kind of thing: "重点合作项目", "在建工程"). */
export const nameHeading = (heading: string): boolean => NAME_HEAD.test(heading) && !genericTypePhrase(heading);

/** A measure a bullet opens on, of the thing its heading names ("全长约40公里", "总投资12亿美元"). */
const MEASURE_OPENING = /^(?:全长|总长|长约|全程|总投资|投资额|投资|装机|总装机|面积|占地|设计时速|时速|年产|年均|日均|年吞吐|吞吐|容量|规模|累计)/u;
const VERB_OPENING = new RegExp(`^(?:${EVENT_VERB.source})`, "u");
/** A preposition or an adverb a clause with its subject left out may open on ("在某评比中连续……", "实质性完成……"). */
const CIRCUMSTANCE_OPENING = /^(?:在|于|自|从|经|截至|通过|作为|实质性|顺利|成功|基本|率先|持续|稳步|连续|已经|曾)/u;

/**
 * Whether a bullet's first clause leaves its subject to the heading above it: it opens on its verb ("开工", "正式通车"),
 * a preposition or an adverb ("在某评比中连续……"), a measure of the thing ("全长约40公里"), or a generic subject ("首列新车交付"); "甲城电站开工" and
 * "乙部长出席仪式" have subjects of their own.
 */
export function leavesSubject(clause: string): boolean {
  // (a measure's noun right before its figure, "地区生产总值900亿元": no verb, no subject of its own)
  const figure = /^([\u3400-\u9fff]{2,8}?)(?:约|超|近|逾|达)?\d/u.exec(clause)?.[1];
  const measure = !!figure && !/[为在与和的将对向把从由被给于是]/u.test(figure);
  return SUBJECTLESS.test(clause) || VERB_OPENING.test(clause) || CIRCUMSTANCE_OPENING.test(clause) || MEASURE_OPENING.test(clause) || measure || GENERIC_SUBJECT.test(clause);
}

/** A slide heading's label word after its subject ("某某园区数据一览", "某某合作要点", "某某概况"): page furniture. */
const HEADING_LABEL = /(?:[\s：:—–-]*(?:主要|基本|关键|核心)?(?:数据|数字|指标|要点|概况|概览|一览|速览|简介|情况|简况)(?:表)?)+$/u;

/** A slide heading without its label word ("某某园区数据一览" → "某某园区"); a heading that is only a label gives "". */
export function withoutLabel(heading: string): string {
  // (and the label word before it: "数说某某合作", "一图读懂某某")
  return heading.replace(HEADING_LABEL, "").replace(/^(?:数说|图说|图解|一图读懂|一图看懂)\s*/u, "").trim();
}

/**
 * The headline a sentence stands under, to be shown before it: an entry's date and headline when the
 * sentence is a later one of the entry's paragraph, or the short heading over a list of short unpunctuated lines
 * (a slide's bullets) of which the sentence is one. Undefined when the sentence names it already.
 */
function entryHead(ctx: GenContext, documentId: string, list: Sentence[], i: number, text: string): { head: string; bullet?: string } | undefined {
  const s = list[i]!;
  let k = i;
  while (k > 0 && list[k - 1]!.paragraph === s.paragraph) k--;
  if (k < i) {
    // (the entry's second sentence only: a later one may lean on the one before it; and a headline that opens on
    // its verb, "成为某某协商国", names no subject either)
    const head = list[k]!.text.trim();
    const name = head.replace(/^[^：:]*[：:]\s*/u, "").replace(/。$/u, "");
    // (a later sentence too when what it leans on is the entry's meeting: "与会的……代表参加会议" under "……：某地主办第9届某会议。")
    const meeting = k < i - 1 && BARE_MEETING.test(text) && MEETING_NAME.test(name) && list.slice(k + 1, i).every((x) => namesOnlyMeeting(x.text, name));
    if ((k !== i - 1 && !meeting) || !ENTRY_HEAD.test(head)) return undefined;
    if (HEADLINE_VERB.test(name) || text.includes(name) || head.length + text.length > 170) return undefined;
    return { head };
  }
  const doc = ctx.docs.get(documentId);
  if (!doc) return undefined;
  const b = doc.blocks.findIndex((x) => x.clean.start <= s.clean.start && s.clean.start < x.clean.end);
  // (a bullet has no sentence end and no field or row label: "2031年5月：……" is a record line, asked as it is)
  // (nor are two lines of a table glued into one: "2021-2025年某某2021~2025年某某")
  const bullet = (t: string) => t.length <= 50 && !/[。！？；：:]/u.test(t) && (t.match(/\d{4}\s*[-~—–－]\s*\d{4}/gu) ?? []).length < 2;
  // (an item of its own, "⑤某某工坊（2020年揭牌）", is no bullet under the item before it)
  if (b < 1 || !bullet(doc.blocks[b]!.text.trim()) || doc.blocks[b]!.label !== "body" || /^[\u2460-\u2473]/u.test(doc.blocks[b]!.text.trim())) return undefined;
  for (let h = b - 1; h >= 0 && b - h <= 12; h--) {
    const x = doc.blocks[h]!;
    const t = x.text.trim();
    // a heading, or a short line with no figure over the bullets (a slide's sub-heading: "某某数据一览")
    if (x.label === "heading" || (x.label === "body" && t.length <= 12 && !/\d/u.test(t) && !/[，。；：:]/u.test(t))) {
      const heading = withoutLabel(t.replace(/^(?:[\u2460-\u2473]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])\s*/u, ""));
      if (heading.length < 4 || heading.length > 16 || NO_SUBJECT_HEADING.test(heading) || GENERIC_HEADING.test(heading) || text.includes(heading)) return undefined;
      return { head: `${heading}：`, bullet: heading };
    }
    if (x.label !== "body" || !bullet(t)) return undefined;
  }
  return undefined;
}

/** A bare generic subject ("首列新车", "一期工程", "项目"): one of a project, a line or a park the text named before. */
export const GENERIC_SUBJECT = /^(?:首[列批架艘辆台座个条颗]|第[一二三四五六七八九十\d]+[列批期台]|[一二三四五六]期|全线)(?:新车|列车|车辆|班列|项目|工程|机组|卫星|航班)|^(?:新车|新列车|列车|班列|项目|工程|机组)(?=已|于|将|在|正式|开工|完工|交付|投产|建成|通车|启用|运营|开通|开行|竣工)/u;

/**
 * What a sentence is about, when its own words leave it out: the heading of a slide's bullets that names a thing
 * (`bullet`), or the name that leads its list item ("1. 某城地铁改造项目：……。首列新车已于……交付。", `lead`).
 */
export function topicOf(ctx: GenContext, documentId: string, i: number): { name: string; how: "bullet" | "lead" } | undefined {
  const list = ctx.sentences.get(documentId) ?? [];
  const s = list[i];
  if (!s) return undefined;
  const bullet = entryHead(ctx, documentId, list, i, s.text)?.bullet;
  if (bullet && nameHeading(bullet)) return { name: bullet, how: "bullet" };
  let k = i;
  while (k > 0 && list[k - 1]!.paragraph === s.paragraph) k--;
  if (k === i || i - k > 3) return undefined;
  const lead = /^\s*(?:\d{1,2}[.、．]\s*|[-*•·]\s*)?(?:\*\*)?([^：:，。；*“”]{4,24}?)(?:\*\*)?[：:]/u.exec(list[k]!.text)?.[1]?.trim();
  return lead && nameHeading(lead) ? { name: lead, how: "lead" } : undefined;
}

/** A span moved by a replacement before it (`removed` characters at `at` became `added`). */
function shiftPast(span: Span, r: { at: number; removed: number; added: number }): Span {
  const d = r.added - r.removed;
  return span.start >= r.at + r.removed ? { start: span.start + d, end: span.end + d } : span;
}

/** The span of an agreement's name inside a longer key, else the key. */
function namedWithin(fact: ExtractedFact, text: string, key: Span): Span {
  const name = fact.kind === "agreement" ? fact.value.name : undefined;
  const at = name && key.end - key.start > name.length ? text.slice(key.start, key.end).lastIndexOf(name) : -1;
  return at >= 0 ? { start: key.start + at, end: key.start + at + name!.length } : key;
}

/** The text of a document, its sentences joined. */
function documentText(ctx: GenContext, documentId: string): string {
  return (ctx.sentences.get(documentId) ?? []).map((s) => s.text).join("。");
}

/** "中柬" for a fact whose sentence says "两国/双方" and names no country, when the text around names the pair. */
export function pairLabelFor(ctx: GenContext, fact: ExtractedFact, shown?: string): string | undefined {
  const list = ctx.sentences.get(fact.documentId) ?? [];
  const i = sentenceIndex(ctx, fact);
  return i >= 0 ? partnerFor(ctx, fact.documentId, list, i, shown) : undefined;
}

const BARE_TREATY = /(?:^|[，。；：、]|根据|按照|依据)(?:协定|条约|协议|公约)/u;

/**
 * "中日韩" for a fact whose sentence says "三国" and names no country, when the text around writes the trio (`shown`:
 * the text shown of the sentence, when it is not the whole of it).
 */
export function trioLabelFor(ctx: GenContext, fact: ExtractedFact, shown?: string): string | undefined {
  const list = ctx.sentences.get(fact.documentId) ?? [];
  const i = sentenceIndex(ctx, fact);
  return i >= 0 ? trioFor(ctx, fact.documentId, list, i, shown) : undefined;
}

/** The passage with its unnamed pair named ("两国" → "中柬两国"), the key shifted with it; undefined when no pair is found. */
function namedPair(ctx: GenContext, fact: ExtractedFact, text: string, key?: Span, trio = false, inner = false): { text: string; key?: Span } | undefined {
  // "根据协定，双方……": naming the pair leaves the bare 协定 unnamed
  if (BARE_TREATY.test(text)) return undefined;
  const shown = key ? text.slice(0, key.start) + text.slice(key.end) : text;
  const short = trio ? trioLabelFor(ctx, fact, shown) : pairLabelFor(ctx, fact, shown);
  // the key names the pair by its short label ("中新自贸协定"): that label beside the blank would give it
  // away; the pair is written out in full instead ("中国和新加坡两国"), when the document makes it certain
  const keyText = key ? text.slice(key.start, key.end) : "";
  const inKey = (l: string) => !!key && (keyText.includes(l) || foldTraditional(keyText).includes(l));
  const found = short && inKey(short) ? longLabel(documentText(ctx, fact.documentId), short) : short;
  // (in a traditional text the label is written in its script: "中國和泰國兩國", never "中国和泰国兩國")
  const label = found && isTraditional(text) ? inTraditional(found) : found;
  // (nor when the key writes the pair, or a country of the pair written out, in full)
  if (!label || !found || inKey(found) || (found !== short && found.split(/中国和|中国、|和/u).some((n) => n.length >= 2 && inKey(n)))) return undefined;
  // (nor when the text already writes the label before its 两国/双方, "中甲两国": one the vocabulary does not know)
  if (new RegExp(`${label}(?:两国|兩國|双方|雙方|三国|三國)`, "u").test(text)) return undefined;
  // (a group, "中国—东盟", is one side of a 双方; a 两国 or 三国 counts countries, never a group)
  if (isGroupLabel(label) && (inner || trio || !/^[^，。；]{0,16}[，,]?双方|^双方/u.test(text.replace(/^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)/u, "")))) return undefined;
  const named = inner ? withInnerPairNamed(text, label, key) : withPairNamed(text, label);
  // the key itself is the "三国…"/"双方…" to be named ("三国卫生部长会议"): the label would stand before the blank
  if (!named || (key && key.start < named.at + 2 && key.end > named.at)) return undefined;
  const shift = (n: number) => (n >= named.at ? n + named.added : n);
  return { text: named.text, key: key ? { start: shift(key.start), end: shift(key.end) } : undefined };
}

/** A clause that opens with a time of its own and names who acts. */
const FRESH_START = /^(?:目前|如今|至今|现已|截至(?:目前|\d{4}\s*年(?:底|末)?)|\d{4}\s*年(?:\d{1,2}\s*月)?)[，,]?/u;

/**
 * The sentence from its first clause of its own to the end, when the clauses before it only link to what
 * was said before ("这一理念已写入决议，") and that clause opens with a time of its own and names who acts.
 */
function freshClause(ctx: GenContext, text: string, key: Span): { text: string; key: Span } | undefined {
  const cs = clauses(text);
  const k = cs.findIndex((c) => c.start <= key.start && key.start < c.end);
  // the clauses that only link back ("这一理念已写入决议，") go; the first one saying something of its own stays
  const linking = (c: Span) => DANGLING_START.test(text.slice(c.start, c.end)) || DANGLING_INSIDE.test(text.slice(c.start, c.end));
  const m = cs.findIndex((c) => !linking(c));
  if (m <= 0 || m > k) return undefined;
  const start = cs[m]!.start;
  const rest = text.slice(start);
  const restKey = { start: key.start - start, end: key.end - start };
  const beside = rest.slice(0, restKey.start) + rest.slice(restKey.end);
  if (!FRESH_START.test(rest) || DANGLING_INSIDE.test(rest) || !hasActor(ctx, beside) || cjkLength(beside) < 10) return undefined;
  return { text: rest, key: restKey };
}

/** Clause boundaries (after ，；：) outside quotes and brackets. */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ("《“‘（(「【".includes(ch)) depth++;
    else if ("》”’）)」】".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "，；：,;".includes(ch)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    } else if (depth === 0 && ch === "…" && text[i + 1] === "…") {
      out.push({ start, end: i + 2 });
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A clause that explains the one before it ("即甲、乙、丙", "也就是说……"). */
const APPOSITION_START = /^(?:即|亦即|也就是说?)(?![将使便可])/u;
/** Words that point at what the clauses before said ("为此提供……", "对此表示欢迎"). */
const BACK_POINTER = /为此|对此|据此|由此|借此|就此/u;
/** A speaker's lead ("某某表示，", "他指出，"): what follows it is the speaker's. */
const REPORTING_LEAD = /(?:表示|指出|说|强调|认为|称|介绍|宣布|透露|坦言|回应|提到|写道|谈到|发言)[，,：:]$/u;

/**
 * Cuts a long passage down to the clauses around the key (keeping a short leading clause,
 * which usually holds the time or the subject), marking cuts with "……".
 */
export function windowAround(text: string, key: Span, maxLen = 90): { text: string; key: Span } {
  if (text.length <= maxLen + 20) return { text, key };
  const cs = clauses(text);
  let i = cs.findIndex((c) => c.start <= key.start && key.start < c.end);
  let j = cs.findIndex((c) => c.start < key.end && key.end <= c.end);
  if (i < 0 || j < 0) return { text, key };
  const len = () => cs[j]!.end - cs[i]!.start;
  const size = (k: number) => cs[k]!.end - cs[k]!.start;
  for (let turn = 0; ; turn++) {
    const sides = turn % 2 === 0 ? ["left", "right"] : ["right", "left"];
    let grew = false;
    for (const side of sides) {
      if (side === "left" && i > 0 && len() + size(i - 1) <= maxLen) {
        i--;
        grew = true;
        break;
      }
      if (side === "right" && j < cs.length - 1 && len() + size(j + 1) <= maxLen) {
        j++;
        grew = true;
        break;
      }
    }
    if (!grew) break;
  }
  // "……，即甲、乙、丙，以及为此提供……": a window opening on 即 has lost what the list explains; the clause
  // before it is taken in when the window may grow that far
  const k = i;
  while (i > 0 && APPOSITION_START.test(text.slice(cs[i]!.start, cs[i]!.end)) && len() + size(i - 1) <= maxLen + 40) i--;
  let prefix = "";
  const first = cs[0]!;
  // a 为此/对此 in the window's first clause, or a 即 still opening it, points at what the cut took away:
  // the sentence's first clause is shown before the key's clause instead ("某方欢迎甲提出的“某行动”，……以及为此提供……")
  const keyClause = cs.findIndex((c) => c.start <= key.start && key.start < c.end);
  if (i > 0 && (APPOSITION_START.test(text.slice(cs[i]!.start, cs[i]!.end)) || BACK_POINTER.test(text.slice(cs[i]!.start, cs[i]!.end))) && i === k) {
    const firstText = text.slice(first.start, first.end);
    if (keyClause > 0 && !APPOSITION_START.test(text.slice(cs[keyClause]!.start, cs[keyClause]!.end)) && firstText.length + cs[j]!.end - cs[keyClause]!.start <= maxLen + 20) {
      i = keyClause;
      prefix = keyClause === 1 ? firstText : `${firstText.replace(/[，,；;：:]$/, "")}，……`;
    }
  }
  if (i > 0 && prefix === "") {
    const firstText = text.slice(first.start, first.end);
    // (a bare connective, "首先，", is no context: it would go with the start and leave no mark of the cut; nor is a
    // speaker's lead, "某某表示，", which would make the narrator's words after the cut the speaker's)
    const bare = LEADING_CONNECTIVE_CLAUSE.test(firstText) || REPORTING_LEAD.test(firstText);
    prefix = firstText.length <= 18 && i > 1 && !bare ? `${firstText.replace(/[，,；;：:]$/, "")}，……` : i === 1 && firstText.length <= 18 && !bare ? firstText : "……";
  }
  let body = text.slice(cs[i]!.start, cs[j]!.end);
  let suffix = "";
  if (j < cs.length - 1) {
    body = body.replace(/[，,；;：:]$/, "");
    suffix = /…$/u.test(body) ? "" : "……";
  }
  const offset = prefix.length - cs[i]!.start;
  return { text: prefix + body + suffix, key: { start: key.start + offset, end: key.end + offset } };
}

/**
 * Drops leading and trailing clauses that point at something unseen ("得益于上述措施，")
 * when they do not hold the key; the key's own clause is kept as it is.
 */
export function dropDanglingClauses(text: string, key: Span): { text: string; key: Span } {
  const cs = clauses(text);
  let i = 0;
  let j = cs.length - 1;
  while (i < cs.length && cs[i]!.end <= key.start) {
    const c = text.slice(cs[i]!.start, cs[i]!.end);
    if (!DANGLING_INSIDE.test(c) && !DANGLING_START.test(c.replace(/^[…\s]+/u, ""))) break;
    i++;
  }
  while (j > i && cs[j]!.start >= key.end) {
    const c = text.slice(cs[j]!.start, cs[j]!.end);
    if (!DANGLING_INSIDE.test(c)) break;
    j--;
  }
  if (i === 0 && j === cs.length - 1) return { text, key };
  const start = cs[i]?.start ?? 0;
  let out = text.slice(start, cs[j]?.end ?? text.length);
  if (j < cs.length - 1) out = /…$/u.test(out) ? out : out.replace(/[，,；;：:]$/u, "") + "……";
  return { text: out, key: { start: key.start - start, end: key.end - start } };
}

/** Removes a quotation mark left open or closed by a quotation running across sentences. */
export function balanceQuotes(text: string, key?: Span): { text: string; key?: Span } {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens === closes + 1 && text.startsWith("“")) return { text: text.slice(1), key: key && { start: key.start - 1, end: key.end - 1 } };
  if (closes === opens + 1 && /”[。！？]?$/u.test(text)) {
    const at = text.lastIndexOf("”");
    return { text: text.slice(0, at) + text.slice(at + 1), key };
  }
  return { text, key };
}

/** Drops leading connectives (此外，同时，…) that make no sense at the start of a question. */
export function tidyStart(text: string, key?: Span): { text: string; key?: Span } {
  const m = LEADING_CONNECTIVE.exec(text);
  if (!m || (key && key.start < m[0].length)) return { text, key };
  let n = m[0].length;
  // "再次是签署一系列文件，中国……": with the ordinal gone, a subjectless first clause goes too
  if (/^(?:首先|其次|再次|最后|第[一二三四五六七八九十]|[一二三四五六七八九十]是)/u.test(m[0])) {
    const comma = text.slice(n).search(/[，,]/u);
    const clause = comma >= 0 ? text.slice(n, n + comma) : "";
    if (clause && clause.length <= 24 && !ACTOR_WORDS.test(clause) && !/[“《（]/u.test(clause) && (!key || key.start > n + comma + 1))
      n += comma + 1;
  }
  return { text: text.slice(n), key: key ? { start: key.start - n, end: key.end - n } : undefined };
}

/** Replaces the key with a blank. */
export function blankOut(text: string, key: Span, blank = BLANK): string {
  return text.slice(0, key.start) + blank + text.slice(key.end);
}

/**
 * Finds `needle` in the passage, preferring the given key; returns its span when it occurs
 * exactly once (an ambiguous position makes an ambiguous blank).
 */
export function locate(text: string, needle: string, hint?: Span): Span | undefined {
  if (!needle) return undefined;
  if (hint && text.slice(hint.start, hint.end) === needle) return hint;
  const first = text.indexOf(needle);
  if (first < 0) return undefined;
  if (text.indexOf(needle, first + 1) >= 0) return undefined;
  return { start: first, end: first + needle.length };
}

/**
 * A relative time opening a clause ("……，三年后，……", "随后，……") with no date before it in the
 * text: the time it counts from was cut away, so the passage would read as if it were absolute.
 */
export function unanchoredRelativeTime(text: string): boolean {
  const re = new RegExp(`(?:^|[，。；：…,;:])\\s*(?:${RELATIVE_TIME.source})`, "gu");
  for (const m of text.matchAll(re)) {
    if (!/\d{1,4}\s*年|\d{1,2}\s*月|世纪|年代|同年|次年|当年/u.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * The passage lost the clause that gave the key its role ("审视……文件，尤其是《X》，……" cut to
 * "《X》，……"): a name standing alone as the first clause, with nothing said of it there.
 */
export function clippedOpening(text: string, key: Span): boolean {
  if (/\d/u.test(text.slice(key.start, key.end))) return false; // "2013年9月，……" opens a sentence well
  const before = text.slice(0, key.start).replace(/[“《「‘（(]+$/u, "");
  const after = text.slice(key.end).replace(/^[”》」’）)]+/u, "");
  return before.length === 0 && /^[，；：,;:]/u.test(after);
}

/**
 * The key is part of a word written in quotes ("“三海港区合作”" blanked as "“____区合作”"): inside
 * the quotes, a letter stands right next to it where a separator should. (A part of a title in 《》,
 * "《甲乙（    ）条约》", is a word of the title and may be asked.)
 */
export function cutsQuotedWord(text: string, key: Span): boolean {
  let depth = 0;
  for (let i = 0; i < key.start; i++) {
    const ch = text[i]!;
    if (ch === "“") depth++;
    else if (ch === "”" && depth > 0) depth--;
  }
  // a number inside a name ("“2030年前……战略”") is a word of its own
  if (depth === 0 || /\d/u.test(text.slice(key.start, key.end))) return false;
  const letter = /[\u3400-\u9fffA-Za-z0-9]/u;
  return letter.test(text[key.start - 1] ?? "") || letter.test(text[key.end] ?? "");
}

/**
 * The blank takes part of a compound place word: "……及（    ）区" for "某某产业园区", "（    ）园区", or of a
 * company's name ("（    ）总公司"); the suffix left outside the blank makes the answer a fragment. ("区域", "区别" are words of their own.)
 */
export function cutsCompoundWord(text: string, key: Span): boolean {
  if (!/[\u3400-\u9fff]$/u.test(text.slice(key.start, key.end))) return false;
  if (/^(?:园区|区(?![域别分间位块])|总公司|有限公司|股份公司)/u.test(text.slice(key.end))) return true;
  // "（    ）干线" for "某某铁路干线": the line's own word stays outside
  return /(?:铁路|公路|管道|管线)$/u.test(text.slice(key.start, key.end)) && /^(?:干线|支线)/u.test(text.slice(key.end));
}

/** Where the needle stands in the fact's key: the key itself, or its one occurrence inside a wider key. */
function keyHint(p: Passage, needle: string): Span | undefined {
  if (!p.key) return undefined;
  const k = p.text.slice(p.key.start, p.key.end);
  if (k === needle) return p.key;
  const at = k.indexOf(needle);
  if (at < 0 || k.indexOf(needle, at + 1) >= 0) return undefined;
  return { start: p.key.start + at, end: p.key.start + at + needle.length };
}

/** Further occurrences of `needle` outside 《》 titles, replaced by the option blank. */
function blankRepeats(text: string, needle: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    if (depth === 0 && text.startsWith(needle, i)) {
      out += BLANK;
      i += needle.length;
      continue;
    }
    const c = text[i]!;
    if (c === "《") depth++;
    else if (c === "》" && depth > 0) depth--;
    out += c;
    i++;
  }
  return out;
}

/** Footnote marks set after Chinese text ("启动运作²", "宣言[3]"); a unit's square (km²) is kept. */
export function stripFootnoteMarks(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff》”」）。，；、])(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕)/gu, "");
}

/** A passage cut and blanked around `needle`, ready for a prompt; undefined when it cannot be done cleanly. */
export function blankedPassage(
  ctx: GenContext,
  fact: ExtractedFact,
  needle: string,
  blank = BLANK,
  maxLen = 90,
  options: { ownLine?: boolean } = {},
): { text: string; full: string; prepended: boolean; dangling: boolean } | undefined {
  const found = blankedWhole(ctx, fact, needle, blank, maxLen);
  return options.ownLine ? ownBlanked(found, blank) : found;
}

function blankedWhole(ctx: GenContext, fact: ExtractedFact, needle: string, blank: string, maxLen: number) {
  const p = passageOf(ctx, fact);
  const own = blankIn(fact, p, needle, blank, maxLen);
  if (own !== "too-short") return own;
  // "某港是走廊的“旗舰工程”。": too little around the blank; the sentence before says what it is about
  // (not when the key is nearly the whole sentence: "而“……”。" asks for a quotation, not a name)
  const rest = p.key ? p.text.slice(0, p.key.start) + p.text.slice(p.key.end) : "";
  const before = p.prepended || p.dangling || cjkLength(rest) < 4 ? undefined : withSentenceBefore(ctx, fact, p);
  const joined = before ? blankIn(fact, before, needle, blank, maxLen) : undefined;
  if (!joined || joined === "too-short") return undefined;
  // the two sentences whole (no "……" cut), and no "两国/双方" left without its countries
  if (/……/u.test(joined.text) || (/两国|双方|三国/u.test(joined.text) && !namesForeignCountry(joined.text))) return undefined;
  return joined;
}

/**
 * Whether the sentences put before the key's own offer a rival answer to its blank: they tell of the year
 * the key's sentence gives, and that sentence says little else ("2012年4月，甲乙合作机制在某城启动。（    ）于2012年
 * 建立。": the mechanism fits the blank).
 */
export function rivalBefore(text: string, key: Span): boolean {
  const from = Math.max(...["。", "！", "？"].map((m) => text.lastIndexOf(m, key.start - 1))) + 1;
  if (from <= 0) return false;
  const end = text.slice(key.end).search(/[。！？]/u);
  const own = text.slice(from, key.start) + text.slice(key.end, end < 0 ? text.length : key.end + end);
  const years = own.match(/(?:19|20)\d{2}(?=\s*年)/gu) ?? [];
  // (a sentence that says enough of its own besides the time, "（    ）是某地首条水下隧道，于……通车", is asked by that)
  return cjkLength(own.replace(/[\d\s]+(?:年|月|日)/gu, "")) < 10 && years.some((y) => text.slice(0, from).includes(y));
}

/** The passage with the whole sentence before it (same paragraph, not itself dangling) in front. */
function withSentenceBefore(ctx: GenContext, fact: ExtractedFact, p: Passage): Passage | undefined {
  const list = ctx.sentences.get(fact.documentId) ?? [];
  const i = sentenceIndex(ctx, fact);
  const prev = i > 0 ? list[i - 1] : undefined;
  if (!prev || prev.paragraph !== list[i]!.paragraph) return undefined;
  const t = prev.text.trim().slice(prev.text.trim().match(LINKING_LEAD)?.[0].length ?? 0);
  if (!/[。！？]$/u.test(t) || DANGLING_START.test(t) || ORDINAL_START.test(t) || t.length + p.text.length > 170) return undefined;
  return { text: t + p.text, key: p.key ? { start: p.key.start + t.length, end: p.key.end + t.length } : undefined, prepended: true, dangling: false };
}

function blankIn(
  fact: ExtractedFact,
  p: Passage,
  needle: string,
  blank: string,
  maxLen: number,
): { text: string; full: string; prepended: boolean; dangling: boolean } | "too-short" | undefined {
  const span = locate(p.text, needle, keyHint(p, needle));
  if (!span) return undefined;
  if (p.prepended && fact.kind !== "date" && rivalBefore(p.text, span)) return undefined;
  const w0 = windowAround(p.text, span, maxLen);
  const w1 = dropDanglingClauses(w0.text, w0.key);
  const b = balanceQuotes(w1.text, w1.key);
  const w = { text: b.text, key: b.key ?? w1.key };
  const t = tidyStart(w.text, w.key);
  const key = t.key ?? w.key;
  const filled = t.text;
  // too little around the blank to know what it asks ("（    ）于2012年建立。")
  if (cjkLength(filled.slice(0, key.start) + filled.slice(key.end)) < 10) return "too-short";
  if (unanchoredRelativeTime(filled) || clippedOpening(filled, key) || cutsQuotedWord(filled, key) || cutsCompoundWord(filled, key)) return undefined;
  // a blank inside brackets reads better as a line: "（约合____）" rather than "（约合（    ））"
  const inBrackets = blank === BLANK && /[（(][^）)]*$/u.test(filled.slice(0, key.start)) && /^[^（(]*[）)]/u.test(filled.slice(key.end));
  let text = blankOut(filled, key, inBrackets ? CLOZE_BLANK : blank);
  // an agreement named again later in the sentence ("……成立，……向丝路基金新增资金") is blanked there too
  // (never inside another title), so the option blank does not give its own answer away
  // (not a partnership level: "建立战略伙伴关系……发展全面战略伙伴关系" would blank part of another level)
  if (fact.kind === "agreement" && fact.value.category !== "partnership" && blank === BLANK && needle.length >= 3) text = blankRepeats(text, needle);
  text = stripFootnoteMarks(text);
  if (!/[。！？…”」』]$/.test(text)) text = text.replace(/[，,；;：:]$/, "") + "。";
  return { text, full: stripFootnoteMarks(filled), prepended: p.prepended, dangling: p.dangling };
}

/** The passage (windowed around the key when there is one), ending with punctuation, for statements. */
export function statementPassage(ctx: GenContext, fact: ExtractedFact, needle: string, options: { maxLen?: number; ownLine?: boolean } = {}) {
  const found = statementWhole(ctx, fact, needle, options.maxLen ?? 90);
  return options.ownLine ? ownStatement(found) : found;
}

function statementWhole(ctx: GenContext, fact: ExtractedFact, needle: string, maxLen: number) {
  const p = passageOf(ctx, fact);
  const span = locate(p.text, needle, p.key);
  if (!span) return undefined;
  const w0 = windowAround(p.text, span, maxLen);
  const w1 = dropDanglingClauses(w0.text, w0.key);
  const b = balanceQuotes(w1.text, w1.key);
  const w = { text: b.text, key: b.key ?? w1.key };
  const t = tidyStart(w.text, w.key);
  if (unanchoredRelativeTime(t.text)) return undefined;
  return { text: t.text, key: t.key ?? w.key, prepended: p.prepended, dangling: p.dangling };
}

/**
 * A passage cut to its own line: an emoji ends a line of a post ("……2.9亿人次😭截至目前……") and a
 * transcript's time code and speaker ("[00:01:23]嘉宾某某：") open one; neither belongs in a question.
 * The piece holding [start, end) is kept (with a full stop), or undefined when nothing is cut, or when
 * the piece still reads as a post's header (a clock time: "……发表于某地08:30").
 */
export function ownLine(text: string, start: number, end: number): { text: string; shift: number } | undefined {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[\p{Extended_Pictographic}\u200d\ufe0f]+/gu)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    } else return undefined;
  }
  const lead = /^\s*[[［]\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\]］]\s*(?:[^：:，。？！\s]{1,12}[：:])?/u.exec(text.slice(from));
  if (lead && from + lead[0].length <= start) from += lead[0].length;
  if (from === 0 && to === text.length) return undefined;
  let piece = text.slice(from, to);
  if (/\d{1,2}[:：]\d{2}/u.test(piece) || piece.trim().length < 8) return undefined;
  if (!/[。！？…”]$/u.test(piece)) piece = piece.replace(/[，,；;：:]$/u, "") + "。";
  return { text: piece, shift: from };
}

/**
 * A line cut out whose measure has lost its owner: "项目总建筑面积约……", "总造价大概是……" (the project or
 * the line named in the sentence before): whose figure it is, is not shown.
 */
export const OWNERLESS_MEASURE = /^(?:项目|工程)?(?:总|全长)[\u3400-\u9fff]{0,4}(?:为|是|约|达|大概|大约)/u;

/** A statement passage cut to its own line (see ownLine). */
function ownStatement<P extends { text: string; key: { start: number; end: number } }>(p: P | undefined): P | undefined {
  if (!p) return p;
  const cut = ownLine(p.text, p.key.start, p.key.end);
  if (!cut) return p;
  return OWNERLESS_MEASURE.test(cut.text) ? undefined : { ...p, text: cut.text, key: { start: p.key.start - cut.shift, end: p.key.end - cut.shift } };
}

/** A blanked passage cut to the line holding its blank (see ownLine). */
function ownBlanked<P extends { text: string }>(p: P | undefined, blank: string): P | undefined {
  if (!p) return p;
  const at = p.text.indexOf(blank);
  if (at < 0 || p.text.indexOf(blank, at + 1) >= 0) return p;
  const cut = ownLine(p.text, at, at + blank.length);
  if (!cut) return p;
  return OWNERLESS_MEASURE.test(cut.text) ? undefined : { ...p, text: cut.text };
}

/** A news dateline standing as the title (本报某地3月8日电……), the wires' names also in traditional script. */
const DATELINE_TITLE = new RegExp(String.raw`^${senderOf(WIRES, ["本報", "新華社"])}[\u3400-\u9fff]{0,8}${MONTH_DAY}电`, "u");

/**
 * Whether a document's title, as the normaliser found it, is a real title to cite. Documents with none
 * give their first line: a table's or a chronology's row ("1950/1/6：某国宣布……"), a field ("名称：……",
 * "文件名：……docx", "From：……"), a narrator's line ("解说：……"), a section heading ("一、……"), a news
 * dateline ("本报某地3月8日电……"), a journal's issue ("某某研究2024年第3期") or a web page's chrome
 * ("点击蓝字关注我们", "某网-某频道-……", "……数据库", "聊天记录导出", "首页").
 */
export function citableTitle(title: string | undefined): boolean {
  const t = (title ?? "").trim();
  if (t === "") return false;
  return !(
    /^(?:19|20)\d{2}(?:[/.\-]\d{1,2}){1,2}|^(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[：:，,]/u.test(t) ||
    /^(?:名称|名稱|文件名|标题|標題|主题|主題|发件人|收件人|发件|收件|解说|解說|旁白|字幕|画外音|主持人|时间|時間|日期|来源|來源|作者|From|To|Subject)\s*[：:]/iu.test(t) ||
    /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]\s*[^\d]|第[一二三四五六七八九十\d]{1,3}[章节節部])/u.test(t) ||
    DATELINE_TITLE.test(t) ||
    /(?:19|20)\d{2}年第\s*\d{1,2}\s*期$/u.test(t) ||
    /点击蓝字|關注我們|关注我们|聊天记录|聊天記錄|数据库$|資料庫$|(?:^|[\s｜|])首页|首页(?:会员|发现|登录|注册|推荐|关注)|[网網站][-－|｜_]|频道[-－|｜_]|\.(?:docx?|pdf|txt|md|html?)\b|@/iu.test(t)
  );
}

/** "出自《标题》" for explanations; "出自原文" when the document has no real title. */
export function citeDocument(ctx: GenContext, documentId: string): string {
  const title = ctx.docs.get(documentId)?.title?.trim();
  return title && citableTitle(title) ? `出自《${title.replace(/^《|》$/g, "")}》` : "出自原文";
}

/** citeDocument for the document a fact comes from. */
export const citeOf = (ctx: GenContext, fact: ExtractedFact): string => citeDocument(ctx, fact.documentId);

/** A section heading's number ("四、", "（二）", "3. ", "第三章 "): the layout's, not the heading's words. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节讲部分篇]{1,2})\s*/u;

/**
 * A question that shows a heading as its sentence, its answer blanked in it ("四、理解某国关系的一个视角：____外交",
 * "一张图看懂某关系的（    ）"): a heading names a section, it states nothing to be asked. `answer` is the key the blank
 * stands for; a question only built on a heading ("某某阶段的起止年份是（    ）") shows no heading and stays.
 */
export function showsHeading(doc: CleanDocument | undefined, rawStart: number, prompt: string, answer: string): boolean {
  if (!doc || answer === "") return false;
  const b = doc.blocks.find((x) => x.label === "heading" && rawStart >= doc.toRaw[x.clean.start]! && rawStart < doc.toRaw[x.clean.end]!);
  if (!b) return false;
  const heading = b.text.trim().replace(SECTION_NUMBER, "");
  const at = heading.indexOf(answer);
  if (at < 0) return false;
  const before = heading.slice(0, at);
  const after = heading.slice(at + answer.length).replace(/[。！？]$/u, "");
  if (cjkLength(before + after) < 4) return false;
  return ["____", "（    ）"].some((blank) => prompt.includes(before + blank + after));
}

/**
 * A Word reviewer's comment: the line the span starts on opens on its mark ("[批注3] 某某（日期）：……"), so what it says is
 * about the draft, not the content.
 */
export function onCommentLine(text: string | undefined, start: number): boolean {
  if (!text) return false;
  const from = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  return /^\s*[[［【]批注\s*\d{1,3}[\]］】]/u.test(text.slice(from, Math.max(from, start) + 12));
}

/** Explanation text: the answer, then the clean sentence it comes from. */
export function explain(ctx: GenContext, fact: ExtractedFact, answerLine: string): string {
  const s = balanceQuotes(passageOf(ctx, fact).text.trim()).text;
  return `${answerLine}${citeOf(ctx, fact)}：“${s}”`;
}

/** Sentence index helper exported for ordering questions. */
export function sentenceOf(ctx: GenContext, fact: ExtractedFact): Sentence | undefined {
  const i = sentenceIndex(ctx, fact);
  return i >= 0 ? ctx.sentences.get(fact.documentId)?.[i] : undefined;
}

/** Whether a short form is one of a full name's (its characters in order, the same first and last: "甲乙走廊" of "甲乙国际运输走廊"). */
function abbreviates(short: string, full: string): boolean {
  return short.length >= 3 && short.length < full.length && short[0] === full[0] && short.at(-1) === full.at(-1) && isSubsequence(short, full);
}

const MARKS: readonly string[] = [...SHORT_NAME_MARKS, ...OTHER_NAME_MARKS];

/** A form in brackets an answer is accepted in: a marked one quoted or in Latin letters ("简称“某共体”"), a bare abbreviation ("ABC"). */
function acceptedForm(f: GivenForm): string | undefined {
  if (f.mark) return MARKS.includes(f.mark) && /^(?:[“"「『][^”"」』]{1,24}[”"」』]|[A-Za-z][A-Za-z0-9 .&'-]{0,40})$/u.test(f.written) ? f.form : undefined;
  return /^[A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,6}$/u.test(f.written) && /[A-Z]{2}/u.test(f.written) ? f.written : undefined;
}

/**
 * The other ways the document itself writes a typed answer, accepted as well: a name's form given by
 * 又称/简称/以下简称 ("甲乙国际运输走廊，又称“北线走廊”" accepts 北线走廊 and the full name for
 * 甲乙走廊), an abbreviation in brackets right after it ("某共同体（简称“某共体”，ABC）"), and a date
 * written without the year its clause before gives ("2023年2月，……；11月，……" accepts 2023年11月 for 11月).
 */
export function alsoAccepted(ctx: GenContext, d: Pick<Draft, "type" | "answer" | "accepted" | "facts" | "source">): string[] {
  if ((d.type !== "cloze" && d.type !== "short_answer") || typeof d.answer !== "string") return [];
  const answer = d.answer.trim().replace(/^[《“]|[》”]$/gu, "");
  const out: string[] = [];
  // a month or a day without its year, the year the extractor read from the clause before
  const f = d.facts[0];
  if (f?.kind === "date" && /^(?:\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)$/u.test(answer)) {
    const year = /^(\d{4})-/u.exec(String((f.value as { iso?: string }).iso ?? ""))?.[1];
    if (year) out.push(`${year}年${answer}`);
  }
  if (answer.length >= 2 && !/^[\d年月日.%\s]+$/u.test(answer)) {
    // the answer itself, or a full name it is a short form of, followed by another form
    for (const given of namesGiven(ctx, d.source.documentId)) {
      if (given.closer === "》") continue;
      const run = given.run;
      let full: string | undefined;
      if (run.endsWith(answer)) full = run === answer || answer.length >= 4 ? answer : undefined;
      else {
        for (let i = run.length - answer.length - 1; i >= 0; i--) {
          const tail = run.slice(i);
          if (tail.length > answer.length * 2 + 2) break;
          if (abbreviates(answer, tail)) {
            full = tail;
            break;
          }
        }
      }
      if (!full) continue;
      const forms = given.bracketed ? given.forms.map(acceptedForm).filter((x): x is string => Boolean(x)) : [given.forms[0]!.form];
      if (forms.length === 0) continue;
      if (full !== answer) out.push(full);
      out.push(...forms);
    }
  }
  const have = new Set([d.answer, ...(d.accepted ?? [])]);
  return [...new Set(out)].filter((x) => x !== "" && !have.has(x));
}
