/**
 * Raw lines and what each one is on its own: blank, separator, Markdown heading,
 * footnote, table-of-contents entry, meta line (editor, source, download notice),
 * byline, or plain text to be joined into paragraphs later.
 */
import { MappedText, isHan } from "../text";
import { cleanLine } from "./inline";
import { TIME_LINE, UPDATE_STAMP } from "../time-line";
import type { TableCell } from "../types";

export type LineKind = "blank" | "separator" | "pagemark" | "heading" | "footnote" | "toc" | "meta" | "byline" | "text";

/** Page numbers of a PDF page: "— 12 —", "- 3 -", "第 3 页", "Page 3 of 10", "3/10", a bare "12". */
const PAGE_MARK = /^(?:[—–-]\s*\d{1,4}\s*[—–-]|·\s*\d{1,4}\s*·|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,3})$/i;
/** The timing line of a subtitle cue (SRT "00:01:23,450 --> 00:01:27,100", WebVTT "01:23.450 --> 01:27.100"). */
const CUE_TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?(?:\s+\S.*)?$/;

/** A chat export's line before each message: the sender's name and the time (某某 19:02:11). */
const CHAT_SENDER = /^[^\s:：\d][^\s:：]{0,19}(?:\s[^\s:：\d][^\s:：]{0,11})?\s+\d{1,2}:\d{2}(?::\d{2})?$/;
/** …and its notices: a message recalled, a nudge (“某某” 拍了拍 “某某”), members joining. */
const CHAT_NOTICE = /^(?:["“]?\S{1,20}["”]?\s*)(?:撤回了一条消息|拍了拍.{0,30}|加入了群聊|邀请.{1,40}加入了群聊|修改群名为.{0,30})$/;
/** Authors' affiliations in brackets, numbered as their names are marked, with a city and a post code. */
const AFFILIATIONS = /^[（(]\s*(?:\d[．.、]\s*[^（()）]{2,40}?(?:大学|学院|研究院|研究所|研究中心|科学院|学校)[^（()）]{0,80}|[^（()）]{2,40}?(?:大学|学院|研究院|研究所|研究中心|科学院|学校)[^（()）]{0,40}?\d{6}[^（()）]{0,60})[）)]$/;
/** A running head or foot set off by spaces, with the page number in middle dots at one end. */
const RUNNING_HEAD = /^·\s*\d{1,4}\s*·[ \t\u3000]{2,}\S.{0,80}$|^\S.{0,80}[ \t\u3000]{2,}·\s*\d{1,4}\s*·$/;
/** A journal's or a brief's issue line, whose number may run to three figures (2024年第9期, 2024年第112期). */
export const ISSUE_LINE = /\d{4}\s*年\s*第\s*\d{1,3}\s*期/;
/** A journal's issue of a year (某某研究　2024年第3期), the year captured. */
export const JOURNAL_YEAR_ISSUE = /(\d{4})\s*年\s*第\s*\d{1,2}\s*期/;
/** A journal page's head line: the journal, the issue and the column, set apart by wide spaces (某某研究　　2024年第3期　　某栏目). */
const JOURNAL_ISSUE = new RegExp(String.raw`${JOURNAL_YEAR_ISSUE.source}|第\s*\d{1,3}\s*卷\s*第\s*\d{1,2}\s*期`);
// (a line that also gives the day, 2024年第9期　2024年9月20日, dates the document: it is kept)
const isJournalHead = (t: string): boolean =>
  JOURNAL_ISSUE.test(t) && /\S[ \t\u3000]+\S/.test(t) && t.length <= 60 && !/[。！？；，]/.test(t) && !/\d{1,2}月\d{1,2}日/.test(t);
/** A web page's trail of links above its article (首页 > 国际 > 正文, 当前位置：首页 >> 新闻). */
const BREADCRUMB = /^(?:(?:当前|您的|你的)?位置\s*[：:]\s*)?[^\s>＞»›。，；！？]{1,12}(?:\s*(?:>{1,2}|＞{1,2}|»|›)\s*[^\s>＞»›。，；！？]{1,16}){2,}$/;
/** A web page's buttons and share links (【字体：大 中 小】　打印本页　关闭窗口, 分享到：微信　微博). */
const PAGE_CONTROL = /【?(?:字体|字号)[：:]?\s*大\s*中\s*小\s*】?|【?(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部|我要纠错|纠错)】?|分享到[：:]?|微信|微博|朋友圈|QQ空间|QQ/g;
/** A line of a web page's buttons and nothing else. */
export function isPageControls(t: string): boolean {
  const rest = t.replace(PAGE_CONTROL, "");
  return rest !== t && rest.replace(/[\s|｜·]/g, "") === "";
}
/** The label of a paper's or an article's section set before its first words (【内容提要】, 【编者按】). */
const SECTION_LABEL = /^【\s*(?:内容提要|内容摘要|提要|摘要|概要|编者按|编者的话|导语|导读|按语)\s*】/;
/** A line of a chart drawn in text: box-drawing and block characters, numbers and spaces only, a box character among them. */
const CHART_LINE = /^(?=.*[\u2500-\u259f])[\u2500-\u259f\d.\s%％]+$/;

