/** The event of a date fact, when it can stand alone in a question ("when did X happen?"). */
import { DANGLING_INSIDE, GENERIC_SUBJECT, leavesSubject, namesParty, pairLabelFor, trioLabelFor, sentenceIndex, sentenceOf, topicOf } from "../context";
import { UNNAMED_PAIR, UNNAMED_TRIO, withPairNamed, withReferentNamed } from "../parties";
import { forumOf } from "../tidy";
import { datesCompatible, formatDate } from "../dates";
import type { DateFact, GenContext } from "../model";
import { cjkLength } from "../text";
import { usableEvent } from "./common";
import { inTraditional, isTraditional, simplifiedView } from "./script";
import { isDateline, countedFromDateline, datedAtHead } from "./date-anchor";
import { unsaidEvent, onlyModifierVerbs, BARE_VISIT, VERB_FAMILIES } from "./date-verbs";
import { SUBJECTLESS, EVENT_VERB, STATISTIC_VERB } from "../event-verbs";
import { withStatement, bracketedMeeting, bracketedCompletion, withSentenceSubject, withAntecedentNamed, withVisitOutcome, pairOfVisit, withClauseSubject, withCountryWritten, withTopicCarried, withChronologyPair, withPreviousTitle, issuedAtClosing } from "./date-subject";
import { asSimple } from "./date-options";

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

/** Words before a date that make it a deadline or a starting point, not the time of an event. */
const NOT_AN_EVENT_BEFORE = /(?:到|至|截至|截止|直至|直到|从|自|自从|早在|不晚于|之前|以前|较|比|与|和|同)\s*$/u;

/**
 * A stance taken in the clause before the date ("双方积极评价2007年5月中方为尼方发射……", "中方欢迎某组织于去年成为……"):
 * the date is the time of what is welcomed or praised, and the clause's event, the welcome, has no date of its own.
 */
const STANCE_BEFORE = /(?:欢迎|评价|赞赏|赞扬|祝贺|感谢|肯定|称赞|回顾)[^，。；：]{0,30}$/u;

/** Words after a date with the same effect (2022年底, 2013年以来, 2030年前 …). */
const NOT_AN_EVENT_AFTER = /^\s*(?:相比|比较|相较|度|底|初|末|中旬|上旬|下旬|以来|以后|之后|之前|以前|前|后|起|至今|期间|间|左右|内|中(?=[，,。；\s]|期)|上半年|下半年|到(?!达)|至|—|-|～|~)/u;

