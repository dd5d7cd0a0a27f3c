/** Naming what a date's clause leaves unnamed: its subject, the meeting or title it points back to, what was said, which visit. */
import { DANGLING_START } from "../context";
import { COUNTRY_ABBREVIATIONS } from "../../extract/vocabulary";
import { balanced } from "./common";
import { onlyModifierVerbs, BARE_VISIT } from "./date-verbs";
import { EVENT_VERB } from "../event-verbs";

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

/**
 * An event that opens on 前者/后者 or on a bare 会议/峰会 that the clause before the date has named:
 * "……《甲》和《乙》，后者于某日生效" → "《乙》生效"; "某某发起甲会议，……会议于某月召开" → "甲会议召开".
 * The event as it was when the name is not certain (no title, or two meetings).
 */
export function withAntecedentNamed(event: string, before: string, previous?: string): string {
  const pointer = /^(前者|后者)/u.exec(event);
  if (pointer) {
    const titles = [...before.matchAll(/《[^《》]{2,40}》/gu)].map((m) => m[0]);
    if (titles.length >= 2) return (pointer[1] === "后者" ? titles[titles.length - 1]! : titles[titles.length - 2]!) + event.slice(2);
    // "……指甲产业园区与乙产业园区两个园区……。前者于某月开园，后者于某月开园": two names of one kind, in this
    // sentence or the one before (the event without the other one's clause)
    const pair = titles.length === 0 ? (namedPairOf(before) ?? (previous ? namedPairOf(previous) : undefined)) : undefined;
    if (!pair) return event;
    return (pointer[1] === "后者" ? pair[1] : pair[0]) + event.replace(/[，,](?:前者|后者)[^，,]*$/u, "").slice(2);
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

/**
 * Two names of one kind joined by 与/和/及 ("甲产业园区与乙产业园区两个园区"): both end on the same two characters,
 * and the pair stands after a punctuation mark or a word that introduces it (指, 包括, 即, 是, 为). Undefined for
 * none, or for more than one such pair.
 */
export function namedPairOf(text: string): [string, string] | undefined {
  const pairs = [...text.matchAll(/(?:^|[，。；：、“”]|指|包括|即|是|为)([\u3400-\u9fff]{3,14}?)(?:与|和|及)([\u3400-\u9fff]{3,14}?)(?=两个|这两|两座|两家|两条|两项|两所|[，。；])/gu)]
    .map((m) => [m[1]!.replace(/^(?:指|包括|即|是|为)/u, ""), m[2]!] as [string, string])
    .filter(([a, b]) => a !== b && a.slice(-2) === b.slice(-2) && !/^(?:其|该|此|这|双方|两国)/u.test(a));
  return pairs.length === 1 ? pairs[0] : undefined;
}

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

/** A date written in figures or Chinese numerals ("2004年", "２０２４年１月１日", "一九九九年二月"). */
const WRITTEN_YEAR = /(?:[0-9０-９]{3,4}|[〇○零一二三四五六七八九]{4})\s*年/u;
/** A clause that goes on with its verb: no subject of its own ("在北京召开……", "首次以……出席……", "全线通车"). */
const GOES_ON_WITH_VERB = new RegExp(
  `^(?:正式|首次|再次|又|也|还|全线|全面|顺利|成功|共同|即|便|就)?(?:在[\u3400-\u9fff]{1,10}?|以[\u3400-\u9fff]{1,10}?(?:身份|名义|方式))?(?:正式|首次|再次|全线|全面)?(?:${EVENT_VERB.source})`,
  "u",
);
/** Words that open a clause on a time, a place or a relation, not on its subject. */
const NOT_A_SUBJECT = /^(?:在|当|自|从|随着|与|同|和|跟|对|由|经|据|截至|截止|到|至|早在|约|近|共|为|因|以|按|根据|除|于|从此|此后|随后|其后|后来|但|而|并|且|如|若|则)/u;

/**
 * "某委员会于2004年成立，次年8月在北京召开第一次会议", "某人1582年到达某地，1601年进入某城", "甲国于某日正式成为
 * 某组织成员国；某年某月成为某组织对话伙伴": a date that opens a clause with no subject of its own (it goes on
 * with its verb), right after a clause that opens on its subject and its own date ("X于某年……" or "X某年……"):
 * that subject is the clause's ("某委员会在北京召开第一次会议"); `previous`, the sentence before, when a "；" ended it.
 * Undefined when the clause before has no such
 * subject (a pronoun, an unnamed pair, a time or a place first, a verb in it), or the clause has its own.
 */
export function withTopicCarried(sentence: string, key: { start: number; end: number }, previous?: string): string | undefined {
  // (a list's items split at "；" are sentences of their own: the item before is the clause before)
  const own = sentence.slice(0, key.start);
  const before = /^\s*$/u.test(own) && previous && /[；;]\s*$/u.test(previous) ? previous : own;
  const prev = /(?:^|[，,；;。：:])\s*([^，,；;。：:]+?)[，,；;]\s*$/u.exec(before)?.[1];
  if (!prev) return undefined;
  const at = WRITTEN_YEAR.exec(prev);
  if (!at) return undefined;
  const subject = prev.slice(0, at.index).replace(/(?:于|在)\s*$/u, "").trim();
  // (the subject ends where its date begins: a month or a day before the year is none)
  if (!/^[\u3400-\u9fff“”《》·—0-9.]{2,24}$/u.test(subject) || !/[\u3400-\u9fff]{2}/u.test(subject) || !balanced(subject)) return undefined;
  if (DANGLING_START.test(subject) || NOT_A_SUBJECT.test(subject) || /^(?:双方|两国|三国|各方|他|她|它|我|你|本|该|其)/u.test(subject)) return undefined;
  if (EVENT_VERB.test(subject) && !onlyModifierVerbs(subject)) return undefined;
  const clause = /^[^，,；;。！？!?（(]+/u.exec(sentence.slice(key.end))?.[0]?.trim();
  if (!clause || !GOES_ON_WITH_VERB.test(clause)) return undefined;
  return subject + clause.replace(/^(?:又|也|还|即|便|就)/u, "");
}

/** A chronology of one pair's relations ("中泰关系大事记", "中国—某国关系大事年表"): the pair's short or full form. */
const CHRONOLOGY_OF_PAIR = /(?:^|[】：:\s])(中[\u3400-\u9fff]|中国(?:—|-|同|与|和)[\u3400-\u9fff]{2,8}?)(?:两国)?关系(?:大事记|大事年表|年表|时间线|纪事)/u;
/** A chronology line's event that opens on what both sides did, with no subject of its own. */
const PAIR_VERB_FIRST = /^(?:正式|共同)?(?:签署|签订|建立|发表|同意|宣布|决定|建交|复交|恢复|启动|达成|举行|提升|升级|构建)/u;

/**
 * "【资料】中泰关系大事记 …… 二〇一二年四月　建立全面战略合作伙伴关系": a line of a chronology of one pair's
 * relations whose event opens on what both sides did takes the pair as its subject ("中泰两国建立……"); `heading`
 * is the chronology's heading (simplified). Undefined when the heading names no pair, or the event has a subject.
 */
export function withChronologyPair(event: string, heading: string): string | undefined {
  const pair = CHRONOLOGY_OF_PAIR.exec(heading)?.[1];
  if (!pair || !PAIR_VERB_FIRST.test(event)) return undefined;
  const label = /^中[\u3400-\u9fff]$/u.test(pair) ? pair : `中国和${pair.replace(/^中国(?:—|-|同|与|和)/u, "")}`;
  return `${label}两国${event}`;
}

/**
 * "《某协定》于2031年1月1日正式生效……。同年2月1日起对甲国生效，2032年6月2日对乙国生效": an entry into force with
 * no subject, in a sentence whose clauses before it are dates and entries into force alone, takes the one title
 * of the sentence before that entered into force ("《某协定》对乙国生效"). Undefined otherwise.
 */
export function withPreviousTitle(event: string, before: string, previous: string | undefined): string | undefined {
  if (!previous || !/^(?:对[\u3400-\u9fff]{2,10}?)?(?:正式)?生效$/u.test(event)) return undefined;
  const rest = before
    .replace(/(?:同年|次年|当年|同月|次月)?(?:[0-9]{1,4}|[〇○零一二三四五六七八九十]{1,4})?\s*年?\s*(?:[0-9]{1,2}\s*月)?\s*(?:[0-9]{1,2}\s*日)?(?:起)?(?:对[\u3400-\u9fff]{2,10}?)?(?:正式)?生效[，,]/gu, "")
    .trim();
  if (rest !== "") return undefined;
  const titles = [...new Set(previous.match(/《[^《》]{2,40}》/gu) ?? [])];
  if (titles.length !== 1 || !previous.slice(previous.indexOf(titles[0]!)).includes("生效")) return undefined;
  return titles[0]! + event;
}

/**
 * "二〇三一年十一月　于某城" closing a document that is itself a joint statement (its title "……联合声明"): the
 * statement was issued there then ("《……联合声明》在某城发表"). Undefined for any other line or title.
 */
export function issuedAtClosing(title: string, sentence: string, key: { start: number; end: number }): string | undefined {
  if (!/^\s*$/u.test(sentence.slice(0, key.start))) return undefined;
  const place = /^\s*于\s*([\u3400-\u9fff]{2,6}?)\s*(?:[（(]完[）)])?\s*$/u.exec(sentence.slice(key.end))?.[1];
  const name = title
    .trim()
    .replace(/^#+\s*/u, "")
    .replace(/\s*[（(]全文[）)]\s*$/u, "")
    .trim();
  if (!place || !/^[\u3400-\u9fff、“”—·]{6,40}(?:联合声明|联合宣言|联合公报)$/u.test(name)) return undefined;
  return `《${name}》在${place}发表`;
}