export interface Line {
  index: number;
  raw: string; // the raw line, untouched
  start: number; // raw offset of the line
  clean: MappedText;
  kind: LineKind;
  headingLevel: number;
  endMark: boolean;
  doubled: boolean;
  closesParagraph: boolean;
  /** A table's row (read with its headers), or a header or rule row (dropped). */
  table?: "row" | "rule";
  /** A row's value cells with what their headers measure (raw spans). */
  cells?: TableCell[];
  /** The headline of one item of a feed: the title of that item, not a sentence of it. */
  headline?: boolean;
  /** A photo's caption marked by a triangle (▲ 图为……): a caption block of its own. */
  caption?: boolean;
}

/** Units that may follow a number at the start of a body line ("5 月", "13 所"), so it is not a footnote number. */
const UNIT_AFTER_NUMBER = /^[年月日号时分秒个倍所家名项次届周岁位万亿千百十余多%％\-—–~～.·、,，国座条列对只辆台吨米元天期版页章节点]/;

const META_LINE = new RegExp(
  [
    "^[（(【\\[]\\s*(?:原载|来源|转载|本文原载|责任编辑|责编|编辑|本版编辑|美编|校对|作者系|作者单位|作者简介|基金项目|项目批准号|收稿日期|关键词|中图分类号|文献标识码|文章编号)",
    "^(?:原载|责任编辑|本版编辑|作者系|作者单位|基金项目|项目批准号|收稿日期|本文是|本文系|本文为|中图分类号|文献标识码|文章编号)",
    "^(?:来源|资料来源|数据来源|编辑|责编|美编|校对|关键词|DOI|Keywords?)\\s*[:：]",
    // page chrome of a news site closing an article: 【纠错】　【责任编辑：某某】, 【打印】　【关闭】
    "^【(?:纠错|打印|关闭|收藏|返回顶部)】",
  ].join("|"),
  "i",
);
/** The head of a quiz's or an exam's question: its number (1/12, 第3题, 3.) and its kind in brackets (【单选题】). */
const QUESTION_HEAD = /^(?:(?:第\s*)?\d{1,3}\s*(?:[/／]\s*\d{1,3}|题|[.．、])?[ \t\u3000]*)?【(?:单选题|多选题|不定项选择题|选择题|填空题|判断题|简答题|问答题|论述题|材料分析题)】$/;
/** The label opening a question's answer or its explanation (【解析】, 【答案】, 【点评】). */
const ANSWER_LABEL = /^【(?:解析|答案解析|答案|参考答案|点评|考点|分析)】\s*\S/;
/** A page's day followed by its source (2024-01-08　来源：某网): no sentence of the text. */
const DAY_SOURCE_LINE = /^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)[ \t\u3000]+(?:来源|作者|编辑|责任编辑)\s*[：:]/;
/** The source line under a table or a chart (资料来源：某某): it ends the table, and nothing under it runs on into it. */
const SOURCE_LINE = /^[（(]?(?:资料来源|数据来源)\s*[:：]/;
/** What a book's author did, written after the name on the author line (某某　著, 某某 主编). */
export const AUTHOR_ROLE = /[ \t\u3000]+(?:著|编著|合著|主编|撰)$/;
/** A book's author line: a short name, then what the author did. */
const AUTHORED_LINE = new RegExp(String.raw`^(\S.{0,14}?)` + AUTHOR_ROLE.source);
const META_ANYWHERE = /以上内容仅为|试下载|阅读全文|版权所有|All rights reserved|扫码|关注公众号|本版编辑|美\s*编/i;
/** The words that open a byline after a reporter's of a paper, an agency or a station (in the order they are tried). */
export const BYLINE_WORDS = String.raw`本报特约记者|本报通讯员|记者|通讯员|作者|负责人|撰文|主讲人|主讲|授课教师|授课老师|授课人|(?:课题组|执笔人?)(?=\s*[:：])|文\s*[/／|]`;
/** A byline's opening words (本报记者, 新华社记者, 本报驻某地记者, 作者：…), the longest reading of a reporter's. */
const BYLINE_PREFIX = new RegExp(String.raw`^[（(]?\s*(?:本报记者|[\u4e00-\u9fff]{1,6}社记者|本报驻\S{1,12}记者|${BYLINE_WORDS})\s*[:：]?`);
const AFFILIATION = /(?:研究员|教授|讲师|主任|所长|院长|副院长|博士|博士生|硕士|记者|编辑|学者|专家|办公室|委员会|研究院|研究所|研究中心|编写组|课题组)[）)]?$/;
/** Common Chinese surnames: names in bylines start with one of them. */
export const SURNAMES =
  "习强王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封";