/** "某方早在某年就续签了……": the 就 that stressed how early goes with the date ("某方续签了……"). */
function withoutEarlyJiu(event: string, sentence: string, key: { start: number; end: number }): string {
  if (!/早在\s*$/u.test(sentence.slice(0, key.start)) || !/^\s*就/u.test(sentence.slice(key.end))) return event;
  return event.replace(/(?<=[\u3400-\u9fff]{2})就(?=[\u3400-\u9fff])/u, "");
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

/** Whether the subject of an event has another dated event of the same kind (which one is meant is then not said). */
function sameSubjectElsewhere(ctx: GenContext, f: DateFact, event: string): boolean {
  const head = event.slice(0, 4);
  // the same subject doing the same kind of thing ("某某访华" and "某某访问某国"); a subject whose other
  // events are of another kind ("某港一期开港", "某港特许经营协议签署") is no ambiguity
  const verb = EVENT_VERB.exec(event)?.[0];
  const family = verb ? (VERB_FAMILIES.find((r) => r.test(verb)) ?? new RegExp(verb, "u")) : undefined;
  // (a visit is the event a subject repeats most: any other event of that subject makes it ambiguous)
  const visit = family === VERB_FAMILIES[0];
  return (eventsByHead(ctx, head.length).get(head) ?? []).some(({ g, other }) => {
    if (g === f || datesCompatible(g.value.iso, f.value.iso)) return false;
    return !family || visit || family.test(other);
  });
}

const headIndex = new WeakMap<GenContext, Map<number, Map<string, { g: DateFact; other: string }[]>>>();

/** The corpus's date facts by the first `n` characters of their event (in corpus order), once per generation. */
function eventsByHead(ctx: GenContext, n: number): Map<string, { g: DateFact; other: string }[]> {
  let byLength = headIndex.get(ctx);
  if (!byLength) headIndex.set(ctx, (byLength = new Map()));
  let byHead = byLength.get(n);
  if (!byHead) {
    byHead = new Map();
    for (const g of ctx.dates) {
      const other = g.value.event.replace(/^[\s，,]+/u, "");
      if (other.length < n) continue;
      const k = other.slice(0, n);
      (byHead.get(k) ?? byHead.set(k, []).get(k)!).push({ g, other });
    }
    byLength.set(n, byHead);
  }
  return byHead;
}

export function dateEvent(f: DateFact, ctx?: GenContext): string | undefined {
  // (one character for one: the key's offsets hold)
  const sentence = simplifiedView(f.context.sentence);
  const key = f.context.keyInSentence;
  const dateline = isDateline(f) ? datelineEvent(f) : undefined;
  // "落实2031年签署的“甲乙合作备忘录”": the date is when the named document was signed
  const titled = key && !dateline && !f.value.inferred && !f.value.endIso ? signedTitle(sentence.slice(key.end)) : undefined;
  if (titled) return titled;
  if (key && !dateline) {
    // ("早在2020年就续签……": the event happened then, 早在 only stresses how early)
    const early = /早在\s*$/u.test(sentence.slice(0, key.start)) && /^\s*就/u.test(sentence.slice(key.end));
    if (!early && NOT_AN_EVENT_BEFORE.test(sentence.slice(0, key.start))) return undefined;
    if (STANCE_BEFORE.test(sentence.slice(0, key.start))) return undefined;
    if (NOT_AN_EVENT_AFTER.test(sentence.slice(key.end))) return undefined;
    // ("签署《某某行动计划（2019-2023）》": a period inside a title is the plan's span, not when the event happened)
    if (/《[^《》]*$/u.test(sentence.slice(0, key.start)) && /^[^《》]*》/u.test(sentence.slice(key.end))) return undefined;
    // ("较协定生效前的2013年增长了一倍": a date a 的-phrase describes is a point of comparison or reference, no event's time)
    if (/的\s*$/u.test(sentence.slice(0, key.start))) return undefined;
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
    /上月|本月|今年|去年|前年|明年|近日|日前|上周|本周/u.test(surface) &&
    !(ctx && countedFromDateline(ctx, f)) &&
    !(ctx && /^(?:上月|本月|今年|去年|前年)(?:\d{1,2}月(?:\d{1,2}日)?)?$/u.test(surface) && datedAtHead(ctx, f.documentId))
  )
    return undefined;
  // "两国正式建交": the pair the text around names ("中柬两国正式建交"), when it names one
  // (a traditional text's "兩國" is read through its simplified view, and named in it)
  const plainEvent = simplifiedView(f.value.event.trim());
  // ("三国领导人首次……": the trio the text around names, "中日韩三国领导人……")
  const partyLabel = ctx && UNNAMED_PAIR.test(plainEvent) ? pairLabelFor(ctx, f) : ctx && UNNAMED_TRIO.test(plainEvent) ? trioLabelFor(ctx, f) : undefined;
  // a time of day after a relative date ("前一天晚上，……") is no part of the event; the 已 of
  // "某段已于某日开通" is none either once the date is asked ("某段开通是在什么时候？")
  const partyAt = partyLabel ? withPairNamed(plainEvent, partyLabel) : undefined;
  // "巴拿马于某日建交；" after "其中，甲国于某日同中国建交，……；": a list's clause leaves out the partner its first one names
  const ownEvent = withListPartner(ctx, f, f.value.event.trim());
  const named = (dateline ?? (partyAt ? ownEvent.slice(0, partyAt.at) + partyLabel + ownEvent.slice(partyAt.at) : ownEvent))
    .replace(/^(?:晚上|上午|下午|中午|早上|凌晨|傍晚|当晚)[，,]?/u, "")
    // ("此后甲国、乙国于1975年相继与某国建交": a date of its own makes the 此后 that tied it to the event before none of it)
    .replace(f.value.inferred ? /^$/u : /^(?:此后|其后|后来)[，,]?(?=[\u3400-\u9fff]{2})/u, "")
    .replace(/(?<=[\u3400-\u9fff）)]{2})已(?=(?:正式)?(?:开通|运营|投入|建成|完成|签署|生效|启用|投产|竣工|通车|成立|加入|成为|交付))/u, "")
    // ("某国又成为某组织成员": the 又 ties it to the sentence before; the event stands without it)
    .replace(/(?<=[\u3400-\u9fff）)]{2})又(?=成为)/u, "")
    // ("某国宣布加入某机制就是一例": the pointer to what the text argues is no part of the event)
    .replace(/(?<=[\u3400-\u9fff）)])(?:就|便|即)?是(?:一个)?(?:一例|例子|例证|明证)$/u, "");
  // (a joint statement's closing line, "某年某月于某城", dates the statement itself)
  const closing = key && !dateline && ctx ? issuedAtClosing(simplifiedView(ctx.docs.get(f.documentId)?.title ?? ""), sentence, key) : undefined;
  const meeting = key && !dateline ? (closing ?? bracketedMeeting(sentence, key) ?? bracketedCompletion(sentence, key) ?? withSentenceSubject(named, sentence, key)) : undefined;
  // "某国加入《某公约》，次年10月成为某委员会成员": the second clause's subject is the first's
  // "某委员会于2004年成立，次年8月在北京召开第一次会议": a clause with no subject takes the one of the clause before
  // (a line of a chronology of one pair's relations, "二〇一二年四月　建立……", takes the pair)
  const carried =
    key && !dateline
      ? (withClauseSubject(named, sentence.slice(0, key.start)) ?? withTopicCarried(sentence, key, ctx && previousSentence(ctx, f)) ?? chronologyLine(ctx, f, named, sentence.slice(0, key.start)) ?? withPreviousTitle(named.trim(), sentence.slice(0, key.start), ctx && previousSentence(ctx, f, true)) ?? named)
      : named;
  const resolved = meeting ?? (key && !dateline ? withAntecedentNamed(withoutEarlyJiu(carried, sentence, key), sentence.slice(0, key.start), ctx && previousSentence(ctx, f)) : carried);
  const told = !dateline && key ? withStatement(resolved, simplifiedView(sentence).slice(key.end)) : resolved;
  // (a letter says which it was by what it said: "丙部长致信丁协会，告知暂停合作"; a letter alone is one of many)
  const stated = LETTER.test(told) ? withLetterContent(told, key && !dateline ? simplifiedView(sentence).slice(key.end) : "") : told;
  if (stated === undefined) return undefined;
  // "论坛首届部长级会议在某地举行": the one forum the document names in full is the 论坛 meant
  const forumed = ctx && /^论坛(?=首届|第[一二三四五六七八九十\d]+届|[\u3400-\u9fff]{2,8}(?:峰会|部长级会议))/u.test(stated) ? withForum(ctx, f, stated) : stated;
  // "某某总统访华" happens more than once: the clause after it says which visit ("……访华，两国签署……")
  const own = simplifiedView(f.value.event.trim());
  const at = dateline ? -1 : sentence.indexOf(own);
  const rest = at >= 0 ? sentence.slice(at + own.length) : "";
  const visited = withVisitOutcome(forumed, rest, ctx && /^[，,](?:两国|双方)/u.test(rest) ? (pairLabelFor(ctx, f) ?? pairOfVisit(own)) : undefined);
  if (visited === undefined) return undefined;
  // "斯总理某某访华": a one-character country form is written out when the document names the country in full
  const written = withCountryWritten(visited, ctx?.docs.get(f.documentId)?.text ?? "");
  if (written === undefined) return undefined;
  const subjected = withHeadingTopic(ctx, f, withSentenceReferent(ctx, f, written, sentence, surface));
  // "中挪建交" (four characters) is "中挪两国建交": the pair's short form names both
  const paired = subjected.replace(/^(中[\u3400-\u9fff])((?:正式)?(?:建交|复交))$/u, "$1两国$2");
  const e = usableEvent(paired, [f.value.text, formatDate(asSimple(f))]);
  if (e && simplifiedView(e) !== usableEvent(simplifiedView(paired), [simplifiedView(f.value.text), formatDate(asSimple(f))])) return undefined;
  if (!e || e.length > 48 || (e.match(/[，,；;]/g) ?? []).length > 1 || /[…]|\.\.\./u.test(e)) return undefined;
  // a short event whose subject has other dated events ("某某访问某地" happens more than once) is ambiguous
  // (an ordinal names one of them: "某某第四次访华")
  if (cjkLength(e) < 12 && ctx && !/第[一二三四五六七八九十\d]+次|首次/u.test(e) && sameSubjectElsewhere(ctx, f, e)) return undefined;
  // a traditional text is read through the simplified patterns; a pair it leaves unnamed stays unnamed
  // ("中泰兩國" names its pair: a short form of China and one country before 兩國/雙方)
  if (/兩國|雙方|三國/u.test((partyLabel ? e.replace(new RegExp(`${partyLabel}(?:兩國|雙方)`, "u"), "") : e).replace(/中[\u3400-\u9fff](?:兩國|雙方)/gu, ""))) return undefined;
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
  // "《某协定》签署", "《某倡议》发表": the agreement's own question asks when, when it has this date
  const signed = /^《([^《》]+)》(?:在[\u3400-\u9fff]{2,6}?)?(?:正式)?(?:签署|签订|发表)$/u.exec(e)?.[1];
  if (signed && ctx?.agreements.some((a) => a.value.name.replace(/^《|》$/gu, "") === signed && a.value.date === f.value.iso)) return undefined;
  return checkedEvent(simplifiedView(e), sentence, key, f, partyLabel) ? e : undefined;
}

