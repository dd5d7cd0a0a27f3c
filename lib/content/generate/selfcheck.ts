/**
 * The generator's own review of every question: flags what a teacher would object to,
 * drops what must not reach a student, scores the rest (1 = nothing to object to).
 */
import type { Question } from "../../bank/format";
import { emptiedAside, mailHeader, unnamedSpeakerBlank } from "./layout-stems";
import { arithmeticFlags } from "./arithmetic";
import { DANGLING_INSIDE, DANGLING_START } from "./context";
import type { Dropped } from "./model";
import { balanced, pairsIn } from "./builders/common";
import { GENERIC_TERMS } from "./builders/concept";
import { GENERIC_NAME } from "./distractors";
import { countOf, escapeRegExp, fold, similarity } from "./text";
import { CUT_LEAD, PRONOUN } from "./tidy";
import { TIME_LINE_IN_TEXT } from "../time-line";
import { openListBlank } from "./open-list";
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, ORGANISATIONS, REGIONS } from "../extract/vocabulary";

/** A line of three or more short words set apart by spaces, with no mark of a sentence: keywords. */
const TAG_LINE = /^[\u3400-\u9fff]{2,8}(?:[\u3000 \t]+[\u3400-\u9fff]{2,8}){2,}$/u;
const BARE_HAI_OPENING = new RegExp(String.raw`^(?:${CUT_LEAD}[，,])?[还還](?![是有原])`, "u");
const PRONOUN_OPENING = new RegExp(String.raw`^(?:${CUT_LEAD}[，,])?${PRONOUN}`, "u");

/** Flags that drop a question; the others only lower its score. */
export const DROPPING_FLAGS = new Set([
  "answer-leak",
  "computable-answer",
  "duplicate-options",
  "similar-options",
  "artefact:cjk-space",
  "artefact:markdown",
  "artefact:html",
  "artefact:footnote",
  "artefact:linebreak",
  "artefact:replacement-char",
  "artefact:unbalanced",
  "artefact:broken-number",
  "artefact:page-header",
  "artefact:glued",
  "artefact:answer-edge",
  "trivial-blank",
  "ambiguous-blank",
  "dangling-reference",
  "too-few-options",
  "too-long",
  "near-duplicate-question",
  "empty-text",
  "not-content",
  "unfit-options",
]);

const PENALTY: Record<string, number> = {
  "inferred-date": 0.15,
  "context-prepended": 0.05,
  "long-prompt": 0.1,
  "uneven-options": 0.1,
};

/** Words so common that blanking them tests nothing (generic, not from any document). */
const TRIVIAL_BLANKS = new Set(["中国", "国家", "合作", "发展", "关系", "地区", "我们", "双方", "各国", "世界", "问题", "重要", "进一步"]);