export function isNameLine(text: string): boolean {
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 2 || compact.length > 14 || !/^[\u4e00-\u9fff\s、，,·]+$/.test(text)) return false;
  const names = splitNames(text);
  return names.length > 0 && names.length <= 4 && names.every((n) => n.length >= 2 && n.length <= 4 && SURNAMES.includes(n[0]));
}

/** "张伟 李娜" → two names; "王 芳" (letter-spaced) → one. */
export function splitNames(text: string): string[] {
  // names set apart by wide gaps, each of them letter-spaced ("孙　明　远　　　何　静　怡")
  const wide = text.trim().split(/\s{2,}/);
  if (wide.length > 1 && wide.every((g) => /^\S(?:\s\S){1,3}$/.test(g))) return wide.map((g) => g.replace(/\s/g, ""));
  const parts = text
    .trim()
    .split(/[\s、，,]+/)
    .filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.length === 1)) {
    // letter-spaced: "王 芳" is one name; "王 立 陈 静" two names of two characters
    if (parts.length === 4 && SURNAMES.includes(parts[0]) && SURNAMES.includes(parts[2])) return [parts[0] + parts[1], parts[2] + parts[3]];
    return [parts.join("")];
  }
  return parts;
}

const CHANNEL = /^[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[|｜][ \t\u3000]*(?=[\u4e00-\u9fff“《][^。；！？|｜]{5,}$)/;

/** The word opening a social-media post's head line (原创, or 转载 and 转自 for a post passed on). */
const POST_WORD = "^(?:原创|转载|转自)";
/** The author and the account written between that word and the post's day (某某 某号). */
const POSTER = "[^。！？；，]{0,40}?";
/** A social-media post's head line: 原创 (or 转载) with its author, account, day and time (原创 某某 某号 2031年05月01日 08:00 某地). */
export const POST_HEAD = new RegExp(
  String.raw`${POST_WORD}[ \t\u3000]+${POSTER}\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})(?:[ \t\u3000]*\d{1,2}:\d{2})?[^。！？；，]{0,12}$`,
  "u",
);
/** The day of a post's head line as its meta block holds it, the spaces gone (原创某某某号2031年05月01日08:00某地): year, month, day. */
export const POST_HEAD_DAY = new RegExp(String.raw`${POST_WORD}${POSTER}(\d{4})年(\d{1,2})月(\d{1,2})日`, "u");
/** A post's prompt to follow the account, a placeholder left by an image, a section label alone on its line. */
const POST_PROMPT = /^(?:点击|点)(?:上方)?[“"]?(?:蓝字|[^\s]{1,10}?[”"]?)[ \t\u3000]*(?:关注|订阅)(?:我们|本号|公众号)?[!！]?$|^(?:图片|图|视频|音频|图源[：:]\S{1,12})$|^(?:编者按|编者的话|编者语)[：:]?$/u;
/** A photo's caption marked by a triangle (▲ 图为……): a short line, what the picture shows. */
const TRIANGLE_CAPTION = /^[▲△][ \t\u3000]*\S[^\n]{0,150}$/u;

/** A line of a social-media post's furniture: its head, its follow prompt, an image placeholder, a lone label. */
export function isPostChrome(t: string): boolean {
  return POST_HEAD.test(t) || POST_PROMPT.test(t);
}

/** The triangle marking a photo's caption, with the space after it. */
export const TRIANGLE_MARK = /^[▲△][ \t\u3000]*/u;

/** The nearest non-blank line before a line ends its paragraph there: nothing of it runs on into the line. */
function closeParagraphBefore(lines: Line[], line: Line): void {
  let k = lines.indexOf(line) - 1;
  while (k >= 0 && lines[k]!.raw.trim() === "") k--;
  if (k >= 0) lines[k]!.closesParagraph = true;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const n = raw.length;
  while (start <= n) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = n;
    let contentEnd = end;
    if (contentEnd > start && raw[contentEnd - 1] === "\r") contentEnd--;
    // a quoted line of an e-mail or a blockquote ("> ", "> > "): the line is what follows the marks
    let quote = raw[start] === ">" ? /^(?:>[ \t]?)+/.exec(raw.slice(start, contentEnd))![0].length : 0;
    // a web page's first line "国际 | 标题": the channel before the bar is no part of the title
    if (lines.every((l) => l.raw.trim() === "")) quote += CHANNEL.exec(raw.slice(start, contentEnd))?.[0].length ?? 0;
    const rawLine = raw.slice(start + quote, contentEnd);
    const cleaned = cleanLine(MappedText.fromRaw(raw, start + quote, contentEnd));
    lines.push({
      index: index++,
      raw: rawLine,
      start: start + quote,
      clean: cleaned.text,
      kind: "text",
      headingLevel: cleaned.headingLevel,
      endMark: cleaned.endMark,
      doubled: cleaned.doubled,
      // (a web page's time line, 2024-01-03 08:15　来源：某某网, is a paragraph of its own)
      closesParagraph: cleaned.closesParagraph || TIME_LINE.test(rawLine) || SOURCE_LINE.test(rawLine.trim()),
    });
    if (end >= n) break;
    start = end + 1;
  }
  return lines;
}