/**
 * The event of a chronology's line with the pair its heading names as subject (in the text's script), or
 * undefined: the date opens the line, and the nearest heading before it (a heading line, a "【……】" line, or
 * the document's title when no heading comes first) is the chronology of one pair's relations.
 */
function chronologyLine(ctx: GenContext | undefined, f: DateFact, event: string, before: string): string | undefined {
  if (!ctx || !/^\s*(?:[-*•·◆▪]\s*)?$/u.test(before)) return undefined;
  const list = ctx.sentences.get(f.documentId) ?? [];
  const own = sentenceOf(ctx, f);
  const i = own ? list.indexOf(own) : -1;
  if (i < 0) return undefined;
  let heading: string | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 30) && heading === undefined; j--) {
    const s = list[j]!;
    if (s.blockLabel === "heading" || /^\s*【/u.test(s.text)) heading = s.text;
  }
  const named = withChronologyPair(simplifiedView(event.trim()), simplifiedView(heading ?? ctx.docs.get(f.documentId)?.title ?? ""));
  if (!named) return undefined;
  const label = named.slice(0, named.length - simplifiedView(event.trim()).length);
  return (isTraditional(ctx.docs.get(f.documentId)?.text ?? f.context.sentence) ? inTraditional(label) : label) + event.trim();
}

