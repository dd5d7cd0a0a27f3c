/**
 * Last touches to the text a question shows (prompt, flashcard front), never to its source quote:
 * a printed page's running head glued to a sentence is left out, and a forum's bare short form
 * ("论坛某地峰会") gets the forum's name the document gives.
 */
import type { GenContext } from "./model";
import { MONTH_DAY, NEWS_SITES, WIRES, reporterNote, senderOf } from "../dateline";
import { SURNAMES } from "../normalise/lines";
import { COUNTRY_FORMS } from "../extract/vocabulary";

/** An instruction opening a prompt up to its colon, ended by one of `words` ("根据原文填空：", "阅读原文，选择填入括号的一项："). */
const instructionOn = (words: string) => String.raw`[^：:]{2,16}?(?:${words})[^：:]{0,8}[：:]`;
const INSTRUCTION_WORDS = "填空|一项|数字|几项|原文";
/** The instruction a prompt opens with ("根据原文填空：", "阅读原文，选择填入括号的一项："). */
const INSTRUCTION = instructionOn(INSTRUCTION_WORDS);
/** …or a true-or-false question's ("判断正误："). */
const INSTRUCTION_OR_TRUE_FALSE = instructionOn(`${INSTRUCTION_WORDS}|正误`);

/** "某某研究2024年第2期" (a journal's running head), and the section heading glued after it when a date follows. */
const RUNNING_HEAD = /(^|[：:\n])[\u3400-\u9fff]{2,12}(?:19|20)\d{2}年第\s*\d{1,2}\s*期(?:[一二三四五六七八九十]{1,3}、[^，。；：\d（）()]{2,14}?(?<![于在至到自从])(?=\d{4}年|(?:_{2,}|（\s*）)[，,]))?/u;

export function withoutRunningHead(text: string): string {
  const m = RUNNING_HEAD.exec(text);
  if (!m) return text;
  const rest = text.slice(m.index + m[0].length);
  // only when what is left starts a sentence (a date or a blank), not the middle of a heading
  if (!/^(?:\d{4}年|_{2,}|（\s*）)/u.test(rest)) return text;
  return text.slice(0, m.index) + m[1] + rest;
}

/** The one forum a document names in full ("中国—某某合作论坛"), when it names exactly one. */
export function forumOf(docText: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of docText.matchAll(/中国—[\u3400-\u9fff]{2,12}?论坛|中[\u3400-\u9fff]合作论坛/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => !/论坛.+论坛/u.test(n));
  if (names.length === 0) return undefined;
  // several spellings of one forum ("中国—某某国家合作论坛", "中某合作论坛") are fine; the full spelling is shown
  names.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const full = names.filter((n) => n.startsWith("中国—"));
  if (full.length > 1) return undefined;
  return full[0] ?? (names.length === 1 ? names[0] : undefined);
}

/** "论坛某地峰会" at the start of a clause, with no forum named anywhere in the text, takes the forum's name. */
export function withForumName(text: string, forum: string | undefined): string {
  if (!forum || /[\u3400-\u9fff]论坛/u.test(text)) return text;
  return text.replace(/(^|[，。；：\n])论坛(?=[\u3400-\u9fff]{2,8}(?:峰会|部长级会议|会晤)|第[一二三四五六七八九十\d]+届|首届)/gu, `$1${forum}`);
}

/** A printed page's number and running head inside a sentence ("某桥·46·某某研究2024年第4期于……"). */
const INLINE_HEAD = /[·•]\s*\d{1,4}\s*[·•][\u3400-\u9fff]{2,12}(?:19|20)\d{2}年第\s*\d{1,2}\s*期/gu;

export function withoutInlineHead(text: string): string {
  return text.replace(INLINE_HEAD, "");
}

/**
 * A markdown table flattened into one line ("|年份|文件||---|---|| 2001 |《甲》|| ____ |《乙》|"):
 * the row holding the blank is shown as "年份：____；文件：《乙》"; a table with one row left and one
 * cell in it (an event phrase cut from a row) is shown as that cell. Anything else is left as written
 * (and the self-check drops it as artefact:markdown).
 */
export function withoutTable(text: string): string {
  const m = /\|[^\n]*\|\s*:?-{3,}:?\s*\|[^\n]*\|/u.exec(text);
  if (!m) return text;
  const rows = m[0]
    .replace(/^\||\|$/gu, "")
    .split(/\|\s*\|/u)
    .map((r) => r.split("|").map((c) => c.trim()));
  const sep = rows.findIndex((r) => r.every((c) => /^:?-{3,}:?$/u.test(c) || c === ""));
  if (sep !== 1) return text;
  const head = rows[0]!;
  const body = rows.slice(2).filter((r) => r.some((c) => c !== ""));
  const blank = /_{2,}|（\s*）/u;
  const withBlank = body.filter((r) => r.some((c) => blank.test(c)));
  let shown: string | undefined;
  if (withBlank.length === 1 && withBlank[0]!.length === head.length && head.every((h) => h !== "")) {
    shown = head.map((h, i) => `${h}：${withBlank[0]![i]}`).join("；");
  } else if (withBlank.length === 0 && body.length === 1) {
    const cells = body[0]!.filter((c) => c !== "");
    if (cells.length === 1) shown = cells[0];
  }
  if (shown === undefined || /\|/u.test(shown)) return text;
  let rest = text.slice(m.index + m[0].length);
  // the next sentence glued after the table ("……在理念层面……", "1.在……") is not part of the row
  const nl = rest.indexOf("\n");
  const [line, after] = nl < 0 ? [rest, ""] : [rest.slice(0, nl), rest.slice(nl)];
  if (line !== "" && !/^[^。]{0,16}[？?]/u.test(line)) rest = `。${after}`;
  return text.slice(0, m.index) + shown + rest;
}

