/** Questions on dated events: when did it happen (mcq, true/false, short answer), cloze, flashcard. */
import { blankedPassage, CLOZE_BLANK, DANGLING_START, explain, namesParty, pairLabelFor, passageOf, sentenceOf } from "../context";
import { findDates } from "../../extract/dates";
import { COUNTRY_ABBREVIATIONS } from "../../extract/vocabulary";
import { UNNAMED_PAIR, withPairNamed } from "../parties";
import { forumOf } from "../tidy";
import { dateSortKey, dateSpellings, datesCompatible, formatDate, nearDates, type SimpleDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { cjkLength, similarity } from "../text";
import { balanced, coin, draft, seedFor, usableEvent } from "./common";
import { simplifiedView } from "./script";

/** "新华社某地5月6日电", "本报某地5月8日电（记者某某）": a news item's dateline, before its date. */
const DATELINE_BEFORE = /^(?:新华社|本报|中新社|央视新闻)?[\u3400-\u9fff]{2,8}$/u;

/** A date written as its news item's dateline ("新华社北京5月6日电……"). */
export function isDateline(f: DateFact): boolean {
  const key = f.context.keyInSentence;
  if (!key) return false;
  const s = f.context.sentence;
  return DATELINE_BEFORE.test(s.slice(0, key.start)) && /^电/u.test(s.slice(key.end));
}

/**
 * The event of a dateline's item, without the dateline, the reporter and the "当天" that points back
 * to the dateline ("新华社北京5月6日电某某当天会见……" → "某某会见……").
 */
function datelineEvent(f: DateFact): string | undefined {
  const key = f.context.keyInSentence!;
  const rest = f.context.sentence.slice(key.end + 1).replace(/^[（(]记者[^）)]*[）)]/u, "");
  const clause = /^[^，。；！？]+/u.exec(rest)?.[0];
  if (!clause || !/当天/u.test(clause)) return undefined;
  return withStatement(clause.replace(/当天/u, ""), rest);
}

/**
 * A relative date ("本月初", "前一天", "今年") in a news item whose dateline comes before it: the
 * dateline states the day it is counted from ("【二】……本报某地5月8日电……本月初，……").
 */
export function countedFromDateline(ctx: GenContext, f: DateFact): boolean {
  return itemDateline(ctx, f) !== undefined;
}

/** The dateline of the news item a date stands in (itself when it is one), or undefined. */
export function itemDateline(ctx: GenContext, f: DateFact): DateFact | undefined {
  const list = ctx.sentences.get(f.documentId) ?? [];
  const own = sentenceOf(ctx, f);
  const i = own ? list.indexOf(own) : -1;
  if (i < 0 || f.value.endIso) return undefined;
  const datelines = ctx.dates.filter((g) => g.documentId === f.documentId && isDateline(g));
  for (let j = i; j >= 0 && j >= i - 12; j--) {
    const t = list[j]!.text.trim();
    const found = datelines.find((g) => g.context.sentence === list[j]!.text);
    if (found) return found;
    if (j < i && (list[j]!.blockLabel === "heading" || /^(?:【|[—\-★]{4,})/u.test(t))) return undefined;
  }
  return undefined;
}

/**
 * "某某当天表示，某方愿……": a statement's date asks what was said, so the event takes the statement
 * (one clause to the end of the sentence, nothing that points back); otherwise the event as it was.
 */
export function withStatement(event: string, after: string): string {
  if (!SPEECH_END.test(event)) return event;
  const m = /^[^。；！？]*?(?:表示|指出|强调|宣布|说)[，：:]([^，。；！？]{6,40})[。；！？]?$/u.exec(after);
  const said = m?.[1];
  if (!said || DANGLING_START.test(said) || /^(?:我|你|他|她|它|本|其|双方|两国|三国|各方)/u.test(said)) return event;
  return `${event.replace(/(?:也|还|则|又|进一步)(?=(?:表示|指出|强调|宣布|说)$)/u, "")}，${said}`;
}

const SPEECH_END = /(?:表示|指出|强调|宣布|说)$/u;

/** The facts "当天" of a dateline's item: the same day, written as the item's own time. */
export function sameDayFacts(ctx: GenContext, f: DateFact): DateFact[] {
  return ctx.dates.filter(
    (g) => g !== f && g.documentId === f.documentId && g.context.sentence === f.context.sentence && g.value.iso === f.value.iso && /^当天/u.test(g.value.text),
  );
}

export function whenWord(precision: SimpleDate["precision"], range: boolean): string {
  if (range) return "什么时候";
  switch (precision) {
    case "year":
      return "哪一年";
    case "decade":
      return "哪个年代";
    case "century":
      return "哪个世纪";
    default:
      return "什么时候";
  }
}

export function asSimple(f: DateFact): SimpleDate {
  return { iso: f.value.iso, precision: f.value.precision, endIso: f.value.endIso };
}

/** Words before a date that make it a deadline or a starting point, not the time of an event. */
const NOT_AN_EVENT_BEFORE = /(?:到|至|截至|截止|直至|直到|从|自|自从|早在|不晚于|之前|以前|较|比|与|和|同)\s*$/u;
/** Words after a date with the same effect (2022年底, 2013年以来, 2030年前 …). */
const NOT_AN_EVENT_AFTER = /^\s*(?:相比|比较|相较|度|底|初|末|中旬|上旬|下旬|以来|以后|之后|之前|以前|前|后|起|至今|期间|间|左右|内|中(?=[，,。；\s]|期)|上半年|下半年|到(?!达)|至|—|-|～|~)/u;
/** Verbs that open an event phrase only when its subject was left out. */
const SUBJECTLESS = /^(?:创|再|又|也|还|已|就|均|都|将|正|曾|首次|首先|进一步|正式|相比|比|同比|累计|共|总计|约|近|超|逾|决定|宣布|提出|签署|发表|建立|成立|开始|达到|启动|实现|开通|举行|召开|访问|出席|通过|发布|增长|超过|同比|提升|升级|加入|完成|上升|下降|共同|相继|分别|先后|全面|投入|交存|随后|继而|开港|移交|奠基|续签|交付|通车|建成)/u;

/** An event phrase names something that happened: it has one of these verbs (a generic list). */
const EVENT_VERB =
  /印发|征收|到达|签署|签订|缔结|建立|举行|举办|主办|提出|发表|发布|访问|访华|出访|成立|设立|组建|创建|宣布|召开|启动|开通|通过|批准|生效|加入|实现|达到|出席|会晤|会见|会谈|建交|开幕|落成|投产|开工|竣工|提升|升级|独立|解体|上映|开设|开放|开展|推出|当选|就任|决定|确定|确立|形成|开启|恢复|完成|突破|增长|超过|运营|开行|抵达|启用|揭牌|达成|发起|参加|提议|明确|同意|承认|爆发|撤军|签约|演讲|讲话|纳入|列入|入选|收购|完工|通电话|贯通|合龙|运抵|开港|移交|奠基|续签|交付|发射|获准|获批|通车|建成|开站|成为[^，。；]{0,24}?(?:成员国|成员|观察员国|观察员|对话伙伴|伙伴国)|(?:达|回升至|增至|增长至|降至|回落至)(?=[约近超逾]?\d)/u;

/** A statistic reached ("贸易额达1262亿美元", "游客回升至约670万人次"): an event only for a subject that names its party. */
const STATISTIC_VERB = /(?:达|回升至|增至|增长至|降至|回落至)(?=[约近超逾]?\d)/u;