/**
 * "萨尔瓦多于某日建交" in a list whose first clause names the partner ("其中，甲国于某日同中国建交，……；乙国于某日建交；"):
 * the clause's subject, the partner and 建交 ("萨尔瓦多同中国建交"); the event unchanged for any other.
 */
function withListPartner(ctx: GenContext | undefined, f: DateFact, event: string): string {
  const m = /^([\u3400-\u9fff]{2,10}?)((?:正式)?建交)$/u.exec(event);
  const key = f.context.keyInSentence;
  if (!ctx || !m || !key || /^(?:两国|双方|三国|该国|其|各国|多国)/u.test(m[1]!)) return event;
  // (the fact's own clause is "某国于某日建交；", one clause of the list)
  if (f.context.sentence.slice(0, key.start).trimStart() !== `${m[1]}于` || !/^\s*(?:正式)?建交[；;。]?\s*$/u.test(f.context.sentence.slice(key.end))) return event;
  const list = ctx.sentences.get(f.documentId) ?? [];
  const i = sentenceIndex(ctx, f);
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = simplifiedView(list[j]!.text);
    if (list[j]!.paragraph !== list[i]!.paragraph || !/[；;]$/u.test(t)) return event;
    const partner = /于[^，；。]{4,16}?(?:同|与|和)(中国|中华人民共和国)(?:正式)?建交/u.exec(t)?.[1];
    if (partner) return `${m[1]}同${partner}${m[2]}`;
    if (!/^[\u3400-\u9fff]{2,10}于[^，；。]{4,16}?(?:正式)?建交[；;]$/u.test(t)) return event;
  }
  return event;
}