/** A section's number ("（二）", "二、") opening a prompt, or what it shows after its instruction. */
const SECTION_NUMBER_AT_START = new RegExp(String.raw`(^|^${INSTRUCTION})\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)\s*(?=[\u3400-\u9fff“《])`, "u");

/**
 * A list number left inside a shown sentence ("2023年，2.甲与乙将……", "，①甲……", "（二）甲……" at the
 * start): the number belongs to the source's layout, not to the sentence. A decimal ("2.5%") or a
 * reference ("第（二）项") is kept.
 */
export function withoutListNumber(text: string): string {
  return text
    .replace(/(^|[，；：,;:])\s*(?:\d{1,2}[.．](?!\d)|[①-⑳]|[（(]\d{1,2}[）)])\s*(?=[\u3400-\u9fff“《])/gu, "$1")
    .replace(SECTION_NUMBER_AT_START, "$1");
}

/**
 * A speaker's or a handout's label before the sentence ("发言人：", "某某社记者：", "主席先生，各位同事：",
 * "阅读材料：", "出示材料：", "教师补充：") or a figure's number ("图7-3 "): not part of what is asked.
 */
export function withoutSpeakerLabel(text: string): string {
  return text
    // a web page's buttons before its text ("【打印本页】【关闭窗口】编者按：……")
    .replace(/(^|[：:])(?:【(?:我要纠错|打印本页|关闭窗口)】\s*)+/u, "$1")
    .replace(/(^|[：:])(?:发言人|[\u3400-\u9fff]{2,8}记者|主席先生，各位同事|各位同事|女士们，先生们|女士们、先生们|阅读材料|出示材料|播放视频|材料[一二三四五六七八九十\d]?|教师补充|教师讲解|补充材料|知识链接|小贴士|摘要|编者按|旁白|画外音|字幕|受访者(?:（[^）]{1,12}）)?|温馨提示|特别提示|补充|[\u3400-\u9fff]{0,6}发布(?:一条|以下)?消息)[：:]/u, "$1")
    // a speaker's label whose colon a cut turned into a comma ("发言人，……并签署……")
    .replace(/(^|[：:])发言人[，,](?=……)/u, "$1")
    // a narrator's label; kept where the line opens on a word pointing back ("解说：其中，……"), which the self-check judges as it stands
    .replace(/(^|[：:])解说[：:](?!其|这|该|此|同时|另外|此外)/u, "$1")
    // a script's cue ("【字幕】", "【解说】") before the line
    .replace(/(^|[：:。；])【[\u3400-\u9fff]{2,4}】(?=[\u3400-\u9fff\d“])/u, "$1")
    .replace(/(^|[：:])图\s?\d{1,2}(?:[-—–.．]\d{1,2})?\s+(?=[\u3400-\u9fff\d_（])/u, "$1");
}

/** A short label opening what a prompt shows, after its instruction if any ("某某：", a speaker's name or not). */
const LABEL_AT_START = new RegExp(String.raw`(^|^${INSTRUCTION_OR_TRUE_FALSE})([\u3400-\u9fff]{2,3})[：:](?=[\u3400-\u9fff\d“《_（])`, "u");

/** Labels that open on a surname's character but name no one (a narrator's label is left to withoutSpeakerLabel). */
const NOT_NAMES = /^(?:解说|主持人?|时间|地点|任务|目标|方向|成果|金额|原则|答案|史料|高层|安全|向量)$/u;

/** Country names, short and long, that a label before a colon may be ("韩国：", "越南："): a side, never a speaker. */
const COUNTRY_WORDS = new Set(COUNTRY_FORMS.flatMap(([a, b]) => [a, b]));

/**
 * A person's name as a speaker's label opening the line ("某某：……" in a press conference's answers, a surname and
 * one or two characters), and a speaker's framing of what he says ("据我了解，", "据我所知，"): the speaker's, not the
 * sentence's. A side ("韩方：", "某国："), a body ("某某部：") or a topic ("高层往来：") is no name and stays.
 */
export function withoutSpokenFrame(text: string): string {
  return text
    .replace(LABEL_AT_START, (m, lead: string, name: string) =>
      SURNAMES.includes(name[0]!) && !/[方国军党盟会部委局院省市区县州岛际内外业层务贸化济]$/u.test(name) && !COUNTRY_WORDS.has(name) && !NOT_NAMES.test(name) ? lead : m,
    )
    .replace(/(^|[：:])(?:据我(?:所)?了解|据我所知|就我所知)[，,]/u, "$1");
}