/** Footnote numbers referred to in the text (<sup>n</sup>, ^[n], [n]). */
export function footnoteMarkers(raw: string): Set<string> {
  const set = new Set<string>();
  for (const m of raw.matchAll(/<sup>\s*(\d{1,3})\s*<\/sup>|\^\[(\d{1,3})\]|\S\[(\d{1,3})\]/g)) set.add(m[1] ?? m[2] ?? m[3]);
  return set;
}

export function isFootnoteLine(raw: string, markers: Set<string>): boolean {
  const t = raw.trim();
  if (/^(?:\^?\[\d{1,3}\]|<sup>\s*(?:\d{1,3}|[\u2460-\u2473*†])\s*<\/sup>|[\u2460-\u2473]|注\s*[:：]|注释\s*[:：])/.test(t)) return true;
  const m = /^(\d{1,3})[\s.、．](?=\S)\s*/.exec(t);
  if (m && markers.has(m[1])) {
    const rest = t.slice(m[0].length);
    return !UNIT_AFTER_NUMBER.test(rest);
  }
  return false;
}

export function isTocLine(text: string): boolean {
  // the index of a digest's items ("本期导读：甲｜乙｜丙") lists the headings below it
  if (/^(?:本期导读|本期要目|本期目录|今日导读|要闻导读|本期看点)[：:]/.test(text) && (text.match(/[｜|]/g) ?? []).length >= 2) return true;
  return /^.{1,80}?(?:\t+|\s{2,}|\.{3,}|…{2,}|·{3,}|-{3,})\s*\d{1,4}$/.test(text) && !/[。；]/.test(text);
}

/** A circled number (①) glued after text somewhere in the document: a reference to a footnote. */
export function circledReferences(raw: string): Set<string> {
  const set = new Set<string>();
  for (const m of raw.matchAll(/(?<=[^\s])([\u2460-\u2473])/g)) set.add(m[1]);
  return set;
}