/**
 * "签署的“甲乙合作备忘录”" right after a date: the document named, and its signing ("“甲乙合作备忘录”签署"); undefined
 * for any other words, or a name too short or too generic to say which document it is. (A title in 《》 is the
 * agreement builder's to ask: "《某协定》是在哪一年签署的？" tests the date with it.)
 */
function signedTitle(after: string): string | undefined {
  const m = /^\s*(签署|签订)的\s*“([^《》“”]{4,40})”/u.exec(after);
  const name = m?.[2];
  if (!name || !/(?:协定|协议|备忘录|条约|公约|议定书|宣言|声明|计划|纲要)$/u.test(name) || /^(?:联合声明|联合公报|合作备忘录|谅解备忘录|协议|协定)$/u.test(name)) return undefined;
  return `“${name}”${m[1]}`;
}

/** A letter sent ("丙方致函丁会", "致信各成员", "互致贺函"), as the last words of an event. */
const LETTER = /(?:致函|致信)[^，。；！？]{0,16}$/u;

/**
 * A letter's event with what the letter said, the clause after it in the sentence (`after`, the sentence after the
 * date): "……致信各成员，宣布延期举办年会". A letter one side sent ("丙部长致信丁协会") stands alone when no such
 * clause can follow it (none, or one that leaves its object out: "告知将会加入"); an exchange of letters (互致), the
 * routine of every anniversary, does not (undefined).
 */
function withLetterContent(event: string, after: string): string | undefined {
  const said = /^[^。；！？]*?(?:致函|致信)[^，。；！？]*[，,]((?:表示|宣布|共同宣布|告知|通知)[^，。；！？]{2,30})(?=[。；！？]|$)/u.exec(after)?.[1];
  if (said && !DANGLING_INSIDE.test(said) && !/(?:加入|签署|签订|发表|提出)$/u.test(said)) return `${event}，${said}`;
  return /互致/u.test(event) ? undefined : event;
}

/**
 * "港口全面投运" after sentences on "丁湾港": its name ("丁湾港全面投运"), as the passage names it; only the name its
 * whole sentence takes too ("……缔结《丙公约》后，公约自……起实施" names its own), and not for a date counted from
 * another ("公约实施当天"), whose day the text around may not give.
 */