/** Topic words a table or a fact sheet files its lines under ("能源：", "，经贸，"). */
const TOPIC = "(?:政治|经贸|人文|援助|高层往来|金融|安全|文化|军事|科技|教育|能源|投资|贸易|农业|交通|卫生|项目)";

/** Topic words a fact sheet files a line under, never a table's cell ("基础设施：某铁路……", "港口物流：2015年9月，……"). */
const LINE_TOPIC = "(?:基础设施|港口物流|数字经济)";

/**
 * A fact sheet's topic before its line ("能源：某电厂总投资约……") and a table's category cell left
 * between commas ("签订某协定，援助，贷款金额……"): the layout's filing, not part of the sentence.
 */
export function withoutTopicLabel(text: string): string {
  return text
    .replace(new RegExp(`(^|[：:])(?:${TOPIC}|${LINE_TOPIC}|[\u3400-\u9fff]{1,4}层面)[：:](?=[\u3400-\u9fff\\d“《])`, "u"), "$1")
    .replace(new RegExp(`[，,]${TOPIC}(?=[，,。；]|$)`, "gu"), "")
    .replace(new RegExp(`(?<=[\\d个项所座条])[：:]${TOPIC}[，,]`, "gu"), "，")
    // a table's notes header glued to its cell ("交付使用，备注共1996套住房")
    .replace(/(?<=[，,])备注(?=[\u3400-\u9fff\d])/gu, "");
}

/** A table's date written "2031-05：" (or "2031-05-17：", "2031/5/17：") before its line reads "2031年5月："/"2031年5月17日：" (the layout's digits, the sentence's words). */
export function withWrittenMonth(text: string): string {
  return text.replace(
    /(^|[：:\n])((?:19|20)\d{2})([-/])(0?[1-9]|1[0-2])(?:\3(0?[1-9]|[12]\d|3[01]))?(?=[：:])/gu,
    (_, lead: string, y: string, _sep: string, m: string, d: string | undefined) => `${lead}${y}年${Number(m)}月${d ? `${Number(d)}日` : ""}`,
  );
}

/** A speaker's filler word in a transcript ("嗯，", "呃，") at the start of a clause. */
export function withoutFiller(text: string): string {
  return text.replace(/(^|[，。；：,;:])\s*(?:嗯|呃|额|啊)[，,]\s*/gu, "$1");
}

/**
 * A speaker correcting himself ("两千零一十五年，不对，是两千零一十七年五月", "三十年，不对，是二十七年") reads as
 * what he settled on; an English gloss after 就是 ("北京峰会，就是FOCAC，") goes.
 */
export function withoutSelfCorrection(text: string): string {
  return text
    .replace(/[零〇一二三四五六七八九十百千万两\d]+(?:年|个|公里|月|天|人次)?[，,]\s*不对[，,]\s*是/gu, "")
    .replace(/[，,]\s*就是\s*[A-Za-z][A-Za-z\s-]*(?=[，。,；])/gu, "");
}

/**
 * A chat message's or a talk's aside before what it says ("某某这块我先放几个数：", "这个我来补：",
 * "某事要写具体一点：", "简单讲就行：", "@某人 "): the speaker addressing the group, not the sentence.
 */
export function withoutChatLead(text: string): string {
  return text
    // a reply to the message before ("不对，是2031年……", "没错，他说得对，是……", "对，某国是……"): what follows is the statement
    // (a bare 对 only before words: "某某友好城市：对，12" is a table's unit, pairs)
    .replace(/(^|[：:])\s*(?:(?:不对|没错|是的)(?:不对)?[，,]\s*(?:[\u3400-\u9fff]{1,8}[，,]\s*(?=是(?:\d|[〇零一二三四五六七八九]{4}|_{2,}|（\s*）)))?(?:是(?=\d|[〇零一二三四五六七八九]{4}|_{2,}|（\s*）))?|对[，,]\s*(?=[\u3400-\u9fff“《]))(?=[\u3400-\u9fff\d“《_（])/u, "$1")
    // an answer's or a comment's own aside ("先说结论：", "总结一句：", "另外补一句，")
    .replace(/(^|[：:])\s*(?:另外)?(?:先说结论|总结一句|补(?:充)?一句)[：:，,]\s*(?=[\u3400-\u9fff\d“《_（])/u, "$1")
    .replace(
    /(^|[：:])\s*(?:@[^\s：:，。]{1,8}\s+)?[^，。；：:《》\d]{0,14}(?:我(?:先|来|再|就)?(?:补|说|放|讲|提|列)|这块|那块|一下|具体一点|就行|就好)[^，。；：:“”《》\d]{0,8}[：:]\s*(?=[\u3400-\u9fff\d“《_（])/u,
    "$1",
  );
}

/** A transcript's stage direction ("（热烈掌声）", "（笑声）"): the audience, not the speech. */
export function withoutStageDirection(text: string): string {
  return text.replace(/（(?:热烈|长时间|全场)?(?:掌声|笑声|鼓掌)(?:[，、](?:热烈|长时间)?(?:掌声|笑声|鼓掌))*）/gu, "");
}