/**
 * An event phrase that says less than it seems: its subject left in the clause before ("同某国恢复
 * 外交关系", "支持某会议在某地举行"), a plan ("某部长将访问某国"), a bare generic object ("某国国会
 * 通过法律"), an unnamed work ("港口一期工程开工", "管道A线投产"), or a day counted from another
 * event ("某国独立第三天").
 */
export function unsaidEvent(e: string): boolean {
  if (/^(?:同|与|跟)[\u3400-\u9fff]{1,10}?(?:恢复|建立|签署|签订|建交|举行|发表|达成|开展)/u.test(e)) return true;
  if (/^(?:支持|推动|促成|欢迎|祝贺)/u.test(e)) return true;
  if (/将(?=(?:正式|共同|首次)?(?:访问|举行|出席|召开|举办|主办|启动|开通|签署|发表|访华|出访|会见|会晤|主持))/u.test(e)) return true;
  // a statistic's change ("进口同比增长约11.5%"): a row of figures, no event
  if (/同比|比上年|较上年/u.test(e)) return true;
  // the signs of notes ("＝某某周年＋……", "某会议→……") are no sentence
  if (/[＝=＋≠→]/u.test(e)) return true;
  if (/(?:通过|制定|出台)(?:了)?(?:法律|法案|决议|决定)$/u.test(e)) return true;
  if (/^(?:港口|管道|铁路|公路|大桥|项目|工程|码头|园区|电站|线路|机场|隧道)(?:[A-Z\d]|[一二三四五六七八九十]期|工程|项目|建设|(?:正式)?(?:开工|投产|通车|开通|建成|竣工))/u.test(e)) return true;
  return /第[一二三四五六七八九十\d]+天$/u.test(e);
}

/**
 * A meeting dated in a bracket after its name ("首届某某峰会（2031年5月9日，某地）"): the date it was
 * held ("首届某某峰会在某地举行"). Only a name that opens its clause, and a place of a few characters.
 */
export function bracketedMeeting(sentence: string, key: { start: number; end: number }): string | undefined {
  const name = /(?:^|[，。；：:\s])([\u3400-\u9fff“”—]{3,20}?(?:峰会|会议|大会|会晤))（\s*$/u.exec(sentence.slice(0, key.start))?.[1];
  if (!name) return undefined;
  const m = /^\s*(?:[，,]\s*([\u3400-\u9fff]{2,6}))?\s*）/u.exec(sentence.slice(key.end));
  if (!m) return undefined;
  return m[1] ? `${name}在${m[1]}举行` : `${name}举行`;
}

/**
 * "⑤中埃“某某工坊”（2020年揭牌）", "某某论坛（2004年成立，……）": a name with the date and its verb in a
 * bracket after it is the event "中埃“某某工坊”揭牌". Undefined when no name of its own stands before the
 * bracket (a pronoun, a list's label, a cut clause).
 */
export function bracketedCompletion(sentence: string, key: { start: number; end: number }): string | undefined {
  const verb = /^\s*(揭牌|成立|建成|落成|竣工|启用|开通|通车|投产)\s*(?=[）)，,])/u.exec(sentence.slice(key.end))?.[1];
  if (!verb) return undefined;
  const m = /(?:^|[，。；：:\s◆・·①②③④⑤⑥⑦⑧⑨⑩])([\u3400-\u9fff“”—]{4,24})[（(]\s*$/u.exec(sentence.slice(0, key.start));
  const name = m?.[1];
  if (!name || !balanced(name) || /^(?:其|该|此|这|本|双方|两国)/u.test(name) || EVENT_VERB.test(name)) return undefined;
  return `${name}${verb}`;
}

/** A bare verb of completion or entry into force, with nothing or another clause after it. */
const BARE_COMPLETION = /^(?:正式)?(?:建成通车|开通运营|通车|开通|建成|竣工|投产|开工|完工|启用|生效|开港)(?=$|[，,])/u;

/**
 * "某隧道是南亚首条水下隧道，于某日建成通车", "《某协定》于某日签署，某日正式生效", "某铁路一期，……，某年某月
 * 通车": a bare verb after the date takes the sentence's subject (its opening noun phrase, or for 生效 the one
 * title before the date); the clauses after the verb are left out. Undefined when the subject is not clear.
 */
export function withSentenceSubject(event: string, sentence: string, key: { start: number; end: number }): string | undefined {
  const verb = BARE_COMPLETION.exec(event.trim())?.[0];
  if (!verb) return undefined;
  const before = sentence.slice(0, key.start);
  if (/生效$/u.test(verb)) {
    const titles = [...new Set(before.match(/《[^《》]{2,40}》/gu) ?? [])];
    if (titles.length === 1) return `${titles[0]}${verb}`;
    if (titles.length > 0) return undefined;
    // "甲国与乙国于某日签署自由贸易协定，次年某日生效": the agreement the named pair signed in the clause right
    // before ("甲国与乙国签署的自由贸易协定生效"); never an unnamed 两国/双方
    const signed = /(?:^|[，。；：])([\u3400-\u9fff]{2,8}?(?:与|同|和)[\u3400-\u9fff]{2,8}?)于[^，。；]{2,16}?(?:签署|签订)了?([\u3400-\u9fff]{0,10}(?:协定|条约|协议))[，,]\s*$/u.exec(before);
    if (!signed || /两国|双方|各方|其|该|此|这/u.test(signed[1]!)) return undefined;
    return `${signed[1]}签署的${signed[2]}${verb}`;
  }
  // the opening noun phrase, after a line's label ("基础设施："), up to 是/由/于/全长/在 or the first comma
  const body = before.replace(/^[\u3400-\u9fff]{2,6}[：:]/u, "");
  const subject = /^([^，。；：（]{2,24}?)(?=是|由|于|全长|在|，)/u.exec(body)?.[1]?.trim();
  if (!subject || subject.length >= body.trim().length) return undefined;
  if (DANGLING_START.test(subject) || /^(?:其中|比如|例如|如|这|该|此|它|他|她|我|双方|两国|当时|目前|如今|[\d两一二三四五六七八九十])/u.test(subject)) return undefined;
  if (!/[\u3400-\u9fff]{2}/u.test(subject) || (EVENT_VERB.test(subject) && !onlyModifierVerbs(subject))) return undefined;
  return `${subject}${verb}`;
}

/** "某方早在某年就续签了……": the 就 that stressed how early goes with the date ("某方续签了……"). */
function withoutEarlyJiu(event: string, sentence: string, key: { start: number; end: number }): string {
  if (!/早在\s*$/u.test(sentence.slice(0, key.start)) || !/^\s*就/u.test(sentence.slice(key.end))) return event;
  return event.replace(/(?<=[\u3400-\u9fff]{2})就(?=[\u3400-\u9fff])/u, "");
}

/**
 * An event that opens on 前者/后者 or on a bare 会议/峰会 that the clause before the date has named:
 * "……《甲》和《乙》，后者于某日生效" → "《乙》生效"; "某某发起甲会议，……会议于某月召开" → "甲会议召开".
 * The event as it was when the name is not certain (no title, or two meetings).
 */