/** Artefacts left in a piece of text. */
export function artefactFlags(text: string, allowNewline = false): string[] {
  const flags: string[] = [];
  if (/[\u3400-\u9fff][ \t\u3000\u00a0]+[\u3400-\u9fff]/u.test(text) || /[，。；：、！？《》“”][ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+[，。；：、！？》”]/u.test(text))
    flags.push("artefact:cjk-space");
  if (/(^|\n)\s*#{1,6}\s|\*\*|\]\(|^\s*[-*+]\s|\|\s*:?-{3,}|\|\|/u.test(text)) flags.push("artefact:markdown");
  if (/<\/?[a-zA-Z][^>]*>|&[a-z]{2,6};|&#\d+;/u.test(text)) flags.push("artefact:html");
  if (/[\u2460-\u2473\u00b9\u00b2\u00b3\u2070-\u2079]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|\^\d/u.test(text)) flags.push("artefact:footnote");
  if (!allowNewline && /[\r\n]/.test(text)) flags.push("artefact:linebreak");
  if (/\uFFFD/.test(text)) flags.push("artefact:replacement-char");
  if (!balanced(text)) flags.push("artefact:unbalanced");
  if (/\d[ \u00a0]+\d/.test(text)) flags.push("artefact:broken-number");
  // a running head or page number of a printed page left in a sentence ("·46·某某季刊2023年第4期")
  if (/[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,3}\s*[页讲]|[\u3400-\u9fff](?:(?:19|20)\d{2}年|_{2,}|（\s*）)第\s*\d{1,2}\s*期/u.test(text)) flags.push("artefact:page-header");
  // an editor's doubt about the source's own figure ("（原文如此，疑为……之误，待核）")
  if (/原文如此|疑为[^，。]{0,12}之误|待核/u.test(text)) flags.push("artefact:footnote");
  // lines of notes, slides, an infobox or a post's header run together: an emoji, an abstract mark,
  // a date right after a closing bracket ("（某某访华）2014年12月……"), a slashed or dotted date
  // glued to text ("2017.9重庆"), three "甲：乙" fields in one clause
  const g = text.replace(/（(?:多选|单选|填数字)）/gu, "，");
  if (
    /\p{Extended_Pictographic}|[［【](?:摘要|关键词|导读)[］】]|[）)](?:19|20)\d{2}年\d{1,2}月|(?:19|20)\d{2}\/\d{1,2}|(?:19|20)\d{2}\.(?:1[0-2]|0?[1-9])(?![\d亿万千百十%％倍])[\u3400-\u9fff]|（\d{1,2}分）|[★☆→≠・]|提问[：:]|思考与讨论|课后阅读[：:]|拓展阅读[：:]|※|(?:^|[。；\n])(?:教学|知识|能力|情感|素养|学习)?(?:重点|难点|目标)[：:]|来源[：:]|发布时间[：:]|[\u3400-\u9fff\d]＝[\u3400-\u9fff\d]|(?:_{2,}|（\s*）)＝|＝(?:_{2,}|（\s*）)|（\d{4}—\d{4}）是在|部分）是在|[，。；]\s*[一二三四五六七八九十]{1,3}、(?=[\u3400-\u9fff])|（全文）[\u3400-\u9fff（]|尊敬的[^，。]{1,24}阁下|易混[：:]|[\u3400-\u9fff）”](?<!第)（[1-9]）[\u3400-\u9fff]/u.test(g) ||
    g.split(/[，。；！？,;!?]/u).some((c) => (c.match(/[：:]/gu) ?? []).length >= 3) ||
    // a row of a statistics table written as fields ("年份：某年；贸易额：某数；说明：……"): whose figures
    // is the table's caption, not shown (a row of events, "时间：……；事件：某国……", names its own subject)
    /(?:^|[。；：:])(?:年份|年度)[：:](?:\d{4}|_{2,}|（\s*）)(?:年)?；[\u3400-\u9fff]{0,6}(?:额|量|数|值|率|比重|总量)[：:]/u.test(g)
  )
    flags.push("artefact:glued");
  // a live blog's clock time and label left before a fact card, a table or a correction ("14:20【知识卡片】", "本网某日09:30条目")
  if (/(?:[01]?\d|2[0-3])[:：][0-5]\d\s*【[\u3400-\u9fff]{2,4}】|本网[^，。]{0,12}条目/u.test(text)) flags.push("artefact:glued");
  // a mail's or a chat's request to its reader ("麻烦你看一下数据有没有问题", "请您帮忙核一下"): the exchange, not the text
  if (/麻烦(?:你|您|大家)|帮(?:我|忙)(?:看|核|查|改)一下|请(?:你|您)(?:帮忙|看一下|核一下)/u.test(text)) flags.push("artefact:glued");
  // a web page's own buttons and links left in a sentence ("【我要纠错】【打印本页】", "扫一扫在手机打开当前页")
  if (/【(?:我要纠错|打印本页|关闭窗口|打印|关闭|收藏|分享)】|扫一扫在手机|打开当前页|(?:^|[：:。\n])相关链接[：:]/u.test(text)) flags.push("artefact:glued");
  // a footnote or reference line ("3.参见《……》，2023年2月。")
  if (/(?:^|[。：:\s])\d{1,2}[.．、]\s*(?:参见|详见|见|引自|转引自|资料来源)|(?:^|[。])(?:参见|详见|转引自)《/u.test(text) && !/^(?:参见|详见)/u.test(text)) flags.push("artefact:footnote");
  return flags;
}

/** An answer key's scaffolding: the stem, the options, the answer and how it was reached ("远低于题干所述数字", "故选B"). */
const ANSWER_KEY = /题干|本题|故选|干扰项|请先作答|答案与解析|【答案】|答案[：:]\s*[A-DＡ-Ｄ]|(?:正确|其余|其他)?选项\s*[A-DＡ-Ｄ]|考查(?:的是|考生|了)/u;

/** A lesson plan's instruction to the class or note to the teacher ("学生阅读下表，分组概括……", "请学生思考：", "设计意图："). */
const LESSON_STEP =
  /(?<![留在华外])学生(?:阅读|思考|讨论|分组|概括|归纳|完成|回答|观看|朗读|结合|自主)|请(?:学生|同学们?)|(?:分组|小组)(?:概括|讨论|合作|展示|任务|探究|交流)|设计意图|(?:^|[。：:])本(?:节)?课(?:通过|旨在|以|围绕)|教学(?:目标|重点|难点|过程|反思|准备|环节|建议)|(?:^|[。；：:])(?:说一说|说说|想一想|议一议|谈谈你)/u;

/**
 * A speech's subtitle line on its own ("——在某论坛开幕式上的讲话"): the byline, no sentence; and its title line with the
 * date and place in brackets ("……上的讲话（某年某月某日，某地）"), which is the heading, not what was said.
 */
const BYLINE =
  /^——在[^。，]{2,50}?(?:上|时)的(?:讲话|致辞|演讲|主旨演讲|书面致辞|发言)(?:（全文）)?(?:[（。]|$)|(?:讲话|致辞|演讲|发言)(?:（全文）)?\s*（(?:[〇零一二三四五六七八九○]{4}|\d{4}|_{2,}|\s*)年?[^（）。]{0,12}[，,]\s*[\u3400-\u9fff]{2,10}）\s*$|(?:讲话|致辞|演讲|发言)（(?:_{2,}|（\s*）|[〇零一二三四五六七八九○]{4}年[^（）。]{0,10}日|\d{4}年[^（）。]{0,8}日)[，,]\s*[\u3400-\u9fff]{2,10}）/u;

/**
 * A Word reviewer's comment on the draft, not the draft ("同意。", "原稿写……", "“某年”的写法容易误读，改为……",
 * "删去具体数字，避免误引", "……不准确，已改写").
 */
const REVIEW = /(?:^|[。：:])同意。|原稿|写法容易误读|删去[^。]{0,20}避免误引|[，,](?:已改写|已删去|已改)[，。]?|^\[批注\d{1,3}\]/u;

/**
 * A web page's own controls around an article ("分享到：微信　微博", "【打印】【关闭】", "责任编辑：某某"), and its time
 * line ("2025年04月12日05:42 | 来源：某报", "来源：某网 | 2024-03-15").
 */
const PAGE_CHROME = new RegExp(
  String.raw`分享到[：:]?\s*(?:微信|微博|QQ|朋友圈|发布|$)|【(?:纠错|打印|关闭|收藏)】|(?:责任编辑|責任編輯)[：:]|扫一扫|字号[：:]?\s*[大中小]|${TIME_LINE_IN_TEXT}`,
  "u",
);

/** Where the text was first published ("（本文原载某报2024年6月28日……）"): the text's history, not what it says. */
const PUBLICATION_NOTE = /(?:本文|此文|该文)(?:原载|刊载|刊登|刊发|发表)于?|^[（(]?原载于?《/u;

/** Text that is not the document's content: an answer key's, a lesson plan's, a speech's heading's, a reviewer's or a web page's own words. */
export function notContent(text: string, answerKey = true): boolean {
  return (answerKey && ANSWER_KEY.test(text)) || LESSON_STEP.test(text) || BYLINE.test(text) || REVIEW.test(text) || PAGE_CHROME.test(text) || PUBLICATION_NOTE.test(text);
}

/** A role an evaluation gives a thing ("……是双方深化合作的导向", "……是某事业的重要基础"): no definition of it. */
const EVALUATIVE_ROLE =
  /(?:导向|基础|保障|前提|动力|纽带|桥梁|支柱|引擎|基石|关键|方向|指南|遵循|根本|源泉|旗帜|典范|标杆|压舱石|助推器|稳定器|推进器|重要内容|组成部分|重要举措|必然选择|必由之路|应有之义|题中之义|根本保证)$/u;
/** Words of an evaluation: a manner or a principle held, a course praised ("本着……原则", "始终秉持", "实现了跨越式发展"). */
const EVALUATION =
  /本着|秉持|秉承|始终|一直致力于|彼此尊重|平等相待|相互理解|相互支持|跨越式发展|稳定发展|名副其实|旗帜|典范|起伏|坚定|不断深化|走深走实|提质升级/u;
/** An opening span of time ("30多年来，", "建交____来，", "独立三十年来，"). */
const OPENING_SPAN = /^[\u3400-\u9fff]{0,8}?(?:(?:_{2,}|（\s*）|\d+|[一二两三四五六七八九十]+)多?(?:_{2,}|（\s*）)?(?:年|载)?(?:来|以来)|_{2,}|（\s*）)[，,]/u;

/**
 * An evaluation asked as if it were a fact: a definition-form question whose answer is a role an evaluation
 * gives ("根据原文，“共同的理念”是（    ）。" → "双方深化合作的导向"), or a sentence of praise asked only by the span of time
 * it opens with ("30多年来，本着……原则，双方予以相互支持……"), with no other figure, date or named document in it.
 */
export function evaluativeOnly(q: Pick<Question, "prompt" | "tags" | "answer" | "back" | "front">): boolean {
  const body = promptBody(q.prompt);
  const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
  if (q.tags.includes("concept") && /^(?:根据原文，)?“[^”]{1,16}”是(?:（\s*）|_{2,})。?$/u.test(body) && EVALUATIVE_ROLE.test(asked.replace(/[。]$/u, ""))) return true;
  if (!q.tags.includes("figure")) return false;
  const open = OPENING_SPAN.exec(body);
  if (!open) return false;
  const rest = body.slice(open[0].length);
  // (a named document in it is not what is asked: the span of time is)
  const counted = /\d|[一二两三四五六七八九十百千万]+(?:多|余)?(?:个|项|次|所|名|人|国|年|倍|家|批|条|份|届|座|项)|_{2,}|（\s*）/u;
  return !counted.test(rest) && EVALUATION.test(rest);
}

/** The body of a prompt after its instruction ("根据原文填空：…"). */
function promptBody(prompt: string): string {
  const m = /^(?:根[据據]原文|[阅閱][读讀]原文|判[断斷]正[误誤]|[请請][将將])[^：:]*[：:]/u.exec(prompt);
  return m ? prompt.slice(m[0].length) : prompt;
}

/**
 * A sentence opening on the day it was said or posted ("今天是甲乙建交80周年。", "明天，5月8日，是……的日子", "今天，某某还在……"):
 * the question does not show which day that is, and a count of years or a 周年 hangs on it.
 */
export function spokenDayOnly(text: string): boolean {
  // (a day said beside the word, "今天（2031年5月9日）是……", says which; a speaker's "今天（……），" opens talk of the day)
  return /^[“"‘]?(?:今天|今日|明天|明日|昨天|昨日|今晚|今早)(?:（[^）]*）)?[，,]|^[“"‘]?(?:今天|今日|明天|明日|昨天|昨日|今晚|今早)(?:是|恰逢|正值|正好)/u.test(text);
}

function answerStrings(q: Question): string[] {
  if (typeof q.answer === "string") return [q.answer];
  if (Array.isArray(q.answer)) return q.answer;
  return [];
}

/** "……就某核电站达成协议，某公司持有该项目……的股份": 该项目/该工程 after the name of a project the same text shows. */
function projectNamedBefore(head: string, before: string): boolean {
  return /^(?:项目|項目|工程)$/u.test(head) && /[\u3400-\u9fffA-Z]{2,}(?:电站|電站|铁路|鐵路|公路|港口?|园区|園區|工业园|工業園|大桥|大橋|隧道|机场|機場|码头|碼頭|管道|工程|项目|項目)/u.test(before.split("。").pop() ?? "");
}

/**
 * "……升温快于别处，这一现象被称为“某效应”": a 这一/这些 that names what the text has just said
 * (after a clause of its own, not after a cut "……") points at nothing unseen.
 */
export function namedBack(t: string): string {
  return namedInClause(t).replace(/(?<=[。；，])这(?:一|些)([\u3400-\u9fff]{1,3}?)(?=(?:后来|也|则|又)?被[\u3400-\u9fff]{0,6}?(?:称为|称作|誉为|概括为|简称为|统称为|命名为))/gu, (m, head: string, at: number) => {
    const before = t.slice(0, at);
    return /……/u.test(before) || before.replace(/[^\u3400-\u9fff]/gu, "").length < 8 ? m : head;
  });
}

/** A blank or a year that may open a clause before its 这一 ("……；受疫情影响，二〇二三年这一数字回落"). */
const CLAUSE_DATE = String.raw`(?:_{2,}|（\s*）|\d{4}年|[〇零一二三四五六七八九]{4}年)`;
const THIS_IN_CLAUSE = new RegExp(String.raw`(?<=[，；]${CLAUSE_DATE}?)[这這](?:一|些)(?=[\u3400-\u9fff])`, "gu");
const CLAUSE_DATE_END = new RegExp(`${CLAUSE_DATE}$`, "u");

/**
 * "某年起，甲国成为乙国最大贸易伙伴，这一地位此后连续保持了N年": a 这一 opening a clause right after a clause of the
 * same sentence that says something of its own (not after a cut "……", nor after a bare date) names what that clause said.
 */
function namedInClause(t: string): string {
  // (also after the date that opens its clause: "……约1100万人次；受疫情影响，二〇二三年这一数字回落……", or its blank)
  return t.replace(THIS_IN_CLAUSE, (m, at: number) => {
    const clause = t.slice(0, at).replace(CLAUSE_DATE_END, "").split(/[。！？]/u).pop() ?? "";
    // after a verb of saying (“某人表示，这些……”) the 这 points back past what the clause said
    return /……/u.test(clause) || /(?:表示|说|說|指出|认为|認為|强调|強調|称|稱|介绍|介紹|透露|坦言)[，；]$/u.test(clause) || clause.replace(/^[^，；]*(?:\d{4}年|_{2,}|（\s*）)[^，；]*[，；]/u, "").replace(/[^\u3400-\u9fff]/gu, "").length < 8 ? m : "";
  });
}

export { openListBlank };

/** A country's side named by its character after a word of dealing ("同吉方", "与越方"), not 西方国家 or 各方. */
const SIDE_BY_CHARACTER = /(?:同|与|和|跟|向|、)([\u3400-\u9fff])方(?!国家|面)/gu;

/** Flags of one question on its own (not comparing with others). */
export function questionFlags(q: Question & { blanked?: string }): string[] {
  const flags = new Set<string>(q.quality?.flags ?? []);
  const texts: string[] = [q.prompt, ...(q.options ?? []), ...answerStrings(q), ...(q.pairs ?? []).flat()];
  if (q.back) texts.push(q.back);
  for (const t of texts) {
    if (!t || !t.trim()) flags.add("empty-text");
    for (const f of artefactFlags(t)) flags.add(f);
  }
  if (q.front) for (const f of artefactFlags(q.front, true)) flags.add(f);
  for (const f of arithmeticFlags(q)) flags.add(f);

  const body = promptBody(q.prompt);
  if (DANGLING_START.test(body.replace(/^[“"‘]/, ""))) flags.add("dangling-reference");
  // "前一天，……": the day before a day the question does not show
  if (/^前一(?:天|日)/u.test(body.replace(/^[“"‘]/, ""))) flags.add("dangling-reference");
  if (spokenDayOnly(body) || (q.front && spokenDayOnly(q.front))) flags.add("dangling-reference");
  // "该条约", "此次峰会", "上述举措" … refer to something the question does not show
  // "……创新基地，该基地于……": 该 + a head the same text has just named is no dangling reference
  // "某年某月某日，两国正式建交。此后……": a 此后 right after a dated sentence the text shows counts from that date
  const resolved = (t: string) =>
    t
      .replace(/[该該]([\u3400-\u9fff]{2})/gu, (m, head: string, at: number) => (t.slice(0, at).replace(/_{2,}|（\s*）/gu, "").includes(head) || projectNamedBefore(head, t.slice(0, at)) ? head : m))
      .replace(/(?<=(?:^|[。：:])(?:早在)?(?:\d{4}年|[〇零一二三四五六七八九]{4}年)[^。]{2,60}。)此[后後]/gu, "后来")
      // "某年某月，两国宣布启动谈判，谈判此后历时……": 此后 counts from the date that opens the same sentence
      .replace(/(?<=(?:^|[。：:])(?:早在)?(?:\d{4}年|[〇零一二三四五六七八九]{4}年|_{2,}|（\s*）)[^。]{2,60}[，；][^。，；]{0,8})此[后後]/gu, "后来")
      // "……成立甲并建立乙，后者……": 前者/后者 after two things the same sentence has just named
      .replace(/[前后後]者/gu, (m, at: number) => (/(?:[和与與及并並]|以及)[^。，；]{2,}[，；][^。]{0,4}$/u.test(t.slice(0, at).split("。").pop() ?? "") ? "它" : m))
      // "某协定生效当日，中方第一次降税；此后……": 此后 counts from the day the same sentence has just named
      .replace(/(?<=(?:生效|签署|簽署|成立|建交|开通|開通)(?:当日|当天|當日|當天|之日)[^。]{0,30}[，；,;])此[后後]/gu, "后来");
  const ownTemplate = namedBack(resolved(body.replace(/。这是在[^？]*？$/u, "")));
  if (DANGLING_INSIDE.test(ownTemplate) || (q.front && DANGLING_INSIDE.test(namedBack(resolved(q.front))))) flags.add("dangling-reference");
  // an event with no subject ("对某国生效", "生效，目前有……") or a photo caption ("图为……")
  const noDate = (t: string) =>
    t.replace(/^(?:判[断斷]正[误誤]：)?(?:_{2,}|（\s*）|[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月)?(?:[一二三四五六七八九十]{1,3}日)?|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)[，,]?/u, "");
  const eventTexts = [body, q.front ?? "", ...(q.type === "ordering" ? opts0(q) : [])];
  if (eventTexts.some((t) => NO_SUBJECT.test(noDate(t)) || /(?:^|[，。；])图为/u.test(t))) flags.add("dangling-reference");
  // an ordering's event that is no event of its own: its subject cut ("根据某宣言在某地成立"), a speaker's
  // filler ("就是，……"), a day counted from another ("某国独立第三天"), a goal named by its year ("支持某国实现可持续发展议程目标")
  if (q.type === "ordering" && opts0(q).some((o) => /^(?:根据|就是|支持)|^[^，]{0,4}[，,]|第[一二三四五六七八九十\d]{1,3}天$|(?<![\d年])可持续发展议程/u.test(o))) flags.add("dangling-reference");
  // "建交五十周年是在哪一年？": an anniversary of a relation whose countries the question never names
  if ((/^建交[^，。？]{1,6}周年(?:是在|纪念)/u.test(body) || /^[^：]*?\d{4}年[，,]建交[^，。？]{1,6}周年[。]?$/u.test(body)) && !namesSide(body)) flags.add("dangling-reference");
  // "被列入某名录是在哪一年？": a passive event whose subject was cut off
  if ([body, q.front ?? ""].some((t) => /^被(?:列入|评为|授予|纳入|誉为)/u.test(noDate(t)))) flags.add("dangling-reference");
  // a short form of a summit after a bare 论坛/会议 ("论坛某地峰会"): the forum is not named
  const shownText = `${body}\n${q.front ?? ""}`.replace(/(?:^|\n)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]/gu, "，");
  if (/(?:^|[，。；：])论坛[\u3400-\u9fff]{2,8}(?:峰会|部长级会议|会晤)/u.test(shownText) && !/[\u3400-\u9fff]论坛/u.test(shownText)) flags.add("dangling-reference");
  // "两国元首签署了……", "三国领导人首次……": the countries are counted, never named in what is shown
  for (const t of [body, q.front ?? ""]) if (unnamedCountries(t)) flags.add("dangling-reference");
  // a statement to judge of a 双方 it names neither side of ("……为双方关系的不断升级奠定了前提"): true of whom
  // (a pair written by its short label, "中某双方", names both; a treaty's 缔约双方 are its parties)
  if (q.type === "true_false" && unnamedSides(body.replace(/^判断正误[^：]*：/u, ""))) flags.add("dangling-reference");
  // a round figure asked beside the exact one the speaker corrects it to ("全长____左右，准确地说是四百七十二公里"):
  // which of the two is meant, the blank does not say, and the exact one gives the round one away
  if ([body, q.front ?? ""].some((t) => /(?:_{2,}|（\s*）)[^。；！？]{0,8}[，,]\s*(?:准确|确切|精确|严格)(?:地|来)?(?:说|讲)/u.test(t))) flags.add("ambiguous-blank");
  // a source sentence that holds a blank of its own (a quiz's "同时也是（　　）成员国") shown beside the question's: the
  // question's blank is one of two (the empty brackets only: a raw quote may run across an address, whose __ is no blank)
  if (/（[\s　]*）/u.test(q.source.quote) && [body, q.front ?? ""].some((t) => t.includes("（）"))) flags.add("ambiguous-blank");
  // a year that is part of a name ("2030年可持续发展议程", "2035年愿景") asked as the time of an event: the
  // question shows the name without its year ("支持某国实现可持续发展议程目标是在哪一年？"), which means nothing
  for (const m of q.source.quote.matchAll(/\d{4}年((?:[\u3400-\u9fff]{0,8}?)(?:议程|愿景|远景目标))/gu)) {
    const tail = m[1]!;
    if ([body, q.front ?? ""].some((t) => new RegExp(`(?<![年_）])${tail}`, "u").test(t))) flags.add("ambiguous-blank");
  }
  // a count of a generic noun asked with no owner ("“八个国家”包括哪几项内容？", "“三个阶段”……"): of what, the question does not say
  for (const t of [body, q.front ?? ""])
    if (/^(?:根据原文，)?(?:下列哪一项不属于)?“[一二两三四五六七八九十\d]{1,2}(?:个|大|项|個|項)?(?:国家|國家|阶段|階段|关键词|關鍵詞|个词|個詞|词概括|詞概括|方面|层面|層面|步骤|步驟|部分|领域(?:合作)?|領域(?:合作)?)”/u.test(t)) flags.add("ambiguous-blank");
  // a statistic asked as an event ("某班列开行N列同比增长6%是在哪一年？"): a row of figures, no event
  if (/(?:同比|比上年|较上年)(?:增长|下降|增加|减少)?[\d.]+%[^？]*是在(?:哪一年|什么时候)/u.test(body)) flags.add("dangling-reference");
  // "某国正式加入合作": which cooperation is not said (the object of 加入 is a bare 合作)
  for (const t of [body, q.front ?? ""]) if (/加入合作(?:[，。；？]|是|$)/u.test(t) && (t.match(/合作/gu) ?? []).length === 1) flags.add("dangling-reference");
  for (const t of [body, q.front ?? ""]) if (unstatedSubject(t)) flags.add("dangling-reference");
  // "某国在某地签署协议是在什么时候？": an event of signing an agreement it does not name
  if (q.tags.includes("date") && [body, q.front ?? ""].some(signsUnnamed)) flags.add("dangling-reference");
  // "访问期间，两国签署……20份文件": a count, a date or a claim of a visit the text named before what is shown (a name
  // such a sentence gives is still the name asked, and stays)
  if ((q.tags.includes("figure") || q.tags.includes("date") || q.type === "true_false") && [body, q.front ?? ""].some(visitBefore)) flags.add("dangling-reference");
  // a bare 还 opening what is shown ("还准备提供……", "还承诺……"): its subject was cut off
  for (const t of [body, q.front ?? ""]) if (BARE_HAI_OPENING.test(t.replace(/^[“"「]/u, ""))) flags.add("dangling-reference");
  // a 他/她 opening what is shown that the text before did not name (bank.ts names it when it can)
  for (const t of [body, q.front ?? ""]) if (PRONOUN_OPENING.test(t.replace(/^[“"「]/u, ""))) flags.add("dangling-reference");
  // an answer key's, a lesson plan's or a speech subtitle's own words, not the document's content
  // (the source sentence is read too, for what the shown text no longer says, but not for an answer key's words, which the shown text can lose)
  if ([body, q.front ?? ""].some((t) => t !== "" && notContent(t)) || notContent(q.source.quote, false)) flags.add("not-content");
  if (evaluativeOnly(q)) flags.add("not-content");
  // a line of keywords ("甲　乙　丙　丁"): a page's tags, no sentence
  if (TAG_LINE.test(q.source.quote.trim())) flags.add("not-content");
  // a blank in a question the text asks ("问：……？什么是（    ）？"): the text's heading, which its answer follows
  if ([body, q.front ?? ""].some((t) => /(?:什么是|何为|何谓|哪些是|为什么)(?:_{2,}|（\s*）)[”」]?？/u.test(t))) flags.add("ambiguous-blank");
  // a date question whose date was an aside's ("第二份……（第一份发表于某年）"): the aside left without it asks another event
  if (q.tags.includes("date") && [body, q.front ?? ""].some(emptiedAside)) flags.add("ambiguous-blank");
  if ([body, q.front ?? ""].some(unnamedSpeakerBlank)) flags.add("ambiguous-blank");
  if ([body, q.front ?? ""].some(mailHeader)) flags.add("not-content");
  // round 15: a section of a line, a 全省 of no province, a list item whose lead was cut, an abstract's 指出
  if ([body, q.front ?? ""].some((t) => t !== "" && unnamedWhole(t.replace(/^判断正误[^：]*：/u, "")))) flags.add("dangling-reference");
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (asked && clauseAnswer(asked)) flags.add("ambiguous-blank");
    // a name asked that is a clause or a route ("某国单方面退出某协议", "经某口岸"): the extractor's span, not a name
    if (q.tags.includes("agreement") && /^(?:经|由|从)[\u3400-\u9fff]{2,}|[\u3400-\u9fff](?:单方面|先后|相继)?退出[\u3400-\u9fff]/u.test(asked)) flags.add("ambiguous-blank");
    // a list item cut inside its last word ("（    ）易等领域" for "……环境与贸易等")
    if (/(?:_{2,}|（\s*）)[\u3400-\u9fff]等/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("artefact:answer-edge");
    // "中国—某组织建立（    ）以视频方式举行" → "对话关系30周年纪念峰会": the blank takes a meeting with the object of 建立
    if (/(?:峰会|会议|会晤|大会)$/u.test(asked) && /建立(?:_{2,}|（\s*）)/u.test(`${q.prompt}\n${q.front ?? ""}`) && /建立[^，。；]*(?:关系|伙伴)/u.test(`建立${asked}`)) flags.add("artefact:answer-edge");
    // a blank that is only the count of the items listed beside it ("以甲、乙、丙为（    ）支柱" → "三大")
    const n = countOf(asked);
    if (n >= 2 && /^[一二两三四五六七八九十\d]{1,2}(?:大|个|项|点|条)$/u.test(asked) && listLengths(q.front ?? q.prompt).includes(n)) flags.add("answer-leak");
    // (or the count with its noun when the list follows 即: "重点推进“（    ）”合作，即甲、乙、丙和丁" → "四个领域")
    if (n >= 2 && /^[“「]?[一二两三四五六七八九十\d]{1,2}(?:大|个|项|点|条)?(?:领域|方面|支柱|原则|国家|阶段)[”」]?$/u.test(asked)) {
      const after = /(?:_{2,}|（\s*）)[”」]?[\u3400-\u9fff]{0,4}[，,]即([^。；]*)/u.exec(`${q.front ?? q.prompt}`);
      if (after && listLengths(after[1]!).includes(n)) flags.add("answer-leak");
      // (or before it: "以甲、乙、丙为“（    ）”")
      const before = /[以将把]([^，。；：以将把]*?)(?:为|作为)[“「]?(?:_{2,}|（\s*）)/u.exec(`${q.front ?? q.prompt}`);
      if (before && listLengths(before[1]!).includes(n)) flags.add("answer-leak");
    }
    // "……是（    ）" → "指……" (the 是指 of a definition cut in two); "双方可在甲、乙" (the subject glued to a list)
    if (/^指[\u3400-\u9fff]/u.test(asked) || /^(?:双方|两国|各方)(?:可|将|应|要|愿)/u.test(asked)) flags.add("artefact:answer-edge");
    // a dateline's "电应……" or "电据……" taken for a name, as answer or option
    if ([asked, ...(q.options ?? [])].some((o) => /^电[应据]/u.test(o))) flags.add("artefact:answer-edge");
    // "新华社某地5月9日电某国铁路部门……": the 电 of the dateline glued to the name blanked after it
    if (/^电[\u3400-\u9fff]/u.test(asked) && /\d日(?:_{2,}|（\s*）)/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("artefact:answer-edge");
    // a date asked of an agreement whose name says nothing of whose it is, with nothing else shown
    const dateAsked = /^(?:判断正误：)?(?:《关于[^》]+》|关于\S+?(?:声明|宣言|备忘录|协定|协议|条约))(?:签署|通过|发表|生效)于|^(?:《关于[^》]+》|关于\S+?(?:声明|宣言|备忘录|协定|协议|条约))是在(?:什么时候|哪一年)/u;
    const shownName = /《?(关于[^》，。]+?(?:声明|宣言|备忘录|协定|协议|条约))》?/u.exec(body)?.[1];
    if (dateAsked.test(body) && shownName && partylessName(shownName)) flags.add("ambiguous-blank");
    // "《货物贸易协议》签署于……": a name every free-trade area has, with no party shown
    const generic = /^(?:判断正误：)?《((?:货物|服务)?贸易|投资|争端解决机制|全面经济合作框架|自由贸易|经济合作|经济技术合作|文化合作|科技合作)(?:协议|协定)》(?:签署|通过|生效)于|^《((?:货物|服务)?贸易|投资|争端解决机制|全面经济合作框架|自由贸易|经济合作|经济技术合作|文化合作|科技合作)(?:协议|协定)》是在/u;
    if (generic.test(body) && !namesSide(body.replace(/《[^》]*》/gu, ""))) flags.add("ambiguous-blank");
    // "关于互免签证的协定是在……": a bilateral instrument described, not named, with no party shown
    if (dateAsked.test(body) && /^关于\S+?(?:协定|协议|备忘录|议定书)(?:签署|生效|是在)/u.test(body.replace(/^判断正误：/u, "")) && !namesSide(body)) flags.add("ambiguous-blank");
    // "中国作为（    ）伙伴" → "东盟对话": the blank cuts the term "对话伙伴"
    if (/对话$/u.test(asked) && /(?:_{2,}|（\s*）)伙伴/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("artefact:answer-edge");
  }
  // "2013年X月X日，……" cut before "此后/随后……": the date shown is not the date of what follows
  const shownStarts = [body, q.front ?? ""].map((t) => t.replace(/^判断正误[^：]*：/u, ""));
  if (shownStarts.some((t) => /^\d{4}年[^，。]{0,8}[，,]……/u.test(t)) && /(?:此后|随后|其后|之后|后来|此前)/u.test(q.source.quote)) flags.add("dangling-reference");
  // a list item that took the 为 of "以甲、乙为“某某”" ("金融合作为", "信息技术为"): the item is cut wrong
  if ([...answerStrings(q), q.back ?? ""].flatMap((a) => a.split("、")).some((a) => /[\u3400-\u9fff]为$/u.test(a) && q.source.quote.includes(`${a}“`))) flags.add("artefact:answer-edge");
  // a table's row of figures under a label ("面积：278平方公里，30平方公里"): whose, the row does not say
  for (const t of [body, q.front ?? ""]) if (/^[\u3400-\u9fff]{2,6}[：:](?:[\d.]+|_{2,}|（\s*）)[\u3400-\u9fff%]{0,5}[，,](?:[\d.]+|_{2,}|（\s*）)[\u3400-\u9fff%]{0,5}[。]?$/u.test(t.replace(/\s*括号中[^？]*？$/u, ""))) flags.add("artefact:glued");
  // a time span asked as a figure ("（    ），中国累计派出……" → "30多年来")
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (/^[\d一二三四五六七八九十]+多?年来$/u.test(asked.trim()) && /^(?:[^：]*[：:])?(?:_{2,}|（\s*）)[，,]/u.test(`${q.front ?? q.prompt}`)) flags.add("ambiguous-blank");
  }
  // "双方签署（    ）" → "关于……的多项协议": a description of several documents, no name
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (/(?:多项|一系列|若干)(?:协议|协定|文件|合作文件)$/u.test(asked)) flags.add("ambiguous-blank");
  }
  // a date answered in a table's digits ("1963-06"): a student writes 1963年6月 and is marked wrong
  if ((q.type === "cloze" || q.type === "short_answer") && answerStrings(q).some((a) => /^\d{4}-\d{1,2}(?:-\d{1,2})?$/u.test(a.trim()))) flags.add("artefact:answer-edge");
  // a blank that takes the head of a longer name and leaves its tail ("（    ）职业技术学院" → "某某铁路")
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (asked && !/\d/u.test(asked) && /(?:_{2,}|（\s*）)(?:职业技术学院|职业学院|学院|大学|研究院|有限责任公司|有限公司|股份公司|公司|集团|大厦|大楼|总领事|總領事|领事|領事|大使)/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("artefact:answer-edge");
  }
  // a preposition cut into the answer ("朝着某某共同体"): the blank starts a word early
  if ([...answerStrings(q), q.back ?? ""].some((a) => /^(?:朝着|沿着|向着|围绕|按照|依照)[\u3400-\u9fff“《]/u.test(a.trim()))) flags.add("artefact:answer-edge");
  // an answer cut at punctuation ("——某某站", "，某某") is no clean answer
  if ([...answerStrings(q), q.back ?? ""].some((a) => /^[—–―\-…，、：；,;:]/u.test(a.trim()))) flags.add("artefact:answer-edge");
  // a run of one-character country names before the blank gives its count ("中俄美英法（    ）核武器国家" → 五个)
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    const n = countOf(asked);
    for (const t of [q.prompt, q.front ?? ""]) {
      const m = /([中俄美英法日韩德印巴朝越老柬泰缅蒙哈吉塔乌土伊沙埃澳加菲新马])+(?=_{2,}|（\s*）)/u.exec(t);
      if (m && n >= 2 && /^[中俄美英法日韩德印巴朝越老柬泰缅蒙哈吉塔乌土伊沙埃澳加菲新马]+$/u.test(m[0]) && m[0].length === n) flags.add("answer-leak");
      // (or written with 、: "哈、乌、吉（    ）元首" → "三国")
      const listed = /((?:[俄美英法日韩德印巴朝越老柬泰缅蒙哈吉塔乌土伊沙埃澳加菲新马]、)+[俄美英法日韩德印巴朝越老柬泰缅蒙哈吉塔乌土伊沙埃澳加菲新马])(?=_{2,}|（\s*）)/u.exec(t);
      if (listed && n >= 2 && /^[一二两三四五六七八九十]国$/u.test(asked) && listed[1]!.split("、").length === n) flags.add("answer-leak");
    }
  }
  // a speech's dateline asked ("某某报告——某年某月某日在（    ）上"): the heading of the document, no fact
  if (/——(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("trivial-blank");
  // a newspaper dateline asked ("本报某地____电", "新华社某地（    ）电")
  if (/(?:本报|新华社|中新社)[\u3400-\u9fff]{0,8}(?:_{2,}|（\s*）)电/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("trivial-blank");
  // a list that gives away its own count-name ("即甲、乙、丙，“（    ）”" → 三大……)
  if (q.type === "mcq") {
    const a = typeof q.answer === "string" ? q.answer : "";
    const n = countOf(a);
    const shownQ = q.front ?? q.prompt;
    if (n >= 2 && hasBlank(shownQ) && listLengths(shownQ).includes(n)) {
      // an mcq is still a question when another option has the same count ("三大通道" against "三点主张")
      const sameCount = (q.options ?? []).filter((o) => o !== a && countOf(o) === n).length;
      // (a cloze or card asks to recall the name, which the count alone does not give)
      if (q.type === "mcq" && sameCount === 0) flags.add("answer-leak");
    }
  }
  // a count the text's own numeral abbreviation gives ("（    ）甲、100个乙及1000个丙，简称“十百千”" → 10个)
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    const m = /^(\d{1,5})[^\d.]{0,2}$/u.exec(asked);
    const sign = m ? ({ 10: "十", 100: "百", 1000: "千", 10000: "万" } as Record<number, string>)[Number(m[1])] : undefined;
    const shownQ = `${q.prompt}\n${q.front ?? ""}`;
    if (sign && [...shownQ.matchAll(/[“"]([一二两三四五六七八九十百千万]{2,6})[”"]/gu)].some((a) => a[1]!.includes(sign))) flags.add("answer-leak");
  }
  for (const f of spokenPageFlags(q)) flags.add(f);
  if (q.prompt.length > 260) flags.add("too-long");
  else if (q.prompt.length > 160) flags.add("long-prompt");

  // answer leaked into the prompt
  if (q.type === "mcq" || q.type === "cloze" || q.type === "short_answer" || q.type === "multi") {
    const p = fold(q.prompt);
    for (const a of answerStrings(q)) {
      const fa = fold(a);
      // a two-character item of a list ("合作") inside a longer word of the prompt ("安全合作") gives nothing away
      if (fa.length >= (q.type === "multi" ? 3 : 2) && (/^\d/u.test(fa) ? shownWhole(q.prompt, a) : p.includes(fa))) flags.add("answer-leak");
      if (fa.length === 1 && q.type === "cloze" && shownWhole(q.prompt, a)) flags.add("ambiguous-blank");
    }
  }
  if (q.type === "flashcard" && q.front && q.back) {
    const fb = fold(q.back);
    if (fb.length >= 2 && (/^\d/u.test(fb) ? shownWhole(q.front, q.back) : fold(q.front).includes(fb))) flags.add("answer-leak");
  }
  // most of the answer already stands in the rest of the prompt ("……峰会在某地举行，这是首次主办
  // （    ）" → "……峰会"; "“（    ）”由此变为“金砖五国”" → "金砖四国")
  if (q.type === "mcq" || q.type === "cloze" || q.type === "flashcard") {
    const a = typeof q.answer === "string" ? q.answer : q.type === "flashcard" ? (q.back ?? "") : "";
    const shown = q.type === "flashcard" ? (q.front ?? q.prompt) : q.prompt;
    const isName = q.tags.includes("concept") || q.tags.includes("agreement");
    if (a && hasBlank(shown) && answerEchoed(a, shown, q.type === "mcq" ? (q.options ?? []).filter((o) => o !== a) : [], isName)) flags.add("answer-leak");
  }

  // "中俄两国元首签署并发表（    ）" with one option naming 俄罗斯: the pair of the prompt picks the answer
  if (q.type === "mcq" && typeof q.answer === "string" && (q.options ?? []).length >= 3) {
    const body = promptBody(q.prompt).replace(/_{2,}|（\s*）/gu, "□");
    // (or a side named by its character, "中方愿同吉方落实好（    ）")
    const sides = [...body.matchAll(SIDE_BY_CHARACTER)].map((m) => m[1]!);
    const named = [...new Set([...pairsIn(body), ...sides])].map((c) => COUNTRY_ABBREVIATIONS[c]).filter((n): n is string => !!n && n !== "中国");
    for (const country of named) {
      const holding = (q.options ?? []).filter((o) => o.includes(country) || o.includes(`中${country[0]}`));
      if (holding.length === 1 && holding[0] === q.answer) flags.add("answer-leak");
    }
  }
  // the one option that opens on a verb ("筹建某银行" among bank names): its form gives it away
  if (q.type === "mcq" && typeof q.answer === "string" && /^(?:筹建|建立|设立|成立|创建|组建)/u.test(q.answer) && !(q.options ?? []).some((o) => o !== q.answer && /^(?:筹建|建立|设立|成立|创建|组建)/u.test(o))) flags.add("answer-leak");
  // options
  const opts = q.options ?? [];
  if (q.type === "mcq" && opts.length !== 4) flags.add("too-few-options");
  if (q.type === "multi" && opts.length < 4) flags.add("too-few-options");
  if (q.type === "mcq" || q.type === "multi" || q.type === "ordering") {
    for (let i = 0; i < opts.length; i++) {
      for (let j = i + 1; j < opts.length; j++) {
        if (fold(opts[i]!) === fold(opts[j]!)) flags.add("duplicate-options");
        else if (similarity(opts[i]!, opts[j]!) >= 0.9) flags.add("similar-options");
      }
    }
    if (q.type === "mcq" && opts.length > 1) {
      const lens = opts.map((o) => o.length);
      if (Math.max(...lens) > 3 * Math.min(...lens) && Math.max(...lens) > 8) flags.add("uneven-options");
    }
  }
  if (q.type === "matching") {
    const rights = (q.pairs ?? []).map((p) => fold(p[1]));
    const lefts = (q.pairs ?? []).map((p) => fold(p[0]));
    if (new Set(rights).size !== rights.length || new Set(lefts).size !== lefts.length) flags.add("duplicate-options");
  }

  // a blank for who published a figure ("根据（    ）的数据") tests an attribution, not a fact
  const blankText = `${q.prompt}\n${q.front ?? ""}`;
  if (/(?:根据|据)\s*(?:_{2,}|（\s*）)\s*(?:的|发布的|公布的)?\s*(?:数据|统计|报告|报道|资料|调查|测算|估计|预测)/u.test(blankText)) flags.add("trivial-blank");

  // a blank that is one item of a list left open ("甲、乙、（    ）等领域", "以甲、（    ）为代表的……"): any other member of
  // the kind fits it, and an mcq's distractors may be members too; what the text lists is asked by an mcq whose blank is
  // the whole list and whose options are one of its examples against names the document never writes
  if ((q.type === "cloze" || q.type === "flashcard" || q.type === "mcq" || q.type === "short_answer") && !asksWholeList(q)) {
    if ([q.prompt, q.front ?? ""].some(openListBlank)) flags.add("ambiguous-blank");
  }
  // a blank right after 和 whose answer begins with the rest of a word ("和（    ）" → "平……": 和平 cut)
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (/^[平谐睦解]/u.test(asked) && /和(?:_{2,}|（\s*）)/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("artefact:answer-edge");
  }

  // a blank whose answer is a bare head with a generic modifier ("全国铁路", "国际组织"): it names nothing the
  // sentence could not be completed with otherwise
  // (in an mcq as well: "已有40多家（    ）签署" → "全球金融机构" among bodies' names)
  if ((q.type === "cloze" || q.type === "flashcard" || q.type === "mcq") && GENERIC_NAME.test(fold(typeof q.answer === "string" ? q.answer : (q.back ?? ""))))
    flags.add("ambiguous-blank");
  for (const f of givenAwayFlags(q)) flags.add(f);
  // a concept's bare generic head asked ("聚焦甲、乙等关键（    ）" → 领域): the words around it say it
  if ((q.type === "cloze" || q.type === "flashcard" || q.type === "mcq") && q.tags.includes("concept") && GENERIC_TERMS.has(typeof q.answer === "string" ? q.answer : (q.back ?? ""))) flags.add("trivial-blank");
  // blanks
  if (q.type === "cloze") {
    const b = q.blanked ?? (typeof q.answer === "string" ? q.answer : "");
    const fb = fold(b);
    if (fb.length <= 1 && !/\d/.test(fb)) flags.add("trivial-blank");
    if (TRIVIAL_BLANKS.has(fb)) flags.add("trivial-blank");
  }
  // "过去（    ），某省坚持……" → "一年": the span of a report, no fact
  {
    const asked = typeof q.answer === "string" ? q.answer : (q.back ?? "");
    if (/^[一二两三]年$/u.test(asked) && /过去(?:_{2,}|（\s*）)/u.test(`${q.prompt}\n${q.front ?? ""}`)) flags.add("trivial-blank");
  }
  return [...flags].sort();
}

/**
 * Whether `text` holds `answer`; a number only as a number of its own ("8年" is not in "2018年", "5" not in "25日"):
 * the digits of a longer number give no figure away.
 */
export function shownWhole(raw: string, rawAnswer: string): boolean {
  const text = raw.normalize("NFKC");
  const answer = rawAnswer.normalize("NFKC").trim();
  if (!/^\d/u.test(answer)) return text.includes(answer);
  // (read without marks as well: "2040~2045年" is shown by "2040-2045年")
  const fa = fold(answer);
  if (fa && new RegExp(`(?<!\\d)${escapeRegExp(fa)}${/\d$/u.test(fa) ? "(?!\\d)" : ""}`, "u").test(fold(text))) return true;
  return new RegExp(`(?<![\\d.．])${escapeRegExp(answer)}${/\d$/u.test(answer) ? "(?![\\d.．])" : ""}`, "u").test(text);
}

/** A line of a table or an info box: a short label, a run of spaces, its value ("建交时间　　　　某年某月某日"). */
const TABLE_ROW = /^[\u3000 \t]*[^。！？；，,\s]{1,20}[ \t\u3000]{2,}\S[^。！？；]*$/u;

/** A broadcast's or a video page's words about itself ("本期节目带您回顾……", "欢迎收看", "感谢收看本期节目"). */
const PROGRAMME_TALK = /^(?:本期|本档|本)(?:节目|视频|专题|栏目)|欢迎收看|感谢收看|(?:明天|下期|下周)同一时间再见/u;

/** A greeting opening what is shown ("主持人好。", "某研究员，您好。", "大家晚上好！"): a transcript's turn, not its content. */
const GREETING = /^(?:[^。！？，,]{1,10}[，,])?(?:主持人|观众朋友们?|朋友们|大家|各位|您|你)(?:早上|上午|中午|下午|晚上)?好[。！!]/u;

/**
 * What a speech's or a transcript's page shows besides its content, and events cut from its spoken lists
 * (round 19):
 * - a table or info box (rows of "label　　value") read as one sentence;
 * - the programme speaking of itself, a speaker's greeting;
 * - an event that is an item of a spoken list with its marker ("一是某某就任……后首次……"): the date stands in
 *   the item's clause, the item is not the event;
 * - an event cut before its verb ("两国以庆祝建交某周年为契机", "……为新起点"), or holding a 也 that points at a
 *   clause the question does not show ("某国的某探测器也实现了着陆").
 */
export function spokenPageFlags(q: Question): string[] {
  const out: string[] = [];
  const lines = q.source.quote.split("\n").filter((l) => l.trim() !== "");
  if (lines.filter((l) => TABLE_ROW.test(l)).length >= 2) out.push("artefact:glued");
  const body = promptBody(q.prompt);
  const shown = [body, q.front ?? ""].filter((t) => t !== "").map((t) => t.replace(/^[“"]/u, ""));
  if (shown.some((t) => PROGRAMME_TALK.test(t) || GREETING.test(t))) out.push("not-content");
  // an answer key's marking line ("评分要点：答出……得4分"): apparatus, not content
  if (shown.some((t) => /评分(?:要点|标准)|(?:得|给|扣)\d{1,2}分/u.test(t))) out.push("not-content");
  // (only the question's own wording of an event: a sentence shown as the text writes it has what 也 points at)
  const quoting = /^(?:根[据據]原文|[阅閱][读讀]原文|判断正误（依据原文）)/u.test(q.prompt) || /_{2,}|（\s*）/u.test(`${q.prompt}${q.front ?? ""}`);
  if ((q.tags.includes("date") && !quoting) || q.type === "ordering") {
    const bare = (t: string) => t.replace(/^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:至\d{1,2}[月日])?[，,]/u, "");
    const events = [...shown.map(bare), ...(q.type === "ordering" ? (q.options ?? []) : [])];
    if (events.some((t) => /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?|首先[，,]?|其次[，,]?)[\u3400-\u9fff]/u.test(t))) out.push("dangling-reference");
    const cutBefore = /为(?:契机|起点|新起点|主题|目标|抓手|纽带|引领|指引|重点)(?:是在|。?$|。这是在)/u;
    const pointing = /^[^，。？]{2,24}?(?<![这那也])[也亦](?!门|是|就|有|许|罢)[\u3400-\u9fff][^，。？]*(?:是在(?:哪一年|什么时候)|。?$|。这是在)/u;
    if (events.some((t) => cutBefore.test(t) || pointing.test(t))) out.push("dangling-reference");
  }
  return out;
}

/** An organisation a text names ("上海合作组织", "东盟", "金砖国家"), so that its bare 成员国 has a referent. */
const ORGANISATION = /组织|集团|联盟|东盟|欧盟|非盟|阿盟|金砖|上合|论坛|机制|理事会|共同体|委员会|联合国|银行|峰会|会议/u;

/**
 * Whether a text's actor is never named: a bare 成员国 with no organisation (one the document is about
 * is named by tidy's withNamedActors), a 我们 of a local government ("我们……全省……"), a bare 机制, a
 * 由此 that points before what is shown.
 */
export function unstatedSubject(text: string): boolean {
  const t = text.replace(/^判断正误[^：]*：/u, "");
  if (/(?:^|[，。；：])成员国/u.test(t) && !ORGANISATION.test(t.replace(/成员国/gu, ""))) return true;
  // "……妥善处理由此产生的问题": 由此 inside a clause points before what is shown; "机制中断了四年半": which
  if (/[\u3400-\u9fff]由此(?:产生|引发|导致|带来)/u.test(t) || /(?:^|[，。；])机制(?:中断|恢复)/u.test(t)) return true;
  const undated = t.replace(/^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?/u, "");
  // "某年某月，……提出构建……": an ellipsis standing where the sentence's subject was
  if (/^……(?:“[^”]{1,40}”[，,])?(?:提出|强调|指出|表示|宣布|在于|签署|出席|会见|会晤|访问|发表|主持)/u.test(undated)) return true;
  // a speaker's own 我 in the sentence asked ("我愿提出四点建议：第一，（    ）"): who speaks is not shown
  const asked = t.split(/(?<=[。！？])/u).find((x) => /_{2,}|（\s*）/u.test(x)) ?? t;
  if (/(?:^|[，。；：“])我(?:愿|谨|提议|相信|希望|期待)/u.test(asked)) return true;
  return /(?:^|[，。；：…])我们/u.test(t) && /全省|全市|我省|我市|本省|本市/u.test(t);
}

/** "签署协议。", "签署了协定是在……": a signing whose object is a bare 协议/协定, the text ending there. */
const BARE_SIGNING = /签署了?(?:一份|一项)?(?:协议|协定|合作文件|文件|备忘录)(?=[。？]|是在|$)/u;

/** Whether a text tells of an agreement signed and never says which ("金砖国家在某地签署协议是在什么时候？"). */
export function signsUnnamed(text: string): boolean {
  return BARE_SIGNING.test(text.replace(/^判断正误[^：]*：/u, ""));
}

/** Whether a text opens on the time of a visit, talks or a meeting it does not name ("访问期间，两国……"). */
export function visitBefore(text: string): boolean {
  const t = text.replace(/^判断正误[^：]*：/u, "").replace(/^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?/u, "");
  return /^(?:访问|会谈|会见|会晤|此访|出访|访华|峰会|会议)期间/u.test(t);
}

/**
 * Whether a text speaks of a part of something it never names (round 15):
 * - a section of a line ("甲国段于……签署总承包合同", "甲至乙段已通车") with no railway, road or line named;
 * - 全省/全市 with no province or city named ("截至某年底，全省共有外贸企业……");
 * - an abstract's or a report's 指出/认为 opening the event ("指出两国关系提升为……是在什么时候？").
 */
export function unnamedWhole(text: string): boolean {
  const dated = text.replace(/^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?/u, "");
  const t = dated.replace(/^(?:_{2,}|（\s*）)[，,]?/u, "");
  const lines = /铁路|公路|高铁|铁道|轻轨|地铁|管道|运河|走廊|大桥|[\u3400-\u9fff]线/u;
  const part = /(?:^|[，。；：])([\u3400-\u9fff]{2,12}段)(?:于|已|在|将|长|全长|签署|通车|开工|完工|建成|预计|正式|的)/u.exec(t);
  if (part && !lines.test(part[1]!) && !lines.test(t.replace(part[1]!, ""))) return true;
  if (/(?:^|[，。；：])(?:全省|全市)/u.test(t) && !/[\u3400-\u9fff]{2,4}[省市](?<!全省|全市)/u.test(t)) return true;
  return /^(?:指出|认为|提出|强调)(?![\u3400-\u9fff]{0,2}[：:])/u.test(dated);
}

/**
 * Whether a blank's answer is a clause, not a name: a name with its verb glued ("某城设有"), a
 * predicate ("建成某某中心"), or a date relative to another ("同年9月": a student who knows the
 * year writes it, and is marked wrong).
 */
export function clauseAnswer(answer: string): boolean {
  const a = answer.replace(/《[^》]*》|“[^”]*”/gu, "《》");
  if (/^(?:同年|次年|当年|翌年|同月)/u.test(a)) return true;
  if (/[\u3400-\u9fff](?:设有|建有|拥有|开设)$/u.test(a)) return true;
  // "把某地建设（    ）" → "成为和平之海": the verb's complement cut into the answer
  if (/^成为[\u3400-\u9fff]{2,}/u.test(a)) return true;
  // two parties as one answer ("某国与某银行"): the blank spans a country and another actor
  if (COUNTRY_FORMS.some(([form]) => a.startsWith(form) && /^(?:与|和|同)[\u3400-\u9fff]{2,}(?:银行|公司|集团|政府|部|委员会|机构)$/u.test(a.slice(form.length)))) return true;
  return /^(?:建成|建立|设立|成立|开通|启动)[\u3400-\u9fff—《]{6,}/u.test(a);
}

/** Words an agreement's name is made of when it names no party, no place and no subject of its own (a quoted initiative names none either). */
const GENERIC_NAME_WORD =
  /关于|两国|双边|实施纲要|纲要|[一二三四五六七八九十]年|建立|构建|新时代|全面|战略|伙伴关系|合作|深化|全方位|加强|恢复|外交关系|对接|“[^”]{2,8}”|倡议|框架|下|开展|推进|提升|在|的|和|与|及|双重国籍|问题|联合声明|联合宣言|联合公报|声明|宣言|谅解备忘录|合作备忘录|备忘录|安排|协定|协议|条约|议定书|计划|规划/gu;

/** Whether an agreement's name says nothing of whose it is ("《关于建立战略伙伴关系的联合宣言》"). */
export function partylessName(name: string): boolean {
  const inner = name.replace(/^《|》$/gu, "");
  return /^关于/u.test(inner) && inner.replace(GENERIC_NAME_WORD, "") === "";
}

/** Event clauses that open on their verb, with no subject ("对某国生效", "生效，……", "第一个同某国签署……", "截至某年底，吸引企业……"). */
const NO_SUBJECT =
  /^(?:对[\u3400-\u9fff]{1,8}(?:正式)?生效|(?:正式)?生效[，。]|图为|成为|全(?:省|市|区|县)(?![\u3400-\u9fff]{0,3}(?:省|市|区|县))|(?:第一个|首个)(?:同|与|和|在|签署|加入|承认|宣布|提出|建立|启动|达成)|截至[^，。]{2,14}[，,](?:已|共|累计)?(?:吸引|带动|入驻|签约|实现|完成|创造|进驻)|新(?:缔结|签约|增|开通|引进)|(?:同|与|和)中国(?:正式)?(?:签署|签订|建立|建交|达成|缔结)|(?:正式)?(?:开业|开馆|投产|竣工|启用)(?:运营)?[，。]|(?:同意|一致同意)(?:构建|構建|建立|将|將)|(?:实质性|實質性)完成|通达全球|\d+(?:\.\d+)?(?:万|亿)?(?:美元|元|人民币)[\u3400-\u9fff]|……(?:向|为|对|同|与|并|还|已|将|也|又|共|累计))/u;

/** Whether a text names a side of a relation: a country, a region, an organisation, a "中某" pair or "某方". */
function namesSide(t: string): boolean {
  return (
    COUNTRY_FORMS.some(([form]) => t.includes(form)) ||
    [...REGIONS, ...ORGANISATIONS].some((r) => t.includes(r)) ||
    pairsIn(t).size > 0 ||
    /中[海阿非拉欧东美日韩俄][\u3400-\u9fff]|[中俄美日韩印巴非阿欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委新]方|[\u3400-\u9fff]国(?!家|际|内|外)/u.test(t.replace(/[两三四五六七八九十各诸]国/gu, ""))
  );
}

/** Whether a text speaks of a 双方 and names neither side, by name, by a region or a group, or by a pair's short label. */
export function unnamedSides(t: string): boolean {
  if (!/(?<!缔约|締約)(?:双方|雙方)/u.test(t)) return false;
  return !namesSide(t.replace(/双方|雙方/gu, "")) && !/中[\u3400-\u9fff](?=两国|兩國|双方|雙方|建交|关系|關係)/u.test(t);
}

/**
 * Whether a text counts countries it never names ("两国元首签署了……"): a 两国/三国/双边 subject
 * with no other country, no "中某" pair and no "某方" in the same text.
 */
export function unnamedCountries(text: string): boolean {
  const t = text.replace(/^判断正误[^：]*：/u, "");
  if (!/(?:^|[，。；：…、\d月日年）？由])(?:两|三|四)国(?:元首|领导人|政府|外长|总理|首脑|关系|合作|间|之间|共同|签署|执行|一致|同意|决定|轮流|将|已|都|均|在)/u.test(t)) return false;
  const rest = t.replace(/[两三四五六七八九十]国/gu, "");
  // a country named by a visit or as a speaker ("访问某地", "某某方面表示", "这是某某对外签署的……")
  if (/访问[\u3400-\u9fff]|对[\u3400-\u9fff]{2,8}进行(?:国事|正式|工作)?访问|[\u3400-\u9fff]{2}(?:方面|对外|总统|总理|首相|国王)/u.test(rest)) return false;
  return !/国|[中俄美日韩印巴非阿欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委新]方/u.test(rest) && pairsIn(t).size === 0 && !/[\u3400-\u9fff]{1,6}(?:、|和|与|同)[\u3400-\u9fff]{1,6}(?:两|三|四)国/u.test(t);
}

/** A card whose blank is a whole list ("括号处原文列举了哪些内容？"): it asks what the text lists. */
function asksWholeList(q: Question): boolean {
  return /列举了哪些/u.test(q.front ?? "") || (q.type === "mcq" && /^阅读原文，括号处原文举出的例子中有下列哪一项？/u.test(q.prompt));
}

function opts0(q: Question): string[] {
  return q.options ?? [];
}

/** Lengths of the 、-lists in a text ("甲、乙和丙" → 3), clause by clause. */
export function listLengths(text: string): number[] {
  const out: number[] = [];
  for (const clause of text.split(/[，。；：,;:？！]/u)) {
    const parts = clause.split("、");
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    out.push(parts.length + (/[\u3400-\u9fff](?:和|及|与)[\u3400-\u9fff]/u.test(last) ? 1 : 0));
  }
  return out;
}

function hasBlank(text: string): boolean {
  return /_{2,}|（\s*）/u.test(text);
}

/** Longest common substring of two strings (folded by the caller). */
function longestCommon(a: string, b: string): string {
  let best = "";
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      if (b.includes(a.slice(i, j))) best = a.slice(i, j);
      else break;
    }
  }
  return best;
}

/** Head nouns a name's core takes without saying more ("某某原则", "某某政策"). */
const GENERIC_HEAD = /^(?:原则|政策|理念|精神|方针|立场|倡议|战略|主张|思想|路线)$/u;

/**
 * Whether `text` holds a short form of the name `fa` (both folded): three or more characters of it in order, from its
 * first to its last, with some left out ("南合组织" of "南川合作组织", "海伙协定" of "海洋经济伙伴协定").
 */
export function shortFormIn(fa: string, text: string): boolean {
  if (fa.length < 4 || !/^[\u3400-\u9fff]+$/u.test(fa)) return false;
  const last = fa[fa.length - 1]!;
  for (let i = text.indexOf(fa[0]!); i >= 0; i = text.indexOf(fa[0]!, i + 1)) {
    for (let j = i + 2; j < Math.min(text.length, i + fa.length - 1); j++) {
      if (text[j] !== last) continue;
      const s = text.slice(i, j + 1);
      if (/^[\u3400-\u9fff]+$/u.test(s) && !fa.includes(s) && abbreviates(s, fa)) return true;
    }
  }
  return false;
}

/** Whether `short` is written with characters of `name` in order, its first first ("南信" of "南川……信任……"). */
function shortOf(short: string, name: string): boolean {
  if (name[0] !== short[0]) return false;
  let k = 0;
  for (const c of name) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * Whether `part` is `whole` abbreviated: its characters in order, cut in two places or more, one piece at least a
 * single character (the 南 and 合 of 南合组织). A name with whole words left out ("某国—某地区峰会" of "某国—某地区
 * 合作委员会峰会", "友好合作条约" of "友好合作伙伴条约") is a sibling name, not a short form.
 */
function abbreviates(part: string, whole: string): boolean {
  // the reading with the fewest pieces ("南川机制" of "北陆南川元首会晤机制" is 南川 + 机制, not 南 + 川 + 机制)
  let best: number[] | undefined;
  let budget = 4000;
  const walk = (k: number, from: number, pieces: number[], last: number) => {
    if ((best && pieces.length >= best.length) || --budget < 0) return;
    if (k === part.length) {
      best = pieces;
      return;
    }
    for (let i = from; i < whole.length; i++) {
      if (whole[i] !== part[k]) continue;
      const next = i === last + 1 && pieces.length > 0 ? [...pieces.slice(0, -1), pieces[pieces.length - 1]! + 1] : [...pieces, 1];
      walk(k + 1, i + 1, next, i);
    }
  };
  walk(0, 0, [], -2);
  return !!best && best.length >= 3 && best.slice(0, -1).some((p) => p === 1);
}

const NUMERAL = /[一二两三四五六七八九十百千\d]/gu;

/**
 * Whether a blank's answer can be read off the rest of its prompt: a common part of three or more
 * characters making up more than half the answer, written once (a part repeated is the pattern
 * of a list: "坚持甲、坚持乙"), with the rest of the answer standing in the prompt too; or the
 * answer with only a numeral changed ("四国" for "五国").
 * Numbers and dates are not names: their units and years may repeat. Against options that share
 * the part, it gives nothing away.
 */
export function answerEchoed(answer: string, prompt: string, distractors: readonly string[] = [], isName = false): boolean {
  const fa = fold(answer);
  const blankless = prompt.replace(/_{2,}|（\s*）/gu, "\u0000");
  // a name written again with another number ("“（    ）”由此扩展为“17+1合作”" → "16+1合作")
  if (isName && /\d/u.test(fa) && /[\u3400-\u9fff]{2}/u.test(fa)) {
    const pattern = escapeRegExp(fa).replace(/\d+/gu, "\\d+");
    if (new RegExp(pattern, "u").test(fold(blankless))) return true;
  }
  // the only option naming the pair the passage names ("中非……峰会通过《……（    ）……》" → "中非……")
  if (distractors.length >= 2) {
    const named = pairsIn(blankless);
    const mine = [...pairsIn(answer)].filter((p) => named.has(p));
    if (mine.length > 0 && !distractors.some((d) => mine.some((p) => pairsIn(d).has(p)))) return true;
  }
  // numbers and dates are no names: their units and years may repeat
  if (!fa || /^[\d.]+[^\d]{0,4}$|^\d{3,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至\d{1,2}[日月])?$|^\d{8}年$/u.test(fa)) return false;
  const rest = fold(prompt.replace(/_{2,}|（\s*）/gu, "\u0000"));
  const common = longestCommon(fa, rest);
  const count = rest.split(common).length - 1;
  const shared = (part: string) => distractors.length > 0 && distractors.filter((d) => fold(d).includes(part)).length >= 2;
  // and what is left of the answer stands in the prompt as well ("二十国集团" and "峰会")
  const at = fa.indexOf(common);
  const left = [fa.slice(0, at), fa.slice(at + common.length)].filter(Boolean);
  const whole = left.every((part) => rest.replace(common, "\u0000").includes(part));
  if (common.length >= 3 && common.length * 2 > fa.length && count === 1 && whole && !shared(common)) return true;
  // the answer's core with only a generic head left ("坚定奉行（    ），承认世界上只有一个北陆" → "一个北陆原则")
  if (common.length >= 3 && common.length * 2 > fa.length && count === 1 && at === 0 && GENERIC_HEAD.test(fa.slice(common.length)) && !shared(common)) return true;
  // the answer's own short form in the prompt ("签署（    ），……第一个海伙协定" → "海洋经济伙伴协定")
  if (isName && shortFormIn(fa, rest) && !distractors.some((d) => shortFormIn(fold(d), rest))) return true;
  // its core and its head noun each written elsewhere in the prompt ("（    ）在某城……大会上通过，中国为协定的达成……"
  // → "某城协定"), not in a list, where items share words
  if (isName && fa.length >= 4 && /^[\u3400-\u9fff]+$/u.test(fa) && !/、\u0000|\u0000、/u.test(blankless)) {
    const core = fa.slice(0, -2);
    const head = fa.slice(-2);
    const alike = distractors.filter((d) => fold(d).endsWith(head) && rest.includes(fold(d).slice(0, -2))).length;
    if (rest.includes(core) && rest.replace(core, "\u0000").includes(head) && alike === 0) return true;
  }
  // of four options, only the answer repeats a name of the prompt ("（    ）在某地举行，这是首次主办
  // 二十国集团峰会" → "二十国集团领导人……峰会"): a student picks it without knowing
  const letters = (t: string) => t.replace(/\d+/gu, "\u0001");
  const named = longestCommon(letters(fa), letters(rest));
  if (distractors.length >= 2 && named.length >= 3) {
    const strongest = Math.max(...distractors.map((d) => longestCommon(letters(fold(d)), letters(rest)).length));
    if (strongest < 3) return true;
  }
  // the same name with another count; a figure written in numerals ("百分之七十", "十年") beside another
  // figure of its unit ("百分之三十", "五年") is no name, and another number gives nothing away
  const figure = /^(?:百分之)?[零〇一二两三四五六七八九十百千万亿点]+([\u3400-\u9fff]{0,5})$/u.exec(fa);
  const isFigure = !!figure && (fa.startsWith("百分之") || figure[1]!.length > 0) && (figure[1]!.length <= 2 || /(?:元|人民币|吨|公里|千米|米|人次|标准箱)$/u.test(figure[1]!));
  if (!isFigure && /[一二两三四五六七八九十百千]/u.test(fa)) {
    const pattern = escapeRegExp(fa).replace(NUMERAL, "[一二两三四五六七八九十百千\\d]");
    if (fa.length >= 3 && new RegExp(pattern, "u").test(rest)) return true;
  }
  return false;
}

/**
 * A counted label that is all a list's name says ("三点主张", "两个基本原则"): blanked as the bare object of the sentence
 * that announces the list ("为推动某事业，某方提出（    ）。"), it asks how many, not what; the list's content is what the
 * text goes on to give. (Named by what it is about, "……变革的“（    ）”", "就某问题提出“（    ）”", the label is recalled,
 * and stays.)
 */
export const LABEL_ONLY =
  /^[“「]?(?:[一二两三四五六七八九十]{1,2}|\d{1,2})(?:个|点|项|条|大|方面)?(?:基本|重要|重大|具体|主要|核心)?(?:主张|建议|举措|措施|原则|意见|倡议|目标|任务|要求|支柱|领域|承诺|共识|重点|看法|理念|成果|方面)[”」]?$/u;

/**
 * Whether a text's blank is the bare object of a verb of announcing that ends its sentence ("某方提出（    ）。"), with no
 * topic (就……) or modifier (……的) to say what the list is about.
 */
function announcedLabel(t: string): boolean {
  const m = /(?:提出|宣布|阐述|发表|作出|强调)[“「]?(?:_{2,}|（\s*）)[”」]?(?:[。：；]|$)/u.exec(t);
  if (!m) return false;
  const clause = t.slice(0, m.index).split(/[。；！？\n]/u).pop() ?? "";
  return !/就/u.test(clause);
}

/** The heads a body's or a text's full name ends in, whose short form a sentence gives away when it names it in full. */
const BODY_HEAD = /(?:组织|集团|联盟|共同体|委员会|理事会|银行|论坛|机制|会议|协定|条约|公约|宣言|协议)$/u;

/** Places a body keeps its own organs and lists: a blank bound to one ("（    ）海洋遗产名录", "某机制（    ）") fits one body only. */
const OWNER_BEFORE = /(?:机制|组织|公约|条约|大学|学院|委员会|理事会|联盟|集团|银行|联合国)》?$|[\u3400-\u9fff]》$/u;
const KEPT_AFTER = /^[\u3400-\u9fff]{0,6}?(?:名录|名单|名册)|^(?!等)[\u3400-\u9fff]{0,4}机构/u;

/**
 * Blanks and options a student answers without the document:
 * - a count blanked beside the numbered noun it counts ("东屿三国……转变为（    ）独立的国家" → 三个);
 * - a counted label that is all its list's name says, asked at the end of the sentence announcing it (LABEL_ONLY);
 * - an mcq whose blank is bound to a body's name before it ("某机制（    ）自某年起停摆" → an organ of that body) or to a
 *   list or organ after it ("入选（    ）海洋遗产名录"): the other bodies offered cannot fit, only the answer reads.
 */
export function givenAwayFlags(q: Question): string[] {
  const out: string[] = [];
  const asked = (typeof q.answer === "string" ? q.answer : (q.back ?? "")).trim();
  const shownTexts = [q.prompt, q.front ?? ""].filter(Boolean);
  const n = countOf(/^(?:[一二两三四五六七八九十]|\d{1,2})$/u.test(asked) ? `${asked}个` : asked);
  if (n >= 2 && /^(?:[一二两三四五六七八九十]|\d{1,2})(?:个|位|名|家|所|座|国)?$/u.test(asked)) {
    for (const t of shownTexts) {
      const blank = /(?:_{2,}|（\s*）)([^，。；：！？,;:]{1,12})/u.exec(t);
      const after = blank?.[1];
      if (!blank || !after) continue;
      // the numbered noun elsewhere in what is shown, not inside the words the blank counts
      const rest = t.slice(0, blank.index) + "□" + t.slice(blank.index + blank[0].length);
      for (const m of rest.matchAll(/(?<![\d一二两三四五六七八九十百千第])([一二两三四五六七八九十]|\d{1,2})个?([\u3400-\u9fff])/gu)) {
        if (countOf(`${m[1]}个`) === n && !/[个位名家所座年月日天次倍]/u.test(m[2]!) && after.includes(m[2]!)) out.push("answer-leak");
      }
    }
  }
  if ((q.type === "cloze" || q.type === "flashcard" || q.type === "mcq") && LABEL_ONLY.test(asked) && shownTexts.some(announcedLabel)) out.push("trivial-blank");
  // a set phrase its verb gives away ("恪守（    ）" → 一个中国原则)
  if (/^一个中国(?:原则|政策)$/u.test(asked) && shownTexts.some((t) => /(?:恪守|坚持|奉行|遵守|遵循|信守|坚守|承认)[“]?(?:_{2,}|（\s*）)/u.test(t))) out.push("answer-leak");
  // a count of the items the sentence lists right before the blank ("甲号、乙号和丙轮（    ）船" → 3艘) or names after it
  const counted = /^(\d{1,2}|[一二两三四五六七八九十])(?:艘|个|家|项|所|座|份|位|名|条|国|架|枚|颗|部|种)?$/u.exec(asked);
  if (counted) {
    const k = /^\d+$/u.test(counted[1]!) ? Number(counted[1]) : countOf(`${counted[1]}个`);
    for (const t of shownTexts) {
      const blank = /_{2,}|（\s*）/u.exec(t);
      if (!blank) continue;
      const clause = t.slice(0, blank.index).split(/[，。；：！？,;:]/u).pop() ?? "";
      const items = clause.split(/、|以及|和|及|与/u).filter((x) => x.trim() !== "");
      if (k >= 2 && clause.includes("、") && items.length === k) out.push("answer-leak");
      // or names them right after it ("与（    ）个国家接壤，分别是甲、乙和丙")
      const after = /^[^。；！？]{0,16}?[，：:]\s*(?:分别是|分别为|即|包括)[:：]?([^。；！？]+)/u.exec(t.slice(blank.index + blank[0].length));
      const list = after ? after[1]!.split(/[，,]/u)[0]! : "";
      const named = /等/u.test(list) ? [] : list.split(/、|以及|和|及|与/u).filter((x) => x.trim() !== "");
      if (k >= 2 && after?.[1]!.includes("、") && named.length === k) out.push("answer-leak");
    }
  }
  // a body asked by its short form while the sentence names it in full ("成为世界贸易组织成员，而（    ）的总部……" → 世贸组织)
  const bare = asked.replace(/^[“《]|[”》]$/gu, "");
  if (bare.length >= 3 && /^[\u3400-\u9fff]+$/u.test(bare) && (q.tags.includes("agreement") || q.tags.includes("entity") || q.tags.includes("concept"))) {
    for (const t of shownTexts) {
      const text = t.replace(/_{2,}|（\s*）/gu, "\u0000");
      const last = bare[bare.length - 1]!;
      for (let i = text.indexOf(bare[0]!); i >= 0; i = text.indexOf(bare[0]!, i + 1)) {
        for (let j = i + bare.length; j < Math.min(text.length, i + 16); j++) {
          const whole = text.slice(i, j + 1);
          if (text[j] === last && /^[\u3400-\u9fff]+$/u.test(whole) && BODY_HEAD.test(whole) && abbreviates(bare, whole)) out.push("answer-leak");
        }
      }
    }
  }
  // a short name asked right after the full one ("南川海洋合作会议（简称（    ））" → "南合会")
  if (asked.length >= 2 && /^[\u3400-\u9fff]+$/u.test(asked)) {
    for (const t of shownTexts) {
      const m = /([\u3400-\u9fff]{3,24})[（(](?:以下)?(?:简称|下称)?[“"]?(?:_{2,}|（\s*）)[”"]?[）)]/u.exec(t);
      if (m && m[1]!.length > asked.length && m[1]!.includes(asked[0]!) && shortOf(asked, m[1]!.slice(m[1]!.indexOf(asked[0]!)))) out.push("answer-leak");
    }
  }
  if (q.type === "mcq" && (q.tags.includes("agreement") || q.tags.includes("concept"))) {
    const m = /([^，。；：！？,;:]{0,12})(?:_{2,}|（\s*）)([^，。；：！？,;:]{0,12})/u.exec(promptBody(q.prompt));
    if (m && (OWNER_BEFORE.test(m[1]!) || KEPT_AFTER.test(m[2]!))) out.push("unfit-options");
  }
  return out;
}

export function scoreOf(flags: readonly string[]): number {
  if (flags.some((f) => DROPPING_FLAGS.has(f))) return 0;
  let s = 1;
  for (const f of flags) s -= PENALTY[f] ?? 0.05;
  return Math.max(0, Math.round(s * 100) / 100);
}

/**
 * Runs the self-check over all questions: per-question flags, then near-duplicate
 * questions (same type, nearly the same prompt and answer). Returns kept and dropped.
 */
export function selfCheck(questions: (Question & { blanked?: string })[]): { kept: Question[]; dropped: Dropped[] } {
  const checked = questions.map((q) => {
    const flags = questionFlags(q);
    return { q, flags };
  });
  const kept: { q: Question; flags: string[] }[] = [];
  const dropped: Dropped[] = [];
  const seenIds = new Set<string>();
  // better questions first, so that a near duplicate drops the weaker one
  const order = [...checked].sort((a, b) => scoreOf(b.flags) - scoreOf(a.flags) || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0));
  // near duplicates can only share type and answer: compare within those groups.
  // The question kept also tests the facts of the duplicates it replaces.
  const groups = new Map<string, { prompt: string; q: Question }[]>();
  for (const c of order) {
    let twin: Question | undefined;
    const group = `${c.q.type}\u0000${JSON.stringify(c.q.answer ?? c.q.pairs ?? c.q.back)}`;
    if (seenIds.has(c.q.id)) c.flags.push("near-duplicate-question");
    else if (!c.flags.some((f) => DROPPING_FLAGS.has(f))) {
      twin = (groups.get(group) ?? []).find((g) => similarity(g.prompt, c.q.prompt) >= 0.9)?.q;
      if (twin) c.flags.push("near-duplicate-question");
    }
    seenIds.add(c.q.id);
    const drop = c.flags.filter((f) => DROPPING_FLAGS.has(f));
    if (drop.length > 0) {
      if (twin && drop.length === 1) twin.factIds = [...new Set([...twin.factIds, ...c.q.factIds])];
      dropped.push({ id: c.q.id, type: c.q.type, factIds: c.q.factIds, prompt: c.q.prompt, reasons: drop });
      continue;
    }
    const { blanked: _b, ...rest } = c.q as Question & { blanked?: string };
    void _b;
    const q: Question = { ...rest, factIds: [...rest.factIds], quality: { score: scoreOf(c.flags), flags: [...new Set(c.flags)].sort() } };
    kept.push({ q, flags: c.flags });
    groups.set(group, [...(groups.get(group) ?? []), { prompt: q.prompt, q }]);
  }
  return { kept: kept.map((k) => k.q), dropped: dropped.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