/**
 * A live blog's clock time and news label after an entry's date ("8月2日　14:20【快讯】甲国……"): the
 * entry's date stays, the stamp goes. Other labels (a fact card, a correction) are left for the self-check.
 */
export function withoutLiveStamp(text: string): string {
  return text.replace(
    /(日|_{2,}|（\s*）)\s*(?:[01]?\d|2[0-3])[:：][0-5]\d\s*【(?:现场|快讯|抵达|重磅|会谈|会见|直播|最新|突发|更新|动态)】\s*(?=[\u3400-\u9fff“《（_])/gu,
    "$1，",
  );
}

/**
 * An answer key's label before its text ("解析：", "【解析】", "参考答案：", and "解析，……" where a cut turned the colon
 * into a comma): the key's layout, not part of the sentence.
 */
export function withoutKeyLabel(text: string): string {
  return text
    // a clause that points at the stem or the options ("，远低于题干所述数字"): the key talking to the student
    .replace(/[，,；;][^，,；;。]*(?:题干|干扰项|选项\s*[A-DＡ-Ｄ])[^，,；;。]*(?=[。；;]|$)/gu, "")
    // an emoji a post ends its sentence on ("……的生动写照👍"): decoration, not part of the sentence
    .replace(/\s*(?:\p{Extended_Pictographic}\uFE0F?)+(?=\s*(?:[。！？；]|$))/gu, "")
    .replace(/(^|[：:])\s*(?:【(?:解析|答案解析|参考答案|点评|分析)】|(?:解析|答案解析|参考答案|点评|试题分析)[：:])\s*(?=[\u3400-\u9fff\d“《_（])/u, "$1")
    .replace(/(^|[：:])(?:解析|参考答案)[，,](?=……)/u, "$1");
}