const FOOTNOTE_OPENER = /^(?:\^?\[\d{1,3}\]|<sup>|[\u2460-\u2473]|注\s*[:：]|注释\s*[:：])/;
/** A line that begins body text, not a wrapped footnote: a paragraph indent, a heading, a bullet. */
const BODY_OPENER = /^(?:[\u3000]{1,2}|\s{2,}|#|[-*+●◆◇・★■□▲△▶►→>])/;

/**
 * A line opening with a circled number (①) is a footnote only when the number is referred to
 * in the text (glued after a word), when a 注：/注释： line came before, or when it opens the
 * notes block at the end (nothing but notes and their wrapped lines follows). Otherwise ①–⑳ at
 * line starts number the items of a list in the body.
 */
function circledLineIsNote(lines: Line[], at: number, refs: Set<string>, afterNotesLabel: boolean): boolean {
  const ch = lines[at].raw.trim()[0];
  if (refs.has(ch) || afterNotesLabel) return true;
  for (let k = at + 1; k < lines.length; k++) {
    const r = lines[k].raw;
    const t = r.trim();
    if (t === "" || FOOTNOTE_OPENER.test(t) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(t)) continue;
    if (META_LINE.test(lines[k].clean.text) || PAGE_MARK.test(lines[k].clean.text)) continue;
    if (BODY_OPENER.test(r)) return false;
  }
  return true;
}

/** A social page's time stamp of a post or comment, with where it was sent from and its likes. */
const SOCIAL_STAMP = /^(?:(?:编辑|发布|更新|发表)于\s*)?\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[・·]\s*IP\s*属地\s*[\u4e00-\u9fffA-Za-z]{1,10}(?:\s+赞\s*[\d.,]+\s*万?)?$/;
const COUNTER_WORD = /人赞同了该回答|个回答|条评论|条回复|查看全部|展开其余|展开全部|关注者|被浏览|写回答|邀请回答|好问题|添加评论|分享|评论|赞同|点赞|赞|收藏|转发|喜欢|举报|默认|最新/g;
/** Words that count something on the page (196 个回答, 1.3 万人赞同了该回答): with a number they make a counter alone. */
const COUNT_WORD = /人赞同了该回答|个回答|条评论|条回复|关注者|被浏览/;

/**
 * A row of a post's counters and buttons only (分享 | 评论(236) | 赞(1.8万), 查看全部 196 个回答, 关注者 4,517):
 * two of their words or more, or one that counts with its number, and nothing else but numbers, arrows and separators.
 */
export function isCounterRow(text: string): boolean {
  const words = text.match(COUNTER_WORD) ?? [];
  if (new Set(words).size < 2 && !(COUNT_WORD.test(text) && /\d/.test(text))) return false;
  return text.replace(COUNTER_WORD, "").replace(/[\d.,]+\s*万?|[▲▼△▽▾▴›💬…（()）|｜·・\s　]/gu, "") === "";
}

/** A line naming only the kind of paper and the course it is for (《某某》课程论文, 期末论文). */
const PAPER_KIND_LINE = /^(?:《[^《》]{2,30}》|[\u4e00-\u9fff]{2,16})?(?:课程论文|期末论文|期中论文|结课论文|学年论文|课程作业|课程报告|读书报告)$/;
/**
 * A handout's or a lesson's running head: the course and the kind of teaching material, with the term it is for
 * (《某某概论》课程讲义　2024—2025学年第一学期, 某某课教案　2023年秋季学期).
 */
const COURSE_MATERIAL_LINE =
  /^(?:《[^《》]{2,30}》|[\u4e00-\u9fff]{2,16})?(?:课程讲义|讲义|教案|课件|讲稿|教学大纲|课程大纲)(?:\d{4}\s*[—–\-~～至]\s*\d{4}\s*学年|\d{4}\s*年)?(?:第\s*[一二三四1-4]\s*学期|[春夏秋冬]季?学期)?$/;
/**
 * The label of a lesson's objectives (【本讲要点】, 学习目标：, 教学目标): what the student is to learn, not what the
 * material says.
 */
const OBJECTIVES_LABEL = /^【?\s*(?:本(?:讲|章|节|课|单元|专题)(?:要点|目标|学习目标|教学目标|学习要求)|学习目标|教学目标|学习要求|教学要求|学习要点|教学要点|教学重点|教学重难点|重点难点)\s*】?\s*[：:]?/;
/** An objective: a verb of learning opens it (了解…, 掌握…, 能够运用…), after its number if it has one. */
const OBJECTIVE_ITEM = /^(?:[\d０-９]{1,2}\s*[．.、)）]|[（(][\d０-９一二三四五六七八九十]{1,2}[)）]|[\u2460-\u2473]|[•▪■●◆◇★・\-*])?\s*(?:了解|理解|掌握|熟悉|认识|能够|学会|明确|把握|领会|体会|运用|初步了解|深入理解|正确认识)/;
/** A lesson's objectives: the label, then items each opened by a verb of learning, up to a blank line. */
export function objectiveLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].clean.text.trim();
    const label = OBJECTIVES_LABEL.exec(t);
    if (!label) continue;
    const rest = t.slice(label[0].length).trim();
    // the label alone on its line, or followed by the first objective (学习目标：了解……；掌握……。)
    if (rest !== "" && !OBJECTIVE_ITEM.test(rest)) continue;
    out.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const u = lines[j].clean.text.trim();
      if (u === "" || !OBJECTIVE_ITEM.test(u)) break;
      out.add(j);
    }
  }
  return out;
}
/** A study note's rhyme to remember it by, on a line of its own (＞＞记忆口诀：“…”, 速记：…). */
const MNEMONIC = /^[>＞»→★☆※\s]*(?:记忆口诀|口诀|速记口诀|速记|巧记|记忆方法)\s*[：:]/;
/** A brief's masthead over its issue line: the body that issues it and the kind of brief (某某研究中心　　智库简报). */
const MASTHEAD = /^[\u4e00-\u9fff]{2,24}?(?:智库简报|政策简报|研究简报|工作简报|简报|快报|要报|专报|内参|研究动态|工作通讯)$/;
/** The day a paper was handed in or finished (提交日期：2030年6月14日). */
export const HANDED_IN = /^(?:提交|完成|撰写|写作|成稿|交稿)(?:日期|时间)\s*[：:]\s*\d{4}\s*[年\-/.]/;
const RECORD_FIELD = /(?:姓名|学号|班级|专业|学院|院系|年级|指导教师|指导老师|导师)\s*[：:]/g;
/** A student's record: two fields or more of 姓名, 学号, 专业, 指导教师 … on one line. */
export function isStudentRecord(text: string): boolean {
  return text.length <= 120 && !/[。；]/.test(text) && (text.match(RECORD_FIELD) ?? []).length >= 2;
}