export function withAntecedentNamed(event: string, before: string): string {
  const pointer = /^(前者|后者)/u.exec(event);
  if (pointer) {
    const titles = [...before.matchAll(/《[^《》]{2,40}》/gu)].map((m) => m[0]);
    if (titles.length < 2) return event;
    return (pointer[1] === "后者" ? titles[titles.length - 1]! : titles[titles.length - 2]!) + event.slice(2);
  }
  const bare = /^(会议|峰会|会晤)(?=[\u3400-\u9fff])/u.exec(event);
  if (bare) {
    const verb = "发起|召开|举办|举行|出席|参加|倡议";
    const names = [...new Set([...before.matchAll(new RegExp(`(?:${verb}|[，。；：])((?:(?!${verb})[\u3400-\u9fff]){2,10}?${bare[1]})`, "gu"))].map((m) => m[1]!))];
    if (names.length !== 1 || /^(?:第|首|本|该|此|这)/u.test(names[0]!)) return event;
    return names[0]! + event.slice(bare[1]!.length);
  }
  return event;
}

/** A leading bare 论坛 replaced by the one forum the document names in full (the event as it was otherwise). */
function withForum(ctx: GenContext, f: DateFact, event: string): string {
  const doc = ctx.docs.get(f.documentId);
  const cache = forumCache.get(ctx) ?? forumCache.set(ctx, new Map()).get(ctx)!;
  if (!cache.has(f.documentId)) cache.set(f.documentId, doc ? forumOf(doc.text) : undefined);
  const forum = cache.get(f.documentId);
  return forum ? forum + event.slice(2) : event;
}
const forumCache = new WeakMap<GenContext, Map<string, string | undefined>>();

/** 于 as the end of a word of its own ("源于", "位于", "由于"), not the 于 that brings in a date. */
const YU_WORD = /(?:源|位|始|属|由|对|关|至|等|基|鉴|出|处|终|过|归|易|限|晚|早|多|少|高|低|用|便|善|勇|敢|忙|急|致|免|合|适|利|寓|富|取|见|载|生|死|献|立|居|陷|趋|濒|迫|苦|惯|甘|安|乐|倾|据|缘|在)于\s*$/u;
/** A clause that goes on with its verb right after the date ("于某日正式建交", "于某日在某地签署"). */
const VERB_AFTER_DATE = new RegExp(`^\\s*(?:正式|共同|首次|成功|顺利|隆重|在[\u3400-\u9fff]{1,10}?)?(?:${EVENT_VERB.source})`, "u");

/**
 * Whether every event verb of a phrase stands inside a 的-modifier ("在某地举行的第四次会议",
 * "双方签署的协定"): the phrase is a noun phrase, no statement of what happened.
 */
export function onlyModifierVerbs(event: string): boolean {
  // titles and quotations hold words of their own, not verbs of the phrase
  const e = event.replace(/《[^》]*》|“[^”]*”/gu, "名");
  const last = e.lastIndexOf("的");
  if (last < 0) return false;
  // "某某提出实现……的倡议", "某某成为……首位访华的领导人", "某部门宣布暂停……下的活动": a verb whose object is
  // the whole 的-phrase, with a clause of its own between it and the 的, is the phrase's verb
  const head = /^[^，,的]{2,16}?(?:提出|宣布|成为|决定|同意)(?=[^，,的]{4,}的)/u.exec(e);
  if (head) return false;
  return !EVENT_VERB.test(e.slice(last + 1)) && EVENT_VERB.test(e.slice(0, last));
}

/** The event phrase of a date fact when it can stand alone in a question. */
function sameSubjectElsewhere(ctx: GenContext, f: DateFact, event: string): boolean {
  const head = event.slice(0, 4);
  // the same subject doing the same kind of thing ("某某访华" and "某某访问某国"); a subject whose other
  // events are of another kind ("某港一期开港", "某港特许经营协议签署") is no ambiguity
  const verb = EVENT_VERB.exec(event)?.[0];
  const family = verb ? (VERB_FAMILIES.find((r) => r.test(verb)) ?? new RegExp(verb, "u")) : undefined;
  // (a visit is the event a subject repeats most: any other event of that subject makes it ambiguous)
  const visit = family === VERB_FAMILIES[0];
  return ctx.dates.some((g) => {
    if (g === f || datesCompatible(g.value.iso, f.value.iso)) return false;
    const other = g.value.event.replace(/^[\s，,]+/u, "");
    return other.startsWith(head) && (!family || visit || family.test(other));
  });
}

/** A visit ("某某总统访华", "某某对某国进行国事访问", "某某访问某国") with nothing saying which one it was. */
const BARE_VISIT = /(?:访华|访问[\u3400-\u9fff]{0,8}|进行(?:国事|正式|工作|友好)?访问|出访[\u3400-\u9fff]{0,8})$/u;

/**
 * A head of state's or minister's visit recurs: "某某总统访华" alone does not say which visit is meant. The
 * clause that follows it in the sentence does ("……访华，两国签署《某声明》", "……访华，成为首位……"), and is
 * added (a leading 两国/双方 named by `label`); a bare visit with no such clause is no question (undefined).
 * An ordinal ("第四次", "首次", "再次"), or a clause already added, says which one: the event as it was.
 */
export function withVisitOutcome(event: string, after: string, label: string | undefined): string | undefined {
  if (!BARE_VISIT.test(event)) return event;
  // ("某某那次访问": which one was said in the talk before)
  if (/那次|这次|此次|那一次|这一次/u.test(event)) return undefined;
  if (/第[一二三四五六七八九十\d]+次|首次|再次|又一次|[，,]/u.test(event)) return event;
  let clause = /^[，,]([^，,。；;！？!?]{4,30})/u.exec(after)?.[1];
  if (!clause || DANGLING_START.test(clause) || /^(?:这|此|其|他|她|并|但|也|还|又|都|却|即)/u.test(clause)) return undefined;
  if (/^(?:两国|双方)/u.test(clause)) {
    if (!label) return undefined;
    clause = label + clause;
  } else if (/两国|双方/u.test(clause)) return undefined;
  if (!EVENT_VERB.test(clause) && !/成为/u.test(clause)) return undefined;
  // the visit's own outcome: its pair's or its visitor's (a clause with a subject of its own is another event)
  if (!/^(?:[\u3400-\u9fff]{2}(?:两国|双方)|成为|提出|出席|签署|签订|发表|宣布|讨论|同意|见证|会见|会晤|参加|首次|出访)/u.test(clause)) return undefined;
  // "签署多项合作文件" could follow any visit: it says not which one
  if (/^(?:[\u3400-\u9fff]{2}(?:两国|双方))?(?:签署|签订|达成)了?(?:多项|一批|若干|一系列|系列|多个)?(?:合作)?(?:文件|协议|协定|共识)$/u.test(clause)) return undefined;
  return `${event}，${clause}`;
}

/**
 * The pair of a visit that names one country in full ("某某主席对巴基斯坦进行国事访问", "土耳其总统某某访华"):
 * China and that country's one-character form ("中巴"); undefined for none or several.
 */
export function pairOfVisit(event: string): string | undefined {
  const chars = new Set(Object.entries(COUNTRY_ABBREVIATIONS).filter(([c, name]) => c !== "中" && name.length >= 2 && event.includes(name)).map(([c]) => c));
  return chars.size === 1 ? `中${[...chars][0]}` : undefined;
}

/** A country, China, or "中某两国" opening a clause, before its verb. */
const CLAUSE_SUBJECT = new RegExp(
  `^(中国|中[\u3400-\u9fff](?:两国|双方)|${Object.values(COUNTRY_ABBREVIATIONS).filter((n) => n.length >= 2 && n !== "中国").join("|")})(?=(?:正式|共同|首次|先后|又|也)?(?:宣布|加入|签署|签订|建立|发表|举行|召开|启动|成为|批准|被接纳|承认|提出))`,
  "u",
);
/** A clause with no subject of its own, opening on its verb. */
const VERB_FIRST = /^(?:正式|又|也|再|随后)?(?:成为|启动|加入|签署|签订|建立|发表|举行|召开|宣布|启用|开通)/u;