function withSentenceReferent(ctx: GenContext | undefined, f: DateFact, event: string, sentence: string, surface: string): string {
  const i = ctx ? sentenceIndex(ctx, f) : -1;
  if (!ctx || i < 0 || (f.value.inferred && /^(?:当日|当天|同日|即日)/u.test(surface))) return event;
  const list = ctx.sentences.get(f.documentId) ?? [];
  const inEvent = withReferentNamed(ctx, f.documentId, list, i, event);
  const inSentence = inEvent && withReferentNamed(ctx, f.documentId, list, i, sentence);
  const shownName = (r: { text: string; at: number; added: number }) => r.text.slice(r.at, r.at + r.added);
  return inEvent && inSentence && shownName(inEvent) === shownName(inSentence) ? inEvent.text : event;
}

/**
 * "首批机组并网" in the item "丁河水电项目：……", "开园" under a slide's heading "丁戊物流园": the event with the name
 * it leaves out ("丁河水电项目的首批机组并网", "丁戊物流园开园"); not a signing (a park or an agreement signs nothing,
 * "丙公约签署补充文件"), nor a bullet with a subject of its own.
 */
function withHeadingTopic(ctx: GenContext | undefined, f: DateFact, event: string): string {
  const topic = ctx ? topicOf(ctx, f.documentId, sentenceIndex(ctx, f)) : undefined;
  if (!ctx || !topic || event.includes(topic.name) || /^(?:签署|签订)/u.test(event)) return event;
  const first = event.split(/[，,]/u)[0]!;
  if (topic.how === "lead" ? !GENERIC_SUBJECT.test(event) : !leavesSubject(first) || namesParty(ctx, first)) return event;
  // (a bullet's measures after its event are no part of it: "通车，全长约40公里" is "通车")
  const own = topic.how === "bullet" && /^[^，,]+[，,](?:全长|总长|长约|总投资|投资额|装机|面积|设计时速)/u.test(event) ? first : event;
  return GENERIC_SUBJECT.test(own) ? `${topic.name}的${own}` : `${topic.name}${own}`;
}

/** The sentence before a fact's own in its paragraph (or in any paragraph, `across`) (simplified), or undefined. */
function previousSentence(ctx: GenContext, f: DateFact, across = false): string | undefined {
  const list = ctx.sentences.get(f.documentId) ?? [];
  const own = sentenceOf(ctx, f);
  const i = own ? list.indexOf(own) : -1;
  const prev = i > 0 ? list[i - 1] : undefined;
  return prev && (across || prev.paragraph === own!.paragraph) ? simplifiedView(prev.text) : undefined;
}

function checkedEvent(e: string, sentence: string, key: { start: number; end: number } | undefined, f: DateFact, partyLabel: string | undefined): boolean {
  const dateline = isDateline(f);
  if (SUBJECTLESS.test(e) || (!EVENT_VERB.test(e) && !/(?:表示|指出|强调|宣布|说)，/u.test(e))) return false;
  if (unsaidEvent(e)) return false;
  // "在某地举行的第四次会议": the only verb modifies the noun, and nothing is said to happen
  // (a visit and the clause that says which one it was: the visit is the event)
  const first = e.split(/[，,]/u)[0]!;
  if (onlyModifierVerbs(BARE_VISIT.test(first) && first !== e ? first : e)) return false;
  // what was joined or signed is missing: "某国加入" (not when it is the subject: "《某声明》在某城发表")
  if (/(?:加入|签署|签订|发表|提出)$/u.test(e) && !/^《[^《》]+》(?:在[\u3400-\u9fff]{2,6}?)?(?:正式)?(?:签署|签订|发表)$/u.test(e)) return false;
  // "中某两国发表联合声明", "某方同某国政府签署协议": a document named by its kind alone, with no title, subject or
  // place to say which, is one of the many such a pair signs (a place, "在某城签署协议", says which meeting)
  if (/^(?![^，,]*在)[^，,]*(?:发表|签署|签订|发布)了?(?:联合声明|联合公报|谅解备忘录|合作文件|协议|协定)$/u.test(e)) return false;
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
  const plain = partyLabel ? e.replace(partyLabel, "") : e;
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