export function classifyLines(lines: Line[], raw: string): void {
  const markers = footnoteMarkers(raw);
  const circledRefs = circledReferences(raw);
  let afterNotesLabel = false;
  // a short line printed again and again is a running header or footer of the pages
  const seen = new Map<string, number>();
  for (const line of lines) {
    const t = line.clean.text;
    if (t.length >= 2 && t.length <= 40 && line.headingLevel === 0 && !line.table) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const options = optionLines(lines);
  const objectives = objectiveLines(lines);
  // a page's time line (2024-01-03 08:15　来源：某某网) and the stamp of its last change under the title
  // ((最近更新时间：2024年12月)) are paragraphs of their own: the title above does not run on into them either
  let before: Line | undefined;
  for (const line of lines) {
    const r = line.raw.trim();
    if (r === "") continue;
    if (TIME_LINE.test(r) || UPDATE_STAMP.test(r)) {
      line.closesParagraph = true;
      if (before) before.closesParagraph = true;
    }
    before = line;
  }
  // a chat export: a sender's name and the time before each message (某某 19:02:11)
  const chat = lines.filter((l) => CHAT_SENDER.test(l.raw.trim())).length >= 3;
  let inToc = false;
  /** Under a contents line (本期目录), until a blank line or a sentence. */
  let listedToc = false;
  let inSignature = false;
  for (const line of lines) {
    const t = line.clean.text;
    const rawTrim = line.raw.trim();
    // an e-mail signature: the lines after a "--" (or "-- ") line up to the next blank line
    if (/^--\s*$/.test(line.raw) && !line.table) {
      line.kind = "separator";
      inSignature = true;
      continue;
    }
    // the lettered options of a multiple-choice question: the wrong ones state no fact
    if (options.has(line.index)) {
      line.kind = "meta";
      continue;
    }
    if (inSignature) {
      if (rawTrim === "") inSignature = false;
      else {
        line.kind = "meta";
        continue;
      }
    }
    if (line.table) {
      line.kind = line.table === "row" && t.length > 0 ? "text" : "separator";
      continue;
    }
    if (t.length === 0) {
      line.kind = "blank";
      listedToc = false;
      continue;
    }
    // a page's field of its last change closing a line (最后更新：2024-05-06 21:05（北京时间）) ends what the line says
    if (/(?:最后)?(?:更新|修改|修订|发布)(?:时间|日期)?[：:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[（(][^（）()]{1,8}[）)])?$/.test(rawTrim)) line.closesParagraph = true;
    // a web page's trail of links and its buttons (首页 > 国际 > 正文, 【字体：大 中 小】　打印): no text of the article
    if (BREADCRUMB.test(rawTrim) || isPageControls(rawTrim)) {
      line.kind = "meta";
      line.closesParagraph = true;
      continue;
    }
    // a social-media post's head (原创 某某 某号 2031年05月01日 08:00 某地), its follow prompt (点击蓝字 关注我们), a placeholder
    // left by an image (图片), a label on a line of its own (编者按): no text of the article
    if (isPostChrome(rawTrim)) {
      line.kind = "meta";
      line.closesParagraph = true;
      closeParagraphBefore(lines, line);
      continue;
    }
    // a photo's caption marked "▲": what the picture shows, a caption of its own (its facts are the document's)
    // (not a row of counters opened by an up-vote's triangle, ▲ 赞同 1.3 万)
    if (TRIANGLE_CAPTION.test(rawTrim) && !isCounterRow(rawTrim)) {
      line.kind = "text";
      line.caption = true;
      line.closesParagraph = true;
      closeParagraphBefore(lines, line);
      continue;
    }
    // a headline opened by its tag (【快讯】某某抵达某地) is no start of the sentence under it
    // (a section's label, 【内容提要】 or 【编者按】, opens a paragraph that goes on)
    if (/^【[^】]{1,6}】[^。！？；]{2,60}$/.test(rawTrim) && !/[，、：:]$/.test(rawTrim) && !SECTION_LABEL.test(rawTrim)) line.closesParagraph = true;
    // a live page's day separator (━━ 8月23日 ━━): a heading over the entries of that day
    if (/^[━─═—=]{2,}\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:(?:星期|周)[一二三四五六日天])?\s*[━─═—=]{2,}$/.test(rawTrim)) {
      line.kind = "heading";
      line.clean = line.clean.deleteMatches(/[━─═—=\s]+/g);
      continue;
    }
    // a post's row of counters (分享 | 评论(236) | 赞(1.8万), ▲ 赞同 1.3 万 ▼ 💬 842 条评论 收藏), or a comment's stamp
    // (2024-08-04・IP 属地某地　赞 12, 编辑于 2024-08-03 21:17・IP 属地某地): no text of the post, and the end of it
    if (isCounterRow(rawTrim) || SOCIAL_STAMP.test(rawTrim)) {
      line.kind = "meta";
      line.closesParagraph = true;
      continue;
    }
    // a question's explanation opened by its label (【解析】…) starts a paragraph: the answer lines above do not run on into it
    if (ANSWER_LABEL.test(rawTrim)) closeParagraphBefore(lines, line);
    // a quiz's question head (1/12　【单选题】): a heading over its question, the end of what came before
    if (QUESTION_HEAD.test(rawTrim)) {
      line.kind = "heading";
      closeParagraphBefore(lines, line);
      continue;
    }
    // a page's day with its source and other fields beside it (2024-01-08　　来源：某某　　出题单位：某某): nothing runs on into it
    if (DAY_SOURCE_LINE.test(rawTrim)) line.closesParagraph = true;
    // a section's number alone between blank lines (一, 二 over the sections of a book's chapter) parts them as a rule does
    if (/^[一二三四五六七八九十]{1,3}$/.test(rawTrim) && [lines[line.index - 1], lines[line.index + 1]].every((l) => !l || l.raw.trim() === "")) {
      line.kind = "separator";
      continue;
    }
    // a rule of dashes, stars or box lines (———, ★★★, ━━━) between the items of a page
    if (/^(?:-{3,}|\*{3,}|_{3,}|={3,}|[★☆＊※━─═＝～~—]{3,})$/.test(rawTrim)) {
      line.kind = "separator";
      continue;
    }
    if (chat) {
      // the sender and time of a message, a recalled message, a nudge, a file or link shared, a reply's quote: no text of
      // the conversation; an emoji code ([玫瑰]) and a transcription's label ([语音转文字]) are no words of it
      if (CHAT_SENDER.test(rawTrim) || CHAT_NOTICE.test(rawTrim) || /^(?:共导出|已导出|导出完成)/.test(rawTrim) || /^\[(?:文件|图片|链接|视频|语音|位置|名片)\]/.test(rawTrim) || /^「[^」]{0,80}」$/.test(rawTrim)) {
        line.kind = "meta";
        line.closesParagraph = true; // (a short message under it is no tail of it)
        continue;
      }
      if (/^(?:-\s){3,}-?$/.test(rawTrim)) {
        line.kind = "separator";
        continue;
      }
      // a day's separator (—————— 2024-12-05 星期四 ——————) heads the messages of that day
      if (/^[—\-=─]{2,}\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:星期|周)?[一二三四五六日天]?\s*[—\-=─]{2,}$/.test(rawTrim)) {
        line.kind = "heading";
        continue;
      }
      const mention = /^@(\S{1,12})\s/.exec(rawTrim);
      line.clean = line.clean.deleteMatches(/\[(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{1,6}|语音转文字)\]\s*/g);
      if (mention && line.clean.text.startsWith(`@${mention[1]}`)) line.clean = line.clean.slice(mention[1].length + 1);
    }
    // the authors' affiliations under their names: （1．某某大学 某某学院，城市 100000；2．…）
    if (AFFILIATIONS.test(rawTrim)) {
      line.kind = "meta";
      continue;
    }
    // a journal page's running head or foot (·86·  某某研究  2024年第6期), and a chart drawn with box and block
    // characters, or its axis of bare numbers
    // (a journal's head line over the first page names the issue, and so the year, of the article: a meta line)
    if (isJournalHead(rawTrim) && !RUNNING_HEAD.test(rawTrim) && (seen.get(t) ?? 0) < 2 && lines.slice(0, line.index).every((l) => l.kind === "blank" || l.kind === "meta" || l.kind === "pagemark")) {
      line.kind = "meta";
      line.closesParagraph = true;
      continue;
    }
    if (RUNNING_HEAD.test(rawTrim) || isJournalHead(rawTrim) || CHART_LINE.test(rawTrim) || /^(?:\d{1,4}\s+){3,}\d{1,4}$/.test(rawTrim)) {
      line.kind = "pagemark";
      continue;
    }
    if (CUE_TIMING.test(rawTrim)) {
      line.kind = "pagemark"; // a cue's timing separates its text as a page mark does
      continue;
    }
    if (PAGE_MARK.test(t) || ((seen.get(t) ?? 0) >= 3 && !/[。！？；]$/.test(t) && !isFootnoteLine(line.raw, markers))) {
      line.kind = "pagemark";
      continue;
    }
    if (isFootnoteLine(line.raw, markers)) {
      const circled = /^[\u2460-\u2473]/.test(rawTrim);
      if (/^(?:注|注释)\s*[:：]/.test(rawTrim)) afterNotesLabel = true;
      if (!circled || circledLineIsNote(lines, line.index, circledRefs, afterNotesLabel)) {
        line.kind = "footnote";
        continue;
      }
    }
    const compact = t.replace(/\s+/g, "");
    if (/^(?:目录|contents|目次)$/i.test(compact) || /^(?:本期|本刊|本文|本报告)(?:目录|要目|导读)$/.test(compact)) {
      line.kind = "toc";
      inToc = true;
      listedToc = true;
      continue;
    }
    // an e-mail's or a page's image placeholder ([图片: 某某], [image: …]) holds no text of the document
    if (/^\[(?:图片|图像|照片|图|image|img|picture)\s*(?:[:：][^\[\]]{0,60})?\]$/i.test(compact)) {
      line.kind = "meta";
      continue;
    }
    // the items of a contents line printed right under it, without page numbers, up to the next blank line
    if (listedToc && line.headingLevel === 0 && t.length <= 40 && !/[。！？；，,]/.test(t)) {
      line.kind = "toc";
      continue;
    }
    listedToc = false;
    if (line.headingLevel > 0) {
      inToc = false;
      line.kind = "heading";
      continue;
    }
    if (isTocLine(line.raw.replace(/<[^>]{1,20}>/g, "").trim()) || (inToc && /\d{1,4}$/.test(t) && t.length < 60)) {
      line.kind = "toc";
      continue;
    }
    inToc = false;
    // a bullet of a slide or a note (- 关键词：甲、乙、丙) lists what the point is about; a paper's keywords line has no bullet
    const bulletedKeywords = /^(?:[-*+•▪·●◆]\s*)(?:关键词|关键字)\s*[:：][^；;]+、/.test(rawTrim);
    if ((META_LINE.test(t) && !bulletedKeywords) || (META_ANYWHERE.test(t) && t.length < 200)) {
      line.kind = "meta";
      continue;
    }
    // a brief's masthead right over its issue line (某某中心　智库简报 / 2024年第9期　2024年9月20日) names the series, not the brief
    if (MASTHEAD.test(t) && JOURNAL_ISSUE.test(lines.slice(line.index + 1).find((l) => l.raw.trim() !== "")?.clean.text ?? "") && lines.slice(0, line.index).every((l) => l.raw.trim() === "")) {
      line.kind = "meta";
      line.closesParagraph = true;
      continue;
    }
    // a study note's aid to memory (＞＞记忆口诀：“…”): a rhyme to learn the notes by, nothing the text says
    if (MNEMONIC.test(t)) {
      line.kind = "meta";
      line.closesParagraph = true;
      continue;
    }
    // a student paper's head: the course it is written for and the day it was handed in are meta; the student's record is its byline
    // (and a handout's head, its course and term, and the objectives of its lesson)
    if (PAPER_KIND_LINE.test(t) || HANDED_IN.test(t) || COURSE_MATERIAL_LINE.test(t) || objectives.has(line.index)) {
      line.kind = "meta";
      continue;
    }
    if (isStudentRecord(t)) {
      line.kind = "byline";
      continue;
    }
    // a book's author line under its title: the name and what the author did (某某　著, 某某 主编)
    const authored = AUTHORED_LINE.exec(rawTrim);
    if (authored && isNameLine(authored[1])) {
      line.kind = "byline";
      continue;
    }
    const by = BYLINE_PREFIX.exec(t);
    if (by && t.length <= 60 && !/[。；]/.test(t)) {
      const rest = t.slice(by[0].length).trim();
      if (rest === "" || /[:：]/.test(by[0]) || isNameLine(rest)) {
        line.kind = "byline";
        continue;
      }
    }
    line.kind = "text";
  }
  markRepeatedTitles(lines);
}