/**
 * "某国加入《某公约》，次年10月成为某委员会成员", "2030年6月，中某两国宣布启动……，同年7月正式启动谈判": a
 * date that opens the second clause of a sentence whose one clause before names its subject (a country,
 * China or "中某两国", before its verb) gives that subject to a clause opening on its verb
 * ("某国成为某委员会成员"); undefined otherwise.
 */
export function withClauseSubject(event: string, before: string): string | undefined {
  if (!VERB_FIRST.test(event) || !/[，,]\s*$/u.test(before)) return undefined;
  const body = before
    .replace(/^[\u3400-\u9fff]{1,4}[：:]\s*/u, "")
    .replace(/^\s*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?\s*/u, "")
    .replace(/[，,]\s*$/u, "");
  if (/[，,；;。：:]/u.test(body)) return undefined;
  const subject = CLAUSE_SUBJECT.exec(body)?.[1];
  return subject ? subject + event.replace(/^(?:又|也|再|随后)/u, "") : undefined;
}

/** "斯总理", "土外长": a country's one-character form before an office or a government. */
const ONE_CHARACTER_COUNTRY = /^([\u3400-\u9fff])(?=(?:总理|总统|副总统|外长|政府|新政府|议会|国王|首相|议长|央行)[\u3400-\u9fff])/u;

/**
 * An event that names its country by one character only ("斯总理某某访华"): the country written out
 * ("斯里兰卡总理某某访华") when the document names it in full; undefined when it does not.
 */
export function withCountryWritten(event: string, text: string): string | undefined {
  const c = ONE_CHARACTER_COUNTRY.exec(event)?.[1];
  if (!c || c === "中") return event;
  const name = COUNTRY_ABBREVIATIONS[c];
  if (!name) return event;
  return text.includes(name) ? name + event.slice(1) : undefined;
}

/**
 * The subject of a history whose periods a document dates ("中国—某国关系大事记（1950—2024）" →
 * "中国—某国关系"): its title without brackets, a label before "：" and a word for a chronology;
 * undefined when that leaves no name of a few characters.
 */
export function periodSubject(title: string): string | undefined {
  const t = simplifiedView(title)
    .replace(/[（(][^）)]*[）)]/gu, "")
    .replace(/^[\u3400-\u9fff]{2,4}[：:]/u, "")
    .trim()
    .replace(/(?:大事记|大事年表|年表|时间线|时间轴|发展历程|历程|简史|纪事|回顾)$/u, "");
  if (!/^[\u3400-\u9fff“”—·]{4,24}$/u.test(t) || /年|月/u.test(t)) return undefined;
  return t;
}

/** Verbs that name the same kind of event. */
const VERB_FAMILIES = [/访华|访问|出访|到访|访/u, /签署|签订|缔结|签约/u, /举行|举办|召开|主办/u, /开通|通车|开港|投入运营|启用/u];