/** The tidy-up every text shown to a student gets (prompts, fronts, explanations). */
const YEAR_OFFSET: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2, 後年: 2 };
const RELATIVE_YEAR = /(?<!此|之|然|随|其|最)(前年|去年|今年|明年|后年|後年)(?![（(]|度|均|代)/gu;

/**
 * "以明年两国建交（    ）为契机" in a brief of 2024: a figure that depends on which year 明年 is says it ("明年（2025年）").
 * The year is the one the extractor gave the figure (`figureYear`), for the relative year written last before the
 * figure (at `at` in the text, −1 when it is not shown) in its sentence; the text's other relative years are counted
 * from the same year.
 */
export function withRelativeYearSaid(text: string, figureYear: string | undefined, at: number): string {
  const year = Number(/^(\d{4})/u.exec(figureYear ?? "")?.[1]);
  if (!year || at < 0) return text;
  const own = [...text.matchAll(RELATIVE_YEAR)].filter((m) => m.index < at).pop();
  // (the figure's own: in its sentence, with no year written between them)
  if (!own || /[。！？]|(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/u.test(text.slice(own.index, at))) return text;
  const now = year - YEAR_OFFSET[own[1]!]!;
  return text.replace(RELATIVE_YEAR, (_m, w: string) => `${w}（${now + YEAR_OFFSET[w]!}年）`);
}

/**
 * "今年7月，两国元首宣布建立（    ）" in a text the extractor dated: each 今年/去年/前年 the extractor resolved within the
 * passage says its year ("今年（2031年）7月"), so that the question does not depend on when it is read. `years` holds
 * the year found for each word; a word found with two years (a digest's items, dated apart) is left as written.
 */
export function withRelativeYearsResolved(text: string, years: ReadonlyMap<string, number>): string {
  return text.replace(RELATIVE_YEAR, (m, w: string) => (years.has(w) ? `${w}（${years.get(w)}年）` : m));
}

/**
 * "……合作协议总额约400亿英镑（某某，2016：78）。": a paper's author-year citation (with its page) is the essay's
 * apparatus, not what a student is asked; a number in brackets after a word ("破冰者”[3]") is a reference mark.
 */
export function withoutCitation(text: string): string {
  return text
    .replace(/（[^（）。，；]{2,16}(?:等)?[，,]\s*(?:1[89]|20)\d{2}[a-z]?(?:[：:]\s*\d{1,4}(?:[-–—]\d{1,4})?)?）/gu, "")
    .replace(/(?<=[\u3400-\u9fff》”」）])\[\d{1,3}(?:[,，-]\d{1,3})*\]/gu, "");
}

/**
 * A wire's dateline opening a news text (本报某地4月11日电（记者某某）, 新华社北京11月3日电应某某邀请……): the agency's
 * apparatus, not what is asked; kept where the blank stands in it.
 */
// (sent by a wire or a news site, the year written or not, at the text's start or after a label's colon)
const DATELINE_LEAD = new RegExp(
  String.raw`(^|[：:])${senderOf(WIRES, NEWS_SITES)}[\u3400-\u9fff]{0,12}?(?:\d{4}年)?${MONTH_DAY}电(?:${reporterNote(30)})?\s*(?=[\u3400-\u9fff\d“《（_])`,
  "u",
);

export function withoutDateline(text: string): string {
  return text.replace(DATELINE_LEAD, "$1");
}

export function tidyShown(text: string): string {
  return withoutGreeting(withoutSelfCorrection(withoutFiller(withoutChatLead(withoutStageDirection(withWrittenMonth(withoutTopicLabel(withoutDateline(withoutSpokenFrame(withoutSpeakerLabel(withoutListNumber(withoutTable(withoutInlineHead(withoutLiveStamp(withoutKeyLabel(withoutRunningHead(withoutCitation(text)))))))))))))))));
}

/**
 * Explanations quote the source: the same tidy-up, plus emphasis marks (**), footnote marks
 * (<sup>…</sup>, [1]) and a running head left wherever it stands.
 */
export function tidyExplanation(text: string): string {
  // the quote is tidied as a text of its own, so that a label at its start goes ("“解析：……", "“解说：……") and a
  // chat's lead is never cut together with the opening quotation mark ("出自原文：某事要写具体一点：……" lost its “)
  const quoted = /^([\s\S]*?出自(?:《[^》]*》|原文))：“([\s\S]*)$/u.exec(text);
  let t = (quoted ? `${tidyShown(quoted[1]!)}：“${tidyShown(quoted[2]!)}` : tidyShown(text))
    .replace(/<sup>[^<]{0,8}<\/sup>/gu, "")
    .replace(/\*\*/gu, "")
    .replace(RUNNING_HEAD_ANYWHERE, "$1");
  // a table left whole in a quote: its rows as "cell：cell；"
  if (/\|\s*:?-{3,}/u.test(t)) {
    t = t.replace(/\|[^\n]*\|\s*:?-{3,}:?\s*\|[^\n]*\|/gu, (tbl) =>
      tbl
        .replace(/^\||\|$/gu, "")
        .split(/\|\s*\|/u)
        .slice(2)
        .map((r) => r.split("|").map((c) => c.trim()).filter((c) => c !== "").join("："))
        .filter((r) => r !== "")
        .join("；") + "。",
    );
  }
  return t;
}

/** A running head and the section heading after it, in a quote: "某某研究2024年第2期二、某某" cut up to the heading's number. */
const RUNNING_HEAD_ANYWHERE = /(^|[：:“\n])[\u3400-\u9fff]{2,12}(?:19|20)\d{2}年第\s*\d{1,2}\s*期(?=[一二三四五六七八九十]{1,3}、|\d{4}年|[\u3400-\u9fff])/gu;

/**
 * "2013年X月X日，……此后……" cut to "2013年X月X日，……领导人会晤每年举行": when the quote goes on from
 * its date with 此后/随后 (a later time), the date is left out of what is shown, so the sentence does
 * not read as if the later events happened on it.
 */
export function withoutStrandedDate(text: string, quote: string): string {
  if (!/(?:此后|随后|其后|之后|后来)/u.test(quote)) return text;
  return text.replace(/(^|[：:\n])\d{4}年[^，。：]{0,8}[，,](?=……)/u, "$1");
}

/** A statement's "（全文）" and a wire's dateline after it, to the end of the sentence. */
const FULL_TEXT_DATELINE = new RegExp(`（全文）(?:${senderOf(WIRES)}[^。]*$)?`, "gu");

/**
 * A speech's greeting and a statement's "（全文）" with the news dateline after it ("……的联合声明（全文）
 * 新华社某地某日电应……邀请……", "尊敬的某某阁下，……朋友们：大家好！"): the heading and the address, not
 * the text. Left as written when the blank stands in what would be cut.
 */
export function withoutGreeting(text: string): string {
  const cut = (t: string, re: RegExp) => t.replace(re, (m) => (/_{2,}|（\s*）/u.test(m) ? m : ""));
  // (with the "……" of a cut just before it: the text now starts where the speech does)
  const t = cut(text, /(?:(?<=^|[：:])……)?尊敬的[^。！？]{0,80}?(?:朋友们|先生们|女士们|同事们)[：:](?:大家好[！!])?/gu);
  return cut(t, FULL_TEXT_DATELINE);
}

/** Verbs a plan's sentence opens on when its subject is the speaker. */
const PLAN_VERB = "(?:推进|推动|深化|用好|积极参与|全面落实|健全|力争|办好|实施|成功举办|加快|扩大|打造|开展|持续|组织|落实)";
/** Where a plan's sentence opens on its verb, after the prompt's instruction (a true-or-false one written whole). */
const PLAN_OPENING = new RegExp(`^(${INSTRUCTION}|(?:判断正误[^：:]*[：:]))?(?=${PLAN_VERB})`, "u");
/** A table's row whose year is blanked, naming a document only ("____：《某公约》。"), after the prompt's instruction. */
const BLANKED_TITLE_ROW = new RegExp(`^(${INSTRUCTION})?(_{2,}|（\\s*）)[：:]《([^》]+)》。?$`, "u");

/** Who speaks and whom a document names, so that a bare 我们, 成员国 or 走廊 can be named in what is shown. */
export interface Actors {
  /** A local government reporting on its work ("某某省人民政府工作报告" → "某某省"). */
  speaker?: string;
  /** The one organisation a document is about: its title names it, its text far more often than any other. */
  organisation?: string;
  /** The one corridor a document is about ("某某经济走廊"), named the same way. */
  corridor?: string;
  /** Short forms of committees the document spells out just before their first use ("联委会" → "甲乙联合合作委员会"). */
  shortForms?: [string, string][];
  /** The one province a provincial body's page speaks for ("发布机构：某某省商务厅" twice, 全省/我省 in the text), and that body ("某某省商务厅"). */
  province?: string;
  provinceBody?: string;
  /** A one-character short form the document uses for its partner country, with the full name ("斯" → "斯里兰卡"): a bare 斯/土 reads as nothing to a student. */
  shortCountry?: [string, string];
  /** Titles listed in a captioned table of years and documents ("表1　某组织主要文件"), with the caption and the year column's header. */
  tableTitles?: Map<string, { caption: string; header: string }>;
}

/**
 * "表1　某组织安全合作主要文件" over a table of years and documents, which the normaliser writes as lines
 * "2009年：《某公约》" (or "| 2009 | 《某公约》 |" when left as markdown): each title with the caption.
 */
function tableTitlesOf(docText: string): Map<string, { caption: string; header: string }> {
  const out = new Map<string, { caption: string; header: string }>();
  const re = /(?:^|\n)表\s*\d{1,2}[\s\u3000]*([^\n|：:。]{4,30})\n+((?:(?:\d{4}年?[：:]|\|\s*\d{4}\s*\|)\s*《[^》\n]+》\s*\|?(?:\n+|$))+)/gu;
  for (const m of docText.matchAll(re)) {
    for (const row of m[2]!.matchAll(/《([^》\n]+)》/gu)) out.set(row[1]!, { caption: m[1]!.trim(), header: "年份" });
  }
  return out;
}

/** Whether the characters of a short form stand, in order, in a full name ("联委会" in "某某联合合作委员会"). */
const abbreviates = (short: string, full: string) => {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
};

/** "……由某某联合合作委员会统筹协调。联委会于……": the full name written within 60 characters before a short form's first use. */
function shortFormsOf(docText: string): [string, string][] {
  const out: [string, string][] = [];
  for (const short of new Set([...docText.matchAll(/(?<![\u3400-\u9fff])[\u3400-\u9fff]{1,2}委会/gu)].map((m) => m[0]))) {
    const first = docText.indexOf(short);
    const before = docText.slice(Math.max(0, first - 60), first);
    const names = [...before.matchAll(/[\u3400-\u9fff—]{4,24}委员会/gu)].map((m) => m[0].replace(/^.*[由在为将]/u, ""));
    const full = names.reverse().find((n) => abbreviates(short, n) && n.length > short.length + 2);
    if (full) out.push([short, full]);
  }
  return out;
}

/** Words that make a name's kind, not the name ("国际组织", "合作组织", "该组织", "经济走廊"). */
const GENERIC_HEAD = /^(?:国际|地区|区域|政府|多边|非政|合作|经济|安全|全球|运输|该|这|此|各|其|个)/u;

/** Two spellings of one name ("上海合作组织", "上合组织"): same first character, same kind. */
const sameName = (a: string, b: string) => a[0] === b[0] && a.slice(-2) === b.slice(-2);

/**
 * The one name ending in `kind` ("组织", "走廊") a document is about: every head of two to six
 * characters before it is counted where it stands; the longest spelling among the most frequent is
 * taken when the title names it and no other name comes near it.
 */
function dominantName(title: string, docText: string, kind: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of docText.matchAll(new RegExp(kind, "gu"))) {
    const before = docText.slice(Math.max(0, m.index - 6), m.index);
    for (let k = 2; k <= before.length; k++) {
      const head = before.slice(-k);
      if (!/^[\u3400-\u9fff]+$/u.test(head) || GENERIC_HEAD.test(head)) continue;
      counts.set(`${head}${kind}`, (counts.get(`${head}${kind}`) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top) return undefined;
  const rival = ranked.find(([n]) => !sameName(n, top[0]) && !top[0].endsWith(n) && !n.endsWith(top[0]));
  const inTitle = [...counts.keys()].some((n) => sameName(n, top[0]) && title.includes(n));
  return inTitle && top[1] >= 3 && top[1] >= 2 * (rival?.[1] ?? 0) ? top[0] : undefined;
}

export function actorsOf(title: string, docText: string): Actors {
  const actors: Actors = {};
  const report = /^([\u3400-\u9fff]{2,10}?(?:省|自治区|市|州|县))人民政府工作报告/u.exec(title.trim());
  if (report) actors.speaker = report[1];
  const organisation = dominantName(title, docText, "组织");
  if (organisation) actors.organisation = organisation;
  const corridor = dominantName(title, docText, "走廊");
  if (corridor) actors.corridor = corridor;
  const shortForms = shortFormsOf(docText);
  if (shortForms.length) actors.shortForms = shortForms;
  const province = provinceOf(docText);
  if (province) {
    actors.province = province;
    const bodies = [...new Set([...docText.matchAll(new RegExp(`${province}([\u3400-\u9fff]{2,4}?厅)`, "gu"))].map((m) => m[0]))];
    if (bodies.length === 1) actors.provinceBody = bodies[0];
  }
  const shortCountry = shortCountryOf(docText);
  if (shortCountry) actors.shortCountry = shortCountry;
  const tableTitles = tableTitlesOf(docText);
  if (tableTitles.size) actors.tableTitles = tableTitles;
  return actors;
}

const actorsCache = new WeakMap<GenContext, Map<string, Actors>>();
/** A document's actors (`actorsOf`), worked out once per generation for every question that shows its text. */
export function documentActors(ctx: GenContext, docId: string): Actors {
  let byDoc = actorsCache.get(ctx);
  if (!byDoc) actorsCache.set(ctx, (byDoc = new Map()));
  let actors = byDoc.get(docId);
  if (!actors) {
    const doc = ctx.docs.get(docId);
    byDoc.set(docId, (actors = actorsOf(doc?.title ?? "", doc?.text ?? "")));
  }
  return actors;
}

/**
 * "过去一年，我们坚持……全省……" in a province's work report → "过去一年，某某省坚持……"; "在安全领域，成员国
 * 定期举行……" in a document about one organisation → "……，某组织成员国定期举行……"; "走廊框架下" → "某某
 * 经济走廊框架下". Only a 我们/成员国/走廊 opening a clause (or 成为成员国) is named; one the text already qualifies ("各成员国", "该组织成员国") is left.
 */
/**
 * The province a document speaks for: it writes 全省/我省, and names one province ("某某省") at least
 * twice and no other (a city's "某某市" or a road's name is no province).
 */
export function provinceOf(docText: string): string | undefined {
  if (!/全省|我省/u.test(docText)) return undefined;
  const counts = new Map<string, number>();
  for (const m of docText.matchAll(/(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,3}?)省|(?<=[：:\s])([\u3400-\u9fff]{2,3}?)省/gu)) {
    const name = m[1] ?? m[2]!;
    if (/[全我本该該各外市县縣区區等个個两兩多]/u.test(name)) continue;
    counts.set(`${name}省`, (counts.get(`${name}省`) ?? 0) + 1);
  }
  const named = [...counts.entries()];
  return named.length === 1 && named[0]![1] >= 2 ? named[0]![0] : undefined;
}

/** Short forms that read as another word when they stand alone (斯, 土), and the countries they may stand for. */
const AMBIGUOUS_SHORT: Record<string, string[]> = { 斯: ["斯里兰卡"], 土: ["土耳其", "土库曼斯坦"] };

/**
 * The partner a document writes by one ambiguous character ("中斯" three times or more, "斯方", "对斯"),
 * when it also writes the one full name starting with that character at least twice.
 */
export function shortCountryOf(docText: string): [string, string] | undefined {
  for (const [short, names] of Object.entries(AMBIGUOUS_SHORT)) {
    if (docText.split(`中${short}`).length - 1 < 3) continue;
    const written = names.filter((n) => docText.split(n).length - 1 >= 2);
    if (written.length === 1) return [short, written[0]!];
  }
  return undefined;
}

export function withNamedActors(text: string, actors: Actors): string {
  let t = text;
  // "对斯进行国事访问", "中方向斯方提供……", "赴斯游客", "在土批准项目": the country the short form stands for
  if (actors.shortCountry) {
    const [short, full] = actors.shortCountry;
    const rest = full.slice(1);
    t = t.replace(
      new RegExp(`(?<=^|[^\u3400-\u9fff]|[对访赴在向占由与同和及至])${short}(?!${rest})(?=方|总理|总统|政府|入境|接种|进行|国内|境内|游客|直接|中资|投资|批准|[，。；、）]|$)`, "gu"),
      full,
    );
  }
  // "截至某年底，全省共有……", "为帮助我省企业……", "我厅将于……": the province and the body of the page
  if (actors.province && !actors.speaker) t = t.replace(/(^|[，。；：！\d年底]|……)(?:全省|我省)/gu, `$1${actors.province}`);
  if (actors.provinceBody) t = t.replace(/(^|[，。；：！]|……)我厅/gu, `$1${actors.provinceBody}`);
  if (actors.speaker) t = t.replace(/(^|[，。；：！]|……)(?:我们|我省|我市)(?![的国])/gu, `$1${actors.speaker}`);
  // a work report's plan opens on its verb ("用好……，组织企业……", "力争全年新设……"): the speaker is its subject
  if (actors.speaker) t = t.replace(PLAN_OPENING, `$1${actors.speaker}`);
  if (actors.organisation && !t.includes(actors.organisation)) t = t.replace(/(^|[，。；：]|成为(?:正式)?)成员国/u, `$1${actors.organisation}成员国`);
  for (const [short, full] of actors.shortForms ?? []) if (!t.includes(full)) t = t.replace(new RegExp(`(^|[，。；：])${short}`, "u"), `$1${full}`);
  // "____：《某公约》。" (a table's row, its year blanked): the row says nothing of what happened; the table's caption does
  if (actors.tableTitles)
    t = t.replace(BLANKED_TITLE_ROW, (m, instr: string | undefined, blank: string, title: string) => {
      const row = actors.tableTitles!.get(title);
      return row ? `${instr ?? ""}表格“${row.caption}”中，《${title}》对应的${row.header}是${blank}。` : m;
    });
  if (actors.corridor && !t.includes(actors.corridor)) t = t.replace(/(^|[，。；：])走廊(?=框架|建设|下一|可以|的|已|自|将)/u, `$1${actors.corridor}`);
  return t;
}

/**
 * "分歧管控方面，……同意……" where the quote reads "分歧管控方面，双方回顾了……，同意……": the cut took the
 * subject with it; the subject the quote gives is put back before the "……".
 */
export function withQuotedSubject(text: string, quote: string): string {
  return text.replace(/([\u3400-\u9fff]{2,8}方面)[，,]……/gu, (m, topic: string) => {
    const s = new RegExp(`${topic}[，,](双方|各方|两国|三国|中方|[\\u3400-\\u9fff]方(?=[\\u3400-\\u9fff]))`, "u").exec(quote);
    return s ? `${topic}，${s[1]}……` : m;
  });
}

/** The owner a quote gives a count-name in the clause before it ("甲合作坚持“三个原则”", "将甲问题概括为“三大议题”"). */
function countNameOwner(clause: string): string | undefined {
  const summed = /^(?:.*将)?([\u3400-\u9fff—]{2,20}?)(?:的理念|的意义|的目标)?(?:可以|通常|一般)?概括为$/u.exec(clause);
  if (summed) return `${summed[1]}的`;
  const held = /^([\u3400-\u9fff—]{2,24}?)(坚持|确立了|确立|提出了|提出的|提出|秉持|遵循|形成了|始终做到|做到)$/u.exec(clause);
  if (!held) return undefined;
  const verb = held[2]!.replace(/了$|的$/u, "");
  return `${held[1]}${verb}的`;
}

/**
 * "“三个原则”包括哪些内容？" where the quote reads "甲合作坚持“三个原则”，即……": the count-name gets the
 * owner the quote gives it ("甲合作坚持的“三个原则”包括哪些内容？"). Only a count-name the question shows
 * with no owner of its own (at the start, or after "下列哪一项不属于") is named.
 */
export function withCountNameOwner(text: string, quote: string): string {
  return text.replace(/(^|根据原文，|下列哪一项不属于)“([一二两三四五六七八九十\d][^”]{0,10})”/u, (m, before: string, name: string) => {
    const at = quote.indexOf(`“${name}”`);
    if (at < 0) return m;
    const clause = quote.slice(0, at).split(/[，。；：！？\n]/u).pop() ?? "";
    const owner = countNameOwner(clause.replace(/^\s+/u, ""));
    return owner && !/^(?:这|该|其|此)/u.test(owner) ? `${before}${owner}“${name}”` : m;
  });
}

/** What may open a shown clause before its first word once a date or a blank was cut out: "____", "（ ）", "2023年5月". */
export const CUT_LEAD = String.raw`(?:_{2,}|（\s*）|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)`;
/** A 他/她 standing for a person (not 他们, 他国, 他人). */
export const PRONOUN = String.raw`(?:他|她)(?![们們国國人])`;

/** The titles a person is named by ("某某总统", "某某总理"). */
const PERSON_TITLE = "总统|總統|总理|總理|主席|首相|国王|國王|女王|外长|外長|外交部长|秘书长|秘書長";
/** A person by name and title: the run of characters up to the title, after a break or a date. */
const NAMED_PERSON = new RegExp(String.raw`(?<=^|[，。；：、\s“「]|[年月日])(?!时任|前任|副)([\u3400-\u9fff·]{2,6}?(?:${PERSON_TITLE}))(?=[\u3400-\u9fff，])`, "gu");
const PERSON_TITLES = new RegExp(PERSON_TITLE, "gu");
/** A 他/她 opening a shown text, after a label, a cut date or a blank. */
const PRONOUN_AT_START = new RegExp(String.raw`^((?:[^：]*?[：:])?${CUT_LEAD}?[，,]?)(${PRONOUN})`, "u");

/**
 * "2017年5月，他又出席……" after "2016年9月，某某总统来华出席……；": a 他/她 that opens what is shown (after its date or
 * blank) is named from the sentence before it in the source, when that sentence names exactly one person by name and
 * title. `before` is the source text right before the quote; a paragraph break ends the search.
 */
export function withPronounNamed(text: string, before: string): string {
  const m = PRONOUN_AT_START.exec(text);
  if (!m) return text;
  const para = before.slice(before.lastIndexOf("\n") + 1).replace(/\[\[|\]\]/gu, "");
  // the sentence before (back to its own 。), the clause that leads into the quote
  const sentence = para.replace(/[。！？]$/u, "").split(/[。！？]/u).pop() ?? "";
  const names = new Set([...sentence.matchAll(NAMED_PERSON)].map((x) => x[1]!.replace(/^(?:\d{4}年)?(?:\d{1,2}月)?/u, "")));
  // exactly one person: one title in the sentence ("某总统会见某总理" names two)
  const titles = sentence.match(PERSON_TITLES) ?? [];
  if (names.size !== 1 || titles.length !== 1) return text;
  return m[1]! + [...names][0]! + text.slice(m[0].length);
}