/**
 * A running head under a page's number that repeats the article's title (printed on two lines at the top
 * of the first page, on one line on the next pages) is no text of the page.
 */
function markRepeatedTitles(lines: Line[]): void {
  const head = lines.filter((l) => l.kind !== "blank").slice(0, 8);
  const last = head[head.length - 1]?.index ?? 0;
  const titles = new Set(head.flatMap((l, i) => [l.clean.text, l.clean.text + (head[i + 1]?.clean.text ?? "")]).filter((t) => t.length >= 6));
  let afterMark = false;
  for (const line of lines) {
    if (line.kind === "blank") continue;
    if (afterMark && line.kind === "text" && line.index > last && titles.has(line.clean.text)) line.kind = "pagemark";
    afterMark = line.kind === "pagemark";
  }
}

/**
 * The options of a multiple-choice question: three or more lines in a row (blank lines between allowed)
 * opened by the letters A, B, C… in order ("A. 1970年10月13日", "B、…", "（C）…").
 */
function optionLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  const letterOf = (l: Line) => /^[（(]?([A-H])[）)]?[.．、\s]/.exec(l.raw.trim())?.[1];
  for (let i = 0; i < lines.length; i++) {
    if (letterOf(lines[i]) !== "A") continue;
    const run = [i];
    for (let j = i + 1; j < lines.length && run.length < 8; j++) {
      if (lines[j].raw.trim() === "") continue;
      if (letterOf(lines[j]) !== String.fromCharCode(65 + run.length)) break;
      run.push(j);
    }
    if (run.length >= 3 && run.every((k) => lines[k].raw.trim().length <= 80)) for (const k of run) out.add(k);
  }
  return out;
}

/** A short line naming people, or an affiliation ("…研究所研究员"), reads as a byline. */
export function looksLikeByline(text: string): boolean {
  // (authors' affiliation marks: 某某¹，某某²)
  if (isNameLine(text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*]+/g, ""))) return true;
  return AFFILIATION.test(text) && text.length <= 50 && !/[。；，]/.test(text) && isHan(text.replace(/^[（(]/, "")[0] ?? "");
}