export function dateEvent(f: DateFact, ctx?: GenContext): string | undefined {
  // (one character for one: the key's offsets hold)
  const sentence = simplifiedView(f.context.sentence);
  const key = f.context.keyInSentence;
  const dateline = isDateline(f) ? datelineEvent(f) : undefined;
  if (key && !dateline) {
    // ("早在2020年就续签……": the event happened then, 早在 only stresses how early)
    const early = /早在\s*$/u.test(sentence.slice(0, key.start)) && /^\s*就/u.test(sentence.slice(key.end));
    if (!early && NOT_AN_EVENT_BEFORE.test(sentence.slice(0, key.start))) return undefined;
    if (NOT_AN_EVENT_AFTER.test(sentence.slice(key.end))) return undefined;
    // ("签署《某某行动计划（2019-2023）》": a period inside a title is the plan's span, not when the event happened)
    if (/《[^《》]*$/u.test(sentence.slice(0, key.start)) && /^[^《》]*》/u.test(sentence.slice(key.end))) return undefined;
    // ("双方同意将2025年确定为某某年": the year is what is designated, not when it was agreed)
    if (/将\s*$/u.test(sentence.slice(0, key.start)) && /^\s*(?:确定为|定为|设为|作为|列为)/u.test(sentence.slice(key.end))) return undefined;
    // ("以2026年某条约签署25周年为契机": an occasion to come, not an event of that date)
    if (/以\s*$/u.test(sentence.slice(0, key.start)) && /^[^，。；]*为契机/u.test(sentence.slice(key.end))) return undefined;
    // a date written with its own suffix ("2025年以来", "2022年底")
    const surface = sentence.slice(key.start, key.end);
    // ("31年前" is a resolved relative date, not a deadline)
    // ("本月初" counted from a news item's dateline is that month)
    const monthOfDateline = /^(?:本月|上月)(?:初|底|末)$/u.test(surface) && ctx !== undefined && countedFromDateline(ctx, f);
    // ("三年后" resolved from a date the text gave before is a date)
    const counted = f.value.inferred && /^(?:\d+|[一二两三四五六七八九十]+)(?:年|个月)[前后]$/u.test(surface);
    if (!/^\d+年前$/u.test(surface) && !counted && !monthOfDateline && /(?:以来|起|前|后|底|初|末|中旬|上旬|下旬|左右|期间|之际|半年|季度)$/u.test(surface)) return undefined;
    // "2023年9月，2024年8月，第五届、第六届……相继举行": a list of dates before one event
    if (/(?:^|[，。；：])\s*[\d年月日至—~\-]+\s*[，,]\s*$/u.test(sentence.slice(0, key.start))) return undefined;
    if (/^\s*[，,]\s*\d{1,4}\s*年/u.test(sentence.slice(key.end))) return undefined;
    // "1992年1月3日两国建交以来，……": the clause of the date runs from it to now
    if (/^[^，。；]*(?:以来|至今)/u.test(sentence.slice(key.end))) return undefined;
    // "2023年11月和2024年5月，…分别…": two dates share one event
    if (/^\s*(?:和|、|及|与|或|以及)\s*\d/u.test(sentence.slice(key.end))) return undefined;
    if (/[\d年月日]\s*(?:和|、|及|与|或|以及)\s*$/u.test(sentence.slice(0, key.start))) return undefined;
  }
  // a date resolved from the day the document was written ("上月", "今年") cannot be checked
  // against the text, which states no such day
  const surface = key ? sentence.slice(key.start, key.end) : f.value.text;
  if (isDateline(f) && !dateline) return undefined;
  // (a document that writes its own date at its head states the day "今年7月" is counted from)
  if (
    f.value.inferred &&
    !dateline &&
    /上月|本月|当月|今年|去年|前年|明年|近日|日前|上周|本周/u.test(surface) &&
    !(ctx && countedFromDateline(ctx, f)) &&
    !(ctx && /^(?:上月|本月|今年|去年|前年)(?:\d{1,2}月(?:\d{1,2}日)?)?$/u.test(surface) && datedAtHead(ctx, f.documentId))
  )
    return undefined;
  // "两国正式建交": the pair the text around names ("中柬两国正式建交"), when it names one
  // (a traditional text's "兩國" is read through its simplified view, and named in it)
  const plainEvent = simplifiedView(f.value.event.trim());
  const label = ctx && UNNAMED_PAIR.test(plainEvent) ? pairLabelFor(ctx, f) : undefined;
  // a time of day after a relative date ("前一天晚上，……") is no part of the event; the 已 of
  // "某段已于某日开通" is none either once the date is asked ("某段开通是在什么时候？")
  const pair = label ? withPairNamed(plainEvent, label) : undefined;
  const ownEvent = f.value.event.trim();
  const named = (dateline ?? (pair ? ownEvent.slice(0, pair.at) + label + ownEvent.slice(pair.at) : f.value.event))
    .replace(/^(?:晚上|上午|下午|中午|早上|凌晨|傍晚|当晚)[，,]?/u, "")
    .replace(/(?<=[\u3400-\u9fff）)]{2})已(?=(?:正式)?(?:开通|运营|投入|建成|完成|签署|生效|启用|投产|竣工|通车|成立|加入|成为))/u, "")
    // ("某国又成为某组织成员": the 又 ties it to the sentence before; the event stands without it)
    .replace(/(?<=[\u3400-\u9fff）)]{2})又(?=成为)/u, "")
    // ("某国宣布加入某机制就是一例": the pointer to what the text argues is no part of the event)
    .replace(/(?<=[\u3400-\u9fff）)])(?:就|便|即)?是(?:一个)?(?:一例|例子|例证|明证)$/u, "");
  const meeting = key && !dateline ? (bracketedMeeting(sentence, key) ?? bracketedCompletion(sentence, key) ?? withSentenceSubject(named, sentence, key)) : undefined;
  // "某国加入《某公约》，次年10月成为某委员会成员": the second clause's subject is the first's
  const carried = key && !dateline ? (withClauseSubject(named, sentence.slice(0, key.start)) ?? named) : named;
  const resolved = meeting ?? (key && !dateline ? withAntecedentNamed(withoutEarlyJiu(carried, sentence, key), sentence.slice(0, key.start)) : carried);
  const stated = !dateline && key ? withStatement(resolved, simplifiedView(sentence).slice(key.end)) : resolved;
  // "论坛首届部长级会议在某地举行": the one forum the document names in full is the 论坛 meant
  const forumed = ctx && /^论坛(?=首届|第[一二三四五六七八九十\d]+届|[\u3400-\u9fff]{2,8}(?:峰会|部长级会议))/u.test(stated) ? withForum(ctx, f, stated) : stated;
  // "某某总统访华" happens more than once: the clause after it says which visit ("……访华，两国签署……")
  const own = simplifiedView(f.value.event.trim());
  const at = dateline ? -1 : sentence.indexOf(own);
  const rest = at >= 0 ? sentence.slice(at + own.length) : "";
  const visited = withVisitOutcome(forumed, rest, ctx && /^[，,](?:两国|双方)/u.test(rest) ? (pairLabelFor(ctx, f) ?? pairOfVisit(own)) : undefined);
  if (visited === undefined) return undefined;
  // "斯总理某某访华": a one-character country form is written out when the document names the country in full
  const said = withCountryWritten(visited, ctx?.docs.get(f.documentId)?.text ?? "");
  if (said === undefined) return undefined;
  // "中挪建交" (four characters) is "中挪两国建交": the pair's short form names both
  const paired = said.replace(/^(中[\u3400-\u9fff])((?:正式)?(?:建交|复交))$/u, "$1两国$2");
  const e = usableEvent(paired, [f.value.text, formatDate(asSimple(f))]);
  if (e && simplifiedView(e) !== usableEvent(simplifiedView(paired), [simplifiedView(f.value.text), formatDate(asSimple(f))])) return undefined;
  if (!e || e.length > 48 || (e.match(/[，,；;]/g) ?? []).length > 1 || /[…]|\.\.\./u.test(e)) return undefined;
  // a short event whose subject has other dated events ("某某访问某地" happens more than once) is ambiguous
  // (an ordinal names one of them: "某某第四次访华")
  if (cjkLength(e) < 12 && ctx && !/第[一二三四五六七八九十\d]+次|首次/u.test(e) && sameSubjectElsewhere(ctx, f, e)) return undefined;
  // a traditional text is read through the simplified patterns; a pair it leaves unnamed stays unnamed
  if (/兩國|雙方|三國/u.test(label ? e.replace(new RegExp(`${label}(?:兩國|雙方)`, "u"), "") : e)) return undefined;
  // a share reached ("份额超过七成") is a level a statistic gives, not an event with a time of its own
  if (/份额|份額|占比|比重/u.test(e)) return undefined;
  // "当地" stands for a place named elsewhere
  if (/当地|當地/u.test(e)) return undefined;
  if (ctx && /^当天/u.test(surface) && ctx.dates.some((g) => g.context.sentence === f.context.sentence && isDateline(g))) return undefined;
  // "双边贸易额达……", "持股比例增至……": a statistic whose subject names no party is no one's
  if (ctx && STATISTIC_VERB.test(e) && !EVENT_VERB.test(e.replace(STATISTIC_VERB, "")) && !namesParty(ctx, simplifiedView(e))) return undefined;
  // "其中，某中心于……启用": one of several named before, by a short form ("中国—某地区应对……中心"
  // is "应对……中心" here); with no country or party of its own it stands for more than it says
  if (ctx && /^其中[，,]/u.test(sentence) && !namesParty(ctx, simplifiedView(e))) return undefined;
  return checkedEvent(simplifiedView(e), sentence, key, f, label) ? e : undefined;
}

function checkedEvent(e: string, sentence: string, key: { start: number; end: number } | undefined, f: DateFact, label: string | undefined): boolean {
  const dateline = isDateline(f);
  if (SUBJECTLESS.test(e) || (!EVENT_VERB.test(e) && !/(?:表示|指出|强调|宣布|说)，/u.test(e))) return false;
  if (unsaidEvent(e)) return false;
  // "在某地举行的第四次会议": the only verb modifies the noun, and nothing is said to happen
  // (a visit and the clause that says which one it was: the visit is the event)
  const first = e.split(/[，,]/u)[0]!;
  if (onlyModifierVerbs(BARE_VISIT.test(first) && first !== e ? first : e)) return false;
  // what was joined or signed is missing: "某国加入"
  if (/(?:加入|签署|签订|发表|提出)$/u.test(e)) return false;
  // what was said is missing: "……时强调", "……指出"
  if (/(?:强调|指出|表示|认为|提出|说|称|宣布|介绍|透露)$/u.test(e)) return false;
  // a time clause ("新版战略提出后") or a piece of a date ("版的…") is no event
  if (/(?:后|时|前|以来|之际|期间|之后|之前|以后|之初|初期|伊始|前夕)$/u.test(e) || /^(?:版|年版|届|年度|季度|月份)/u.test(e)) return false;
  // only a place or an occasion ("在……峰会上"): no event of its own
  if (/^(?:在|于)[^，,]*(?:上|中|时|内|期间|之际)$/u.test(e)) return false;
  // the date was cut out with its 于 from the middle of a clause ("源于2006年9月在……" → "源在……");
  // "甲乙两国于某日建交" → "甲乙两国建交" is the clause whole (于 alone before the date, its verb after it)
  if (key && /于\s*$/u.test(sentence.slice(0, key.start)) && (YU_WORD.test(sentence.slice(0, key.start)) || !VERB_AFTER_DATE.test(sentence.slice(key.end)))) {
    const joint = sentence.slice(Math.max(0, key.start - 3), key.start).replace(/于\s*$/u, "") + sentence.slice(key.end, key.end + 2);
    if (joint.length >= 3 && e.includes(joint)) return false;
  }
  // an event copied from the sentence must be whole clauses: no cut inside a clause
  const plain = label ? e.replace(label, "") : e;
  const at = dateline ? -1 : simplifiedView(sentence).indexOf(plain);
  if (at >= 0) {
    const after = sentence.slice(at + plain.length);
    // (a pointer the event was cut from, "……就是一例", ends its clause as well)
    if (after && !/^(?:(?:就|便|即)?是(?:一个)?(?:一例|例子|例证|明证))?[，。；！？,;!?”）)]/u.test(after)) return false;
    const before = sentence.slice(0, at);
    const dateText = key ? sentence.slice(key.start, key.end) : f.value.text;
    if (before && !/[，。；：！？,;:!?“（(]\s*$/u.test(before) && !before.trimEnd().endsWith(dateText)) return false;
  }
  return true;
}

/** Every date the corpus gives for the same (or a very similar) event: never a distractor. */
export function datesOfSameEvent(ctx: GenContext, f: DateFact): string[] {
  const out = [f.value.iso];
  if (f.value.endIso) out.push(f.value.endIso);
  for (const g of ctx.dates) {
    if (g === f) continue;
    const same = g.value.event === f.value.event || similarity(g.value.event, f.value.event) >= 0.55;
    if (same) {
      out.push(g.value.iso);
      if (g.value.endIso) out.push(g.value.endIso);
    }
  }
  return out;
}

/** Three distractor dates for a date, or null. */
export function dateDistractors(ctx: GenContext, d: SimpleDate, forbidden: string[], seed: string): SimpleDate[] | null {
  const own = Number(/^(\d{3,4})/.exec(d.endIso ?? d.iso)?.[1] ?? 0);
  const cands = nearDates(d, forbidden, own > ctx.maxYear ? own + 3 : ctx.maxYear);
  if (cands.length < 3) return null;
  const pool = cands.slice(0, 5);
  const picked: SimpleDate[] = [];
  const order = pool.map((c, i) => ({ c, r: seedOrder(seed, i) })).sort((a, b) => a.r - b.r);
  for (const { c } of order) {
    if (picked.length === 3) break;
    if (formatDate(c) === formatDate(d)) continue;
    if (picked.some((p) => formatDate(p) === formatDate(c))) continue;
    picked.push(c);
  }
  return picked.length === 3 ? picked : null;
}

function seedOrder(seed: string, i: number): number {
  let h = 2166136261;
  const s = `${seed}#${i}`;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** Options for a date question, in chronological order (the usual exam layout). */
export function dateOptions(answer: SimpleDate, distractors: SimpleDate[]): string[] {
  return [answer, ...distractors].sort((a, b) => dateSortKey(a.iso) - dateSortKey(b.iso)).map(formatDate);
}

/**
 * The same date written twice in its sentence ("2020年与1990年相比，是1990年的6倍"): both are
 * blanked, and the prompt says the blanks take the same answer.
 */
function blankedEverywhere(ctx: GenContext, f: DateFact, surface: string) {
  const p = passageOf(ctx, f);
  const count = p.text.split(surface).length - 1;
  if (count < 2 || count > 3 || p.dangling) return undefined;
  // the surface must not stand inside a longer date ("2022—2026年")
  const re = new RegExp(`(?<![\\d—–~\\-])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "gu");
  if ((p.text.match(re) ?? []).length !== count) return undefined;
  if (p.text.length > 120) return undefined;
  let text = p.text.split(surface).join(CLOZE_BLANK);
  if (!/[。！？…”]$/u.test(text)) text = text.replace(/[，,；;：:]$/u, "") + "。";
  return { text: `（各空填同一内容）${text}`, full: p.text, prepended: p.prepended, dangling: false };
}

/** A single date written in figures ("1986-08", "2017.9", "2004/12/26") that names the fact's own date. */
export function isFigureDate(surface: string, d: SimpleDate): boolean {
  const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/u.exec(surface.trim());
  if (!m || d.endIso) return false;
  const iso = m[3] ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3].padStart(2, "0")}` : `${m[1]}-${m[2]!.padStart(2, "0")}`;
  return iso === d.iso;
}

/** A year, month and day in Chinese numerals and nothing else ("二〇二三年", "两千零一十八年五月三十一号"). */
const NUMERAL_DATE = /^(?:[〇○零一二三四五六七八九]{4}|[两二]千[零一二三四五六七八九十]{0,4})年(?:(?:十[一二]?|[一二三四五六七八九])月(?:(?:三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)?$/u;

/**
 * A date written in Chinese numerals ("二〇二三年", "一九九九年二月", "两千零一十八年", "一九六三年十二月十四号")
 * that names the fact's own date, read alone (no word that counts it from another date).
 */
export function isNumeralDate(surface: string, d: SimpleDate): boolean {
  if (d.endIso || /\d/u.test(surface) || !NUMERAL_DATE.test(surface)) return false;
  const found = findDates(surface, {});
  return found.length === 1 && found[0]!.text === surface && !found[0]!.inferred && !found[0]!.endIso && found[0]!.iso === d.iso;
}

/** A transcript line's time code and speaker ("[00:07:05]嘉宾某某：") removed from the start of a passage. */
export function withoutTranscriptLabel(text: string): string {
  return text.replace(/^(根据原文填空：)?\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[\u3400-\u9fff]{1,8}[：:]\s*/u, "$1");
}

/** Whether a text writes a year in figures or in Chinese numerals ("2024年", "二〇二四年"). */
export function writesYear(text: string, year: string): boolean {
  return text.includes(year) || findDates(text, {}).some((m) => !m.inferred && m.iso.startsWith(year));
}

/** Words written after a date that make it a starting point, a part or an approximation of it. */
const DATE_SUFFIX = /(?:以来|之后|以后|之前|以前|前后|左右|期间|之际|起|底|初|末|中旬|上旬|下旬)$/u;

/**
 * The date of a surface written with a suffix ("2004年以来" → "2004年", "2022年底" → "2022年"),
 * when what is left ends as a date; the surface itself otherwise ("31年前" stays as it is).
 */
export function dateWithoutSuffix(surface: string): string {
  const m = DATE_SUFFIX.exec(surface);
  if (!m) return surface;
  const rest = surface.slice(0, m.index).trimEnd();
  // (a date in Chinese numerals, "一九七九年起", as well)
  return /\d{3,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|世纪\d{2}年代$/u.test(rest) || NUMERAL_DATE.test(rest) ? rest : surface;
}

/** A range as written and with the other usual separators ("2018~2023年" → "2018—2023年", "2018-2023年" …). */
export function rangeSpellings(surface: string): string[] {
  const m = /^(\d{3,4})\s*(?:年)?\s*[~～—–\-至到]\s*(\d{3,4})\s*年$/u.exec(surface);
  if (!m) return [surface];
  const [a, b] = [m[1]!, m[2]!];
  return [...new Set([surface, `${a}—${b}年`, `${a}-${b}年`, `${a}~${b}年`, `${a}至${b}年`, `${a}年至${b}年`, `${a}—${b}`, `${a}-${b}`])];
}

/** "X是在哪一年？"; a two-clause event is stated first: "X，Y。这是在哪一年？" */
export function whenQuestion(event: string, when: string): string {
  // a clause with its own 是 ("……峰会是首次……") would read "……是……是在"
  const hasCopula = /(?<![但还更就正于总可要若凡只倒却硬或])是(?!否)/u.test(event);
  return /[，,；;]/u.test(event) || hasCopula ? `${event}。这是在${when}？` : `${event}是在${when}？`;
}

/**
 * "2030年是甲乙建交60周年" (the year first, then 是 and a named anniversary to the end of the clause):
 * the anniversary ("甲乙建交60周年"), undefined otherwise. An unnamed one ("两国建交……", "该条约签署……") is no question.
 */
export function anniversaryOf(f: DateFact, ctx?: GenContext): string | undefined {
  const s = f.context.sentence;
  const key = f.context.keyInSentence;
  if (!key) return undefined;
  // "今年是……周年" in a news item: the year its dateline gives, after a speaker ("某某指出，")
  // (or, round 15, the year the document's own date or its own date of the event counted from gives)
  const thisYearWord = f.value.inferred && s.slice(key.start, key.end) === "今年" && ctx !== undefined;
  const thisYear = thisYearWord && countedFromDateline(ctx, f);
  if (f.value.inferred && !thisYearWord) return undefined;
  const lead = s.slice(0, key.start);
  // (a line of notes may open on its label, "纪念年份：")
  if (!/^\s*(?:[（(][^）)]*[）)])?\s*$|^[\u3400-\u9fff]{2,6}[：:]$/u.test(lead) && !(thisYear && /^[\u3400-\u9fff]{2,8}(?:指出|表示|说)[，,]$/u.test(lead))) return undefined;
  // "某年是……周年", and in notes or a chronology's rows "某年＝……周年＋……", "某年某月：……周年，……"
  const m = /^\s*[是＝=：:]([\u3400-\u9fff“”《》—·]{4,24}?\d{1,3}周年)(?:纪念)?(?=[。；，！＋+]|$)/u.exec(s.slice(key.end));
  if (!m) return undefined;
  const said = m[1]!;
  // "今年是两国建交74周年": the pair the text around names ("中芬两国建交74周年"), when it names one
  const label = thisYearWord && /^两国/u.test(said) ? pairLabelFor(ctx, f) : undefined;
  const a = label ? label + said : said;
  if (DANGLING_START.test(a) || /^(?:双方|两国|三国|我国|我们|本|其)/u.test(a) || !ANNIVERSARY_VERB.test(a)) return undefined;
  if (thisYearWord && !thisYear && !datedAtHead(ctx, f.documentId) && !anniversaryCounted(ctx, f, a)) return undefined;
  return a;
}

const ANNIVERSARY_VERB = /建交|成立|签署|建立|创立|创建|启动|举办|诞生|生效/u;

/**
 * "今年是中芬两国建交74周年" with no dateline or dated head: the year stands only when the document dates the
 * event it counts from, that many years before ("……1950年10月28日两国建交……" + 74 = 2024).
 */
export function anniversaryCounted(ctx: GenContext, f: DateFact, anniversary: string): boolean {
  const n = Number(/(\d{1,3})周年$/u.exec(anniversary)?.[1] ?? NaN);
  const verb = ANNIVERSARY_VERB.exec(anniversary)?.[0];
  const year = Number(/^(\d{3,4})/u.exec(f.value.iso)?.[1] ?? NaN);
  if (!verb || !Number.isFinite(n) || !Number.isFinite(year)) return false;
  return ctx.dates.some(
    (g) => g !== f && g.documentId === f.documentId && !g.value.endIso && Number(/^(\d{3,4})/u.exec(g.value.iso)?.[1]) + n === year && g.value.event.includes(verb) && !/周年/u.test(g.value.event),
  );
}

/**
 * The name of a period a heading dates by a range of years ("一、建交与复交（1950—1990）" →
 * "建交与复交"): the whole line is the numbered name and its bracketed range; undefined otherwise.
 */
export function periodHeading(f: DateFact): string | undefined {
  if (!f.value.endIso || f.value.precision !== "year" || f.value.inferred) return undefined;
  const key = f.context.keyInSentence;
  if (!key) return undefined;
  const s = simplifiedView(f.context.sentence).trim();
  // "1983年—1989年：起步阶段": a line of a list of periods, the range first and the period named after it
  const line = /^\s*[：:]\s*([\u3400-\u9fff]{2,12})阶段\s*$/u.exec(f.context.sentence.slice(key.end));
  if (line && /^\s*$/u.test(f.context.sentence.slice(0, key.start)) && !/年|月|至今/u.test(line[1]!)) return line[1];
  const m = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分阶段][：:、\s]?)?([\u3400-\u9fff“”]{3,16})（\s*$/u.exec(f.context.sentence.slice(0, key.start));
  if (!m || !/^\s*）\s*$/u.test(f.context.sentence.slice(key.end)) || s.length > 30) return undefined;
  const name = m[1]!;
  // a name of its own, not a generic word or a clause with a date's words
  if (/^(?:概述|概况|背景|简介|历史|发展|回顾|前言|结语|总结|附录)$/u.test(name) || /年|月|至今/u.test(name)) return undefined;
  return name;
}

/** Words that count a date from another ("今年7月", "次年3月"). */
const RELATIVE_WORD = /今年|去年|明年|前年|上月|本月|下月|当月|同年|次年|翌年|当年|同月|次月/u;

const headCache = new WeakMap<GenContext, Map<string, boolean>>();

/**
 * Whether a document writes its own date (the day its relative dates are counted from) at its head:
 * in its first lines, as "2024年11月20日", "2024-11-20" or "2024.11.20".
 */
export function datedAtHead(ctx: GenContext, documentId: string): boolean {
  const cache = headCache.get(ctx) ?? headCache.set(ctx, new Map()).get(ctx)!;
  const known = cache.get(documentId);
  if (known !== undefined) return known;
  const doc = ctx.docs.get(documentId);
  const p = doc?.date ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(doc.date) : null;
  let found = false;
  if (doc && p) {
    const [y, m, d] = [p[1]!, Number(p[2]), Number(p[3])];
    const head = `${doc.title}\n${doc.text.split("\n").filter((l) => l.trim()).slice(0, 4).join("\n")}`;
    const forms = [`${y}年${m}月${d}日`, `${y}-${p[2]}-${p[3]}`, `${y}.${m}.${d}`, `${y}/${m}/${d}`];
    found = forms.some((x) => head.includes(x));
  }
  cache.set(documentId, found);
  return found;
}

/** "When did it happen?" with four dates (the answer and three near it), seeded by the variant. */
function dateMcq(
  ctx: GenContext,
  f: DateFact,
  variant: string,
  prompt: string,
  forbidden: string[],
  tags: string[],
  flags: string[],
): { mcq: Draft; distractors: SimpleDate[] } | undefined {
  const d = asSimple(f);
  const distractors = dateDistractors(ctx, d, forbidden, seedFor(variant, [f]));
  if (!distractors) return undefined;
  const answer = formatDate(d);
  const mcq = draft(ctx, {
    type: "mcq",
    variant,
    facts: [f],
    prompt,
    options: dateOptions(d, distractors),
    answer,
    explanation: explain(ctx, f, `正确答案是${answer}。`),
    tags,
    flags,
  });
  return { mcq, distractors };
}

/**
 * The other mentions of the same dated event in the document ("某某第四次访华" in an infobox and
 * "某某总统第四次访华" in its timeline): the first mention asks it, for all of them; the others ask
 * no when-question of their own (two questions on one event would be the same question twice).
 */
function mentionsOf(ctx: GenContext, f: DateFact, event: string): { first: boolean; others: DateFact[] } {
  const bare = (e: string) => e.replace(/总统|主席|总理|首相|国王|外长|部长/gu, "");
  const others = ctx.dates.filter((g) => {
    if (g === f || g.documentId !== f.documentId || g.value.iso !== f.value.iso || g.value.endIso !== f.value.endIso) return false;
    const e = dateEvent(g, ctx);
    return e !== undefined && (bare(e) === bare(event) || similarity(bare(e), bare(event)) >= 0.8);
  });
  const first = others.every((g) => f.span.start < g.span.start);
  return { first, others };
}

export function buildDateQuestions(ctx: GenContext, f: DateFact): Draft[] {
  const out: Draft[] = [];
  const d = asSimple(f);
  const answerText = formatDate(d);
  const found = dateEvent(f, ctx);
  const mentions = found ? mentionsOf(ctx, f, found) : { first: true, others: [] };
  const event = mentions.first ? found : undefined;
  const when = whenWord(d.precision, Boolean(d.endIso));
  const inferredFlags = f.value.inferred ? ["inferred-date"] : [];
  const forbidden = datesOfSameEvent(ctx, f);
  const tags = ["date", d.precision];

  if (event) {
    const asked = dateMcq(ctx, f, "date-when", whenQuestion(event, when), forbidden, tags, inferredFlags);
    if (asked) {
      const ds = asked.distractors;
      out.push(asked.mcq);
      const tfSeed = seedFor("date-tf", [f]);
      const truth = coin(tfSeed);
      const shown = truth ? answerText : formatDate(ds[0]!);
      out.push(
        draft(ctx, {
          type: "true_false",
          variant: "date-tf",
          facts: [f],
          prompt: `判断正误：${shown}，${event}。`,
          answer: truth,
          explanation: explain(ctx, f, truth ? `正确。` : `错误，应为${answerText}。`),
          tags,
          flags: inferredFlags,
        }),
      );
    }
    if ((d.precision === "year" || d.precision === "month") && !d.endIso) {
      out.push(
        draft(ctx, {
          type: "short_answer",
          variant: "date-short",
          facts: [f],
          prompt: `${whenQuestion(event, when)}（请写出${d.precision === "year" ? "年份" : d.precision === "month" ? "年份和月份" : "时间"}）`,
          answer: answerText,
          accepted: dateSpellings(d),
          explanation: explain(ctx, f, `答案：${answerText}。`),
          tags,
          flags: inferredFlags,
        }),
      );
    }
  }

  // "一、某某阶段（1950—1990）": a period heading of a history, asked by its name
  // (whose stage it is comes from the document's title; the title's own range is no stage of it)
  const period = periodHeading(f);
  const title = simplifiedView(ctx.docs.get(f.documentId)?.title ?? "");
  const subject = period && !title.startsWith(period) ? periodSubject(title) : undefined;
  if (period && subject) {
    const mcq = dateMcq(ctx, f, "date-period", `根据原文，${subject}的“${period}”阶段的起止年份是（    ）。`, forbidden, tags, []);
    if (mcq) out.push(mcq.mcq);
  }

  // "某年是甲乙建交50周年。": the year of an anniversary, asked by the anniversary
  const anniversary = !event ? anniversaryOf(f, ctx) : undefined;
  if (anniversary && (d.precision === "year" || d.precision === "month") && !d.endIso) {
    const asked = d.precision === "year" ? `根据原文，${anniversary}是哪一年？` : `根据原文，${anniversary}是在什么时候？`;
    const mcq = dateMcq(ctx, f, "date-anniversary", asked, forbidden, tags, inferredFlags);
    if (mcq) out.push(mcq.mcq);
  }

  // cloze: the date as written in the clean sentence (not for 同年/次年 …, which have no digits);
  // a date written with a suffix ("2004年以来", "2022年底") is blanked without it, so that the blank
  // takes the date alone and the sentence keeps 以来/起/底
  {
    const key = f.context.keyInSentence;
    const written = key ? f.context.sentence.slice(key.start, key.end) : f.value.text;
    const surface = dateWithoutSuffix(written);
    // a date written relative to another ("今年7月", "去年3月10日") is no answer of its own: it is
    // answered in full when the day it is counted from is known (the document's date, which the bank
    // records, or its item's dateline), the words as written also accepted; else not asked
    const relative = RELATIVE_WORD.test(surface);
    const inFull = relative && /^(?:今年|去年|前年|上月|本月)/u.test(surface) && (Boolean(ctx.docs.get(f.documentId)?.date) || countedFromDateline(ctx, f));
    // a date written in Chinese numerals ("二〇二三年") is answered in figures, the numerals also accepted
    const numerals = !relative && isNumeralDate(surface, d);
    // a bare "今年"/"去年" counted from the document's own date is answered by its year ("今年" also accepted)
    const bareYear = inFull && /^(?:今年|去年|前年)$/u.test(surface) && d.precision === "year" && !d.endIso;
    if (surface && (/\d/.test(surface) || numerals || bareYear) && (!relative || inFull)) {
      const repeated = passageOf(ctx, f).text.split(surface).length > 2;
      const found = repeated ? blankedEverywhere(ctx, f, surface) : blankedPassage(ctx, f, surface, CLOZE_BLANK);
      // ("[00:07:05]嘉宾某某：……": a transcript's time code and speaker are no part of what is said)
      const bp = found && { ...found, text: withoutTranscriptLabel(found.text) };
      // (a spoken filler in the blank's own clause, "一九六三年独立嘛", makes it no clause to complete)
      const spoken = bp !== undefined && /____[^，。；]{0,8}(?:嘛|呃)|(?:嘛|呃)[^，。；]{0,8}____/u.test(bp.text);
      // ("再到今年，二〇二四年九月，……": the year written beside the blank gives the answer away)
      const leaks = bareYear && bp !== undefined && writesYear(bp.text, d.iso.slice(0, 4));
      // (a passage in traditional characters is judged by its simplified view, which names who acts: context.ts hasActor)
      // (nor does a traditional passage whose 兩國/雙方 no country names: "____兩國互免簽證協定生效。")
      const unnamedInTraditional = bp !== undefined && simplifiedView(bp.text) !== bp.text && /两国|双方|三国/u.test(simplifiedView(bp.text)) && !namesParty(ctx, bp.text);
      const readable = bp !== undefined && !unnamedInTraditional && !bp.dangling;
      if (bp && readable && !leaks && !spoken) {
        // a date a table writes in figures ("1986-08", "2017.9", "2004/12/26") is answered in words
        const figures = isFigureDate(surface, d);
        const answer = figures || inFull || numerals ? answerText : surface;
        const accepted = surface === answerText || figures || inFull || numerals ? [...new Set([...dateSpellings(d), surface])] : rangeSpellings(surface);
        out.push(
          draft(ctx, {
            type: "cloze",
            variant: "date-cloze",
            facts: [f],
            prompt: `根据原文填空：${bp.text}`,
            answer,
            accepted,
            blanked: surface,
            explanation: explain(ctx, f, `空格处应填“${answer}”。`),
            tags,
            flags: bp.prepended ? ["context-prepended"] : [],
          }),
        );
      }
    }
  }

  // flashcard: the question on the front, the date and its passage on the back
  const front = event ? whenQuestion(event, when) : undefined;
  if (front) {
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "date-card",
        facts: [f],
        prompt: front,
        front,
        back: answerText,
        explanation: explain(ctx, f, ""),
        tags,
        flags: inferredFlags,
      }),
    );
  }
  // a dateline's question asks its item's "当天" too, and a "当天" of the item asks its dateline
  const line = !isDateline(f) && /^当天/u.test(f.value.text) ? itemDateline(ctx, f) : undefined;
  const sameDay = [...(isDateline(f) ? sameDayFacts(ctx, f) : line && line.value.iso === f.value.iso ? [line] : []), ...(event ? mentions.others : [])];
  return sameDay.length ? out.map((d) => (d.type === "cloze" ? d : { ...d, facts: [...new Set([...d.facts, ...sameDay])] })) : out;
}
