/**
 * From classified lines to labelled blocks. Lines are grouped into units, then read
 * in order: a paragraph that stops mid-sentence runs on into the next text unit,
 * across blank lines, footnotes and captions set into it (those become their own
 * blocks, placed after the rejoined paragraph). Unmarked headings, titles, bylines,
 * captions, meta lines and articles appended after the main one are recognised here.
 */
import type { BlockLabel } from "../types";
import { MappedText, endsSentence, isHan, joinPieces } from "../text";
import { type Line, ISSUE_LINE, looksLikeByline, POST_HEAD, TRIANGLE_MARK } from "./lines";
import { TIME_LINE } from "../time-line";

export interface MappedBlock {
  label: BlockLabel;
  text: MappedText;
  /** For headings: the Markdown level, or 0 when detected from the text alone. */
  level?: number;
}

interface Unit {
  kind: "text" | "heading" | "footnote" | "toc" | "meta" | "byline";
  text: MappedText;
  raw: string; // the raw lines, for spacing that cleaning removes ("张伟 李娜")
  level: number;
  blankBefore: number;
  blankAfter: number;
  doubled: boolean;
  endMark: boolean;
  lines: number;
  /** A short unpunctuated line printed above a much longer one: a heading set on its own line. */
  standalone?: boolean;
  /** A record (a field line of an infobox, a table row, a bullet after an unpunctuated line): its own block. */
  record?: boolean;
  /** An indented line under an indented line that ended: a paragraph of its own, which runs on into nothing before it. */
  indented?: boolean;
  /** Ended by a closing block tag (</div>, </p>): nothing after it runs on into it. */
  closed?: boolean;
  /** The headline of a feed's item: a title. */
  headline?: boolean;
  /** A photo's caption marked by a triangle: a caption block, without its mark. */
  caption?: boolean;
}

/**
 * "中文名：中柬关系", "建交时间：1958年7月19日": a field and its value on one line; a longer label only before a number
 * ("某某领事保护与协助电话：+00-1234567").
 */
const FIELD_LINE = /^(?:[\u4e00-\u9fffA-Za-z（）()]{1,10}[：:]\s*[^\s：:]|[\u4e00-\u9fff（）()]{11,24}[：:]\s*[+＋(（]?\d)/;
/** A line opened by a bullet or a list number followed by a space ("• ", "▪ ", "- ", "1) ", "-> "). */
const BULLET_LINE = /^(?:[•▪■●◆◇★▶►・\-*+]|->|→|\d{1,2}[)）]|[（(]\d{1,2}[)）])[ \t\u3000]/;
/**
 * A line of notes opened by a bullet glued to its text ("●建交时间：…", "◆双边：…", "※常考：…", "→某国是…"),
 * a circled number ("①某某合作区"), a number with a full-width stop or 、 ("1．某某：…"), or a Markdown
 * numbered item ("1. 某某").
 */
const NOTE_OPENER = /^(?:[•▪■□●◆◇★▶►・※→\u2460-\u2473]|->|[\d０-９]{1,2}[．、](?=[^\d０-９\s])|\d{1,2}\.[ \t\u3000])/;
const TIMELINE_ROW = /^(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})年[^\s\u3000]{0,10}?\u3000+[\u4e00-\u9fff“「《]/;
/** How far a line is indented, a full-width space or a tab counted as two spaces. */
const indentOf = (l: Line) => /^[ \t\u3000]*/.exec(l.raw)![0].replace(/[\t\u3000]/g, "  ").length;
const isIndented = (l: Line | undefined) => !!l && /^[ \t\u3000]/.test(l.raw) && l.raw.trim().length > 0;
/** "　1999年4月　建立…" or "　　2018年某峰会→…": an indented line opened by a year. */
const opensWithYear = (l: Line) => /^\d{4}年/.test(l.clean.text.trim());

/**
 * A line of notes: opened by a bullet or a list number, or an indented line opened by a year under such a
 * line (a sub-item, a timeline row). Each is its own record, whatever the line before ends with, unless
 * that line breaks off after a comma or 、 (the item was wrapped).
 */
function isNoteLine(lines: Line[], line: Line): boolean {
  if (line.kind !== "text") return false;
  // a row of a chronology: a date, a gap of full-width spaces, the event ("一九七五年七月一日　两国建交")
  if (TIMELINE_ROW.test(line.raw.trim())) return true;
  if (NOTE_OPENER.test(line.raw.trim()) || BULLET_LINE.test(line.raw.trim())) return true;
  if (!isIndented(line) || !opensWithYear(line)) return false;
  for (let i = line.index - 1; i >= 0 && i >= line.index - 12; i--) {
    const l = lines[i];
    if (l.kind !== "text") return false;
    if (NOTE_OPENER.test(l.raw.trim()) || BULLET_LINE.test(l.raw.trim())) return true;
    if (!isIndented(l) || !opensWithYear(l)) return false;
  }
  return false;
}
const isField = (l: Line | undefined) => !!l && l.kind === "text" && FIELD_LINE.test(l.clean.text) && !/[。！？]/.test(l.clean.text);
const isRow = (l: Line | undefined) => !!l && l.table === "row";

/**
 * A line that must not run on from the unpunctuated line before it: a field line among other
 * field lines (an infobox), a table row, a bullet. Lines of a narrow column or a hard wrap are
 * none of these and still join.
 */
function isRecordLine(lines: Line[], line: Line): boolean {
  const prev = lines[line.index - 1];
  const next = lines[line.index + 1];
  if (isRow(line) || isRow(prev)) return true;
  if (isField(line) && (isField(prev) || isField(next))) return true;
  // the line after the last field of a run starts something new, unless indented under it
  if (isField(prev) && isField(lines[line.index - 2]) && indentOf(line) <= indentOf(prev)) return true;
  // a chronology typed line by line: a date, a space, the event (1972年2月19日 建交 / 2004年 建立…)
  if (DATE_ROW.test(line.raw) && (DATE_ROW.test(prev?.raw ?? "") || DATE_ROW.test(next?.raw ?? ""))) return true;
  return BULLET_LINE.test(line.raw.trim());
}

const DATE_ROW = /^\s*(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)[ \t\u3000]+[\u4e00-\u9fff“《]/;

const CAPTION_CREDIT =
  /[（(](?:[^（()）]{0,16}(?:新华社|中新社|供图|摄|图片来源|资料图|视觉中国|图源)[^（()）]{0,16})[）)]$|^(?:图为|图：|图\d|上图|下图|左图|右图)/;
const CAPTION_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
const END_OF_ARTICLE_META = /^[（(]?(?:原载|责任编辑|责编|本版编辑|作者系|本文是|本文系|本文为|以上内容仅为)/;
const SENTENCE_PUNCT = /[。！？；，、：:;,!?]/;
const ABSTRACT_HEADING = /^(?:abstracts?|summary|摘要)$/i;

/** A line ending with an emoji (👇, 💪 in a WeChat article) ends its sentence as a full stop would. */
const endsComplete = (t: MappedText): boolean => t.length === 0 || endsSentence(t.text) || /\p{Extended_Pictographic}\uFE0F?$/u.test(t.text);
const FUNCTION_START = /^(?:作为|在|对|从|随着|由于|因为|如果|虽然|但|而|和|与|以|将|把|被|让|使|为了|通过|根据|按照|自|当|据)/;

function balanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/《/g) === count(/》/g) && count(/[（(]/g) === count(/[）)]/g);
}

/** "一、", "（二）", "3.", "1.2 ", "第三章": the number of a numbered heading. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、.．]|第[一二三四五六七八九十\d]+[章节部分篇])\s*/;

function isHeadingLike(t: string): boolean {
  // 【三】某中心：合作的新地标 — a section number opens a heading that may hold a comma or a colon
  if (/^【[一二三四五六七八九十\d]{1,3}】/.test(t)) return t.length <= 40 && !/[。！？；]/.test(t) && balanced(t);
  const body = t.replace(HEADING_NUMBER, "");
  const han = [...body].filter(isHan).length;
  return han >= 2 && t.length <= 48 && !SENTENCE_PUNCT.test(body) && !/^\d+[%％]?$/.test(t) && balanced(t);
}

/** Above a byline, a title may hold a colon or a comma ("某论坛十年：携手…"), never a sentence end. */
function isTitleLike(t: string): boolean {
  return ([...t].filter(isHan).length >= 4 && t.length <= 60 && !/[。！？；]/.test(t) && !/[，、：]$/.test(t) && balanced(t));
}

/** A headline that asks its question ("某某：某国为何屡屡成为第一？"): one question mark, at its end, and no sentence before it. */
function isQuestionHeadline(t: string): boolean {
  return [...t].filter(isHan).length >= 6 && t.length <= 60 && /^[^。！？；]+[？?]$/u.test(t) && balanced(t);
}

/** A subtitle under a title (——写在某某之际). */
const SUBTITLE = /^[—－]{1,2}[\u4e00-\u9fff“《]/;

/**
 * A title-like line (one that may hold a comma) heads the article when what follows it belongs to the head:
 * a byline, a subtitle opened by a dash, or the page's time line.
 */
function headOfArticle(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  if (!next) return false;
  if (next.kind === "byline" || POST_HEAD.test(next.raw.trim())) return true;
  if (next.kind !== "text" || !(units[i].blankAfter >= 1 || units[i].closed)) return looksLikeByline(next.raw) && next.kind === "text";
  return looksLikeByline(next.raw) || SUBTITLE.test(next.text.text) || TIME_LINE.test(next.raw);
}

/** "三、某某的动力", "（一）能源互补：合作的“压舱石”": a numbered line that reads as a heading (a colon allowed). */
/** A heading-like line, or a short one with a colon between its two parts ("能源互补：合作的“压舱石”"). */
function isHeadingOrColonHeading(t: string): boolean {
  return isHeadingLike(t) || (t.length <= 30 && /^[^。！？；，]+：[^。！？；，：]+$/.test(t) && balanced(t));
}

function isNumberedHeading(t: string): boolean {
  return HEADING_NUMBER.test(t) && isHeadingOrColonHeading(t);
}

/** The line under a heading: the indented first line of a paragraph, or a heading of its own. */
const opensParagraph = (l: Line | undefined): boolean => !!l && l.raw.trim() !== "" && (isIndented(l) || isNumberedHeading(l.clean.text));

/** A heading stands alone: the text after it starts a sentence, not the tail of a cut word ("目，该项目…"). */
function isHeadingAt(units: Unit[], i: number, spaced: boolean): boolean {
  const u = units[i];
  const t = u.text.text;
  if (!isHeadingLike(t) && !(u.standalone && isNumberedHeading(t))) return false;
  const next = units[i + 1];
  if (next?.kind === "byline") return true;
  if (next && next.kind === "text" && /^.{1,2}[，、。；：”’）]/.test(next.text.text) && !HEADING_NUMBER.test(next.text.text)) return false;
  // on pages printed with a blank line after every line, a long unpunctuated line is a cut sentence
  // (unless the line under it follows with no blank line: then the page is not printed so)
  if (spaced && !u.standalone && (t.length > 10 || FUNCTION_START.test(t))) return false;
  return u.blankAfter >= 1 || next?.kind === "heading" || u.standalone === true;
}

export function groupUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let blank = 0;
  let last: Unit | null = null;
  let prevKind: Line["kind"] | null = null;
  let prevClosed = false;
  const push = (u: Unit) => {
    if (last) last.blankAfter = u.blankBefore;
    units.push(u);
    last = u;
  };
  for (const line of lines) {
    if (line.kind === "blank") {
      blank++;
      prevKind = "blank";
      continue;
    }
    if (line.kind === "separator" || line.kind === "pagemark") {
      blank++; // a rule, a page number or a running header separates like a blank line
      prevKind = "blank";
      continue;
    }
    const adjacent = prevKind !== null && prevKind !== "blank" && last !== null && !prevClosed;
    prevClosed = line.closesParagraph;
    const lu = last as Unit | null;
    let sectionLine = false;
    let indentedLine = false;
    if (line.kind === "text" && adjacent && lu) {
      // a text line straight after another line continues it, unless it is a byline under a heading-like line
      const open = (t: string) => t.split("（").length > t.split("）").length || t.split("“").length > t.split("”").length;
      const continuesRun =
        lu.kind === "text" ||
        (lu.kind === "footnote" && !endsComplete(lu.text)) ||
        (lu.kind === "meta" && !endsComplete(lu.text) && (open(lu.text.text) || line.clean.length <= 12));
      const bylineBreak = lu.kind === "text" && looksLikeByline(line.raw.trim()) && isHeadingLike(lu.text.text);
      const headingLine =
        lu.kind === "text" &&
        lu.lines === 1 &&
        isHeadingLike(lu.text.text) &&
        lu.text.length <= 24 &&
        line.clean.length >= Math.max(12, 1.6 * lu.text.length) &&
        /^[\u4e00-\u9fff\d“《]/.test(line.clean.text);
      // a numbered heading printed between paragraphs without a blank line: after a finished sentence or
      // another numbered heading, and over an indented first line or a heading of the level below
      sectionLine =
        lu.kind === "text" &&
        isNumberedHeading(line.clean.text) &&
        (endsComplete(lu.text) || (lu.lines === 1 && isNumberedHeading(lu.text.text))) &&
        opensParagraph(lines[line.index + 1]);
      if (sectionLine && lu.lines === 1 && isNumberedHeading(lu.text.text)) lu.standalone = true;
      const underSection = lu.kind === "text" && lu.lines === 1 && isNumberedHeading(lu.text.text) && isIndented(line);
      if (headingLine || underSection) lu.standalone = true;
      // an indented line under an indented line that ended with a full stop or a closing mark opens a paragraph
      // of its own (a page copied one paragraph, or one listed title, per line)
      const above = lines[line.index - 1];
      indentedLine = isIndented(line) && isIndented(above) && /[。！？）)》”」』]$/.test(above.clean.text);
      const noteBreak = isNoteLine(lines, line) && !/[，、,]$/.test(lu.text.text);
      const recordBreak = noteBreak || (!/[。！？；，：、:;,]$/.test(lu.text.text) && isRecordLine(lines, line));
      if (recordBreak) lu.record ||= isField(lines[line.index - 1]) || isRow(lines[line.index - 1]);
      if (continuesRun && !bylineBreak && !headingLine && !underSection && !sectionLine && !indentedLine && !recordBreak) {
        lu.text = numberedItemBreak(joinPieces(lu.text, listItemBreak(lu.text, line.clean)), lu.text, line.clean, statementItem(lines[line.index - 1]));
        lu.raw += "\n" + line.raw;
        lu.lines++;
        lu.closed = line.closesParagraph;
        lu.doubled ||= line.doubled;
        lu.endMark ||= line.endMark;
        prevKind = line.kind;
        continue;
      }
    }
    const record =
      line.kind === "text" &&
      ((isNoteLine(lines, line) && !(adjacent && lu && /[，、,]$/.test(lu.text.text))) ||
        (isRecordLine(lines, line) && (isField(line) || isRow(line) || (adjacent && !!lu && !/[。！？；，：、:;,]$/.test(lu.text.text)))));
    const kind: Unit["kind"] = line.kind === "text" && adjacent && lu && lu.kind === "text" && !lu.standalone && !record && !sectionLine && !indentedLine ? "byline" : (line.kind as Unit["kind"]);
    push({
      record,
      ...(indentedLine ? { indented: true } : {}),
      kind,
      text: line.clean,
      raw: line.raw.trim(),
      level: line.headingLevel,
      blankBefore: blank,
      blankAfter: 0,
      doubled: line.doubled,
      endMark: line.endMark,
      lines: 1,
      closed: line.closesParagraph,
      ...(line.headline ? { headline: true } : {}),
      ...(line.caption ? { caption: true } : {}),
    });
    blank = 0;
    prevKind = line.kind;
  }
  if (last) (last as Unit).blankAfter = blank;
  return mergeDashUnits(units);
}

/** "中国" / "—" / "中亚合作…" printed on three lines is one heading. */
function mergeDashUnits(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = out[out.length - 1];
    if (u.kind === "text" && /^[—–-]{1,2}$/.test(u.text.text) && prev?.kind === "text" && units[i + 1]?.kind === "text") {
      const next = units[i + 1];
      prev.text = prev.text.append(u.text).append(next.text);
      prev.blankAfter = next.blankAfter;
      i++;
      continue;
    }
    out.push(u);
  }
  return out;
}

/** On-screen text of a film or a broadcast ("【字幕】某公司总经理"): a caption. */
const SCREEN_TEXT = /^【(?:字幕|画面|屏幕|片头|片尾)】/;
/** "解说：", "受访者（某某）：": a speaker's label opens a new utterance, never the tail of the one before. */
/** (An exam's 答案：/解析： labels open their part of a question the same way.) */
const SPEAKER_LABEL = /^(?:解说|旁白|画外音|同期声|主持人|记者|受访者|嘉宾|采访对象|答案|参考答案|正确答案|解析|答案解析|评分要点)(?:[（(][^（()）]{1,16}[）)])?[：:]/;

/**
 * A letter's salutation on its own line ("某某老师：", "各位同事：") and a reply's quote line ("在…，某某 写道："):
 * followed by a blank line, what comes next is the letter's first paragraph, not their tail.
 */
const LETTER_OPENING = /^(?:(?:尊敬的|亲爱的)?[\u4e00-\u9fff·]{1,6}(?:老师|先生|女士|同志|同事|同学|教授|主任|博士|编辑|朋友|们)[：:]|.{0,80}(?:写道|wrote)[：:])$/;
/** In an e-mail (From:/发件人: headers, a reply's quote line) a bare name and a colon is a salutation too ("晓岚："). */
const MAIL_MARK = /^(?:From|发件人)\s*[：:]|(?:写道|wrote)[：:]$/;
const BARE_SALUTATION = /^[\u4e00-\u9fff·]{2,4}[：:]$/;
/** …and a header field (From:, 主题:) ends its line. */
const MAIL_HEADER = /^(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|发件人|收件人|抄送|主题|日期|发送时间)\s*[：:]/;

/** A paragraph in another language (the English of a bilingual release): no Chinese, at least four Latin words. */
export const isForeign = (t: string): boolean => ![...t].some(isHan) && (t.match(/[A-Za-z]{2,}/g) ?? []).length >= 4;

const SECTION_NUMBER = /^(?:【[一二三四五六七八九十\d]{1,3}】|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[章节部分篇编])/;
/** The title over a table or a figure: its number, a space, its title (表2-1　某某统计, 图3　某某). */
const TABLE_TITLE = /^[表图][\d０-９]{1,2}(?:[-—–.．][\d０-９]{1,2})?[ \t\u3000]+\S/;
/** The head of an appendix to a page or a document (附：某某简况, 附件2：某某). */
const APPENDIX_HEAD = /^(?:附|附件|附录)[\d一二三四五六七八九十]{0,2}[：:][^。！？；，：]{2,24}$/;
/** A section's number set apart from its title by a space (3.3 某某, 2. 某某, 第三章　某某, （2） 某某): on any page, a heading's. */
const SPACED_SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[章节部分篇编])[ \t\u3000]+[^\s\d]/;

function isCaption(u: Unit, open: MappedText | null): boolean {
  const t = u.text.text;
  if (u.caption || u.doubled || SCREEN_TEXT.test(t)) return true;
  if (CAPTION_CREDIT.test(t) && t.length < 300) return true;
  // a caption printed in brackets under its photo ((图5-3　某年某月，某某在某地)): the whole line, numbered 图N
  if (/^[（(]图\s*[\d０-９][\d０-９\-—–.．]*[\s\u3000]/.test(u.raw) && /[）)]$/.test(t) && balanced(t) && t.length < 200) return true;
  return (
    open !== null &&
    !endsComplete(open) &&
    CAPTION_DATE.test(t) &&
    endsComplete(u.text) &&
    (u.blankBefore >= 2 || u.blankAfter >= 2)
  );
}

/** Newspaper pages extracted with a blank line after every printed line. */
function isSpacedLayout(units: Unit[]): boolean {
  const text = units.filter((u) => u.kind === "text");
  const single = text.filter((u) => u.lines === 1).map((u) => u.text.length).sort((a, b) => a - b);
  return text.length >= 20 && single.length / text.length >= 0.7 && single[Math.floor(single.length / 2)] <= 30;
}

const ONLY_CREDIT = /^[（(][^（()）]{1,24}[）)]$/;
/** A caption closed by its photographer's credit after the sentence (…会见某某。新华社记者某某摄): nothing runs on into it. */
const captionComplete = (t: MappedText): boolean => endsComplete(t) || /[。！？][^。！？，；]{1,20}摄$/.test(t.text);

export function assembleBlocks(units: Unit[]): MappedBlock[] {
  const spaced = isSpacedLayout(units);
  const mail = units.some((u) => MAIL_MARK.test(u.text.text));
  const blocks: MappedBlock[] = [];
  const deferred: MappedBlock[] = [];
  let open: MappedBlock | null = null;
  let closedOpen = false;
  let appended = false;
  let seenBody = false;
  let titleDone = false;
  const headings: string[] = [];
  const records = new WeakSet<MappedBlock>();

  const close = () => {
    if (open) blocks.push(open);
    open = null;
    blocks.push(...deferred);
    deferred.length = 0;
  };
  const lastBlock = (): MappedBlock | undefined => blocks[blocks.length - 1];
  const bodyLabel = (): BlockLabel => (appended ? "appended" : "body");

  const pushCaption = (target: MappedBlock[], t: MappedText) => {
    const prev = target[target.length - 1];
    if (prev?.label === "caption" && (!captionComplete(prev.text) || ONLY_CREDIT.test(t.text))) prev.text = prev.text.append(t);
    else target.push({ label: "caption", text: t });
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const text = u.text.text;
    const openNow = open as MappedBlock | null;
    switch (u.kind) {
      case "footnote":
        (openNow ? deferred : blocks).push({ label: "footnote", text: u.text });
        continue;
      case "toc":
        close();
        blocks.push({ label: "toc", text: u.text });
        continue;
      case "meta":
        close();
        blocks.push({ label: "meta", text: u.text });
        if (seenBody && END_OF_ARTICLE_META.test(text)) appended = true;
        continue;
      case "byline": {
        close();
        const prev = lastBlock();
        if (seenBody && !appended && prev && (prev.label === "heading" || prev.label === "body")) {
          // a heading followed by a byline, after the main text: another article starts here
          appended = true;
          if (prev.label === "heading" || (prev.label === "body" && isHeadingLike(prev.text.text))) prev.label = "appended";
        }
        blocks.push({ label: "byline", text: u.text });
        continue;
      }
      case "heading": {
        if (isForeign(text)) {
          blocks.push({ label: "meta", text: u.text });
          continue;
        }
        close();
        if (ABSTRACT_HEADING.test(text.replace(/\s+/g, "")) && seenBody) appended = true;
        if (/^(?:目录|目次|contents)$/i.test(text.replace(/\s+/g, ""))) {
          blocks.push({ label: "toc", text: u.text });
          continue;
        }
        // (a feed's item is an article of its own: its headline is its title, no sentence to be read as said)
        if ((!titleDone && !seenBody) || u.headline) {
          titleDone = true;
          blocks.push({ label: "title", text: u.text, level: u.level });
          continue;
        }
        const dup = headings.slice(-3).includes(text);
        headings.push(text);
        blocks.push({ label: dup ? "meta" : appended ? "appended" : "heading", text: u.text, level: u.level });
        continue;
      }
      case "text": {
        if (isForeign(text)) {
          // a translation set after the Chinese paragraph: kept, not read for facts (in text appended
          // from other articles, such as their English abstracts, it stays with them)
          (openNow ? deferred : blocks).push({ label: appended ? "appended" : "meta", text: u.text });
          continue;
        }
        const lastOut = (openNow ? deferred : blocks)[(openNow ? deferred : blocks).length - 1];
        const captionTail =
          lastOut?.label === "caption" && !openNow && !SCREEN_TEXT.test(lastOut.text.text) && !SPEAKER_LABEL.test(text) && (!captionComplete(lastOut.text) || ONLY_CREDIT.test(text));
        if (captionTail || isCaption(u, openNow?.text ?? null)) {
          // (a caption's triangle is no word of it)
          const mark = u.caption ? TRIANGLE_MARK.exec(text) : null;
          pushCaption(openNow ? deferred : blocks, mark ? u.text.slice(mark[0].length).trim() : u.text);
          continue;
        }
        if (u.record) {
          // a record stands alone: nothing before runs on into it, and it runs on into nothing
          close();
          seenBody = true;
          const bullet = BULLET_LINE.test(u.raw) ? /^(?:[•▪■●◆◇★▶►・\-*+]|->|→|\d{1,2}[)）]|[（(]\d{1,2}[)）])\s*/.exec(u.text.text) : /^(?:[•▪■□●◆◇★▶►・※→]|->)\s*/.exec(u.text.text);
          const block: MappedBlock = { label: bodyLabel(), text: bullet ? u.text.slice(bullet[0].length).trim() : u.text };
          records.add(block);
          blocks.push(block);
          continue;
        }
        // a numbered section heading set off by a blank line (【二】…, 三、…) is no tail of the line before
        // (and so is one numbered 3.3 or 第三章 with a space after its number, even on a page with a blank line after every line)
        // (and so is an appendix's head, 附：某某简况)
        const section =
          u.blankBefore >= 1 && u.blankAfter >= 1 && ((!spaced && SECTION_NUMBER.test(text)) || SPACED_SECTION_NUMBER.test(u.raw) || APPENDIX_HEAD.test(text)) && isHeadingOrColonHeading(text);
        if (section) {
          close();
          blocks.push({ label: appended ? "appended" : "heading", text: u.text, level: 0 });
          headings.push(text);
          continue;
        }
        // (a paragraph opened by a bracketed section label after a blank line, 【内容提要】…, is no tail of the head above it)
        const labelled = u.blankBefore >= 1 && /^【(?![一二三四五六七八九十\d]{1,3}】)[^】]{1,8}】/.test(text);
        // (nor is a table's or a figure's title after a blank line, 表2-1　某某统计)
        const tableTitle = u.blankBefore >= 1 && TABLE_TITLE.test(u.raw);
        if (openNow && !endsComplete(openNow.text) && !SPEAKER_LABEL.test(text) && !closedOpen && !labelled && !tableTitle && !u.indented && !(u.blankBefore >= 1 && (LETTER_OPENING.test(openNow.text.text) || (mail && (BARE_SALUTATION.test(openNow.text.text) || MAIL_HEADER.test(openNow.text.text)))))) {
          openNow.text = joinPieces(openNow.text, u.text);
          if (u.endMark) appended = true;
          continue;
        }
        close();
        const prev = lastBlock();
        const prevComplete = !prev || prev.label !== "body" || endsComplete(prev.text) || records.has(prev);
        // (an issue line kept for its day, 2024年第9期　2024年9月20日, heads the page but names nothing: the title comes after it)
        if (!seenBody && !titleDone && ISSUE_LINE.test(text) && text.length <= 60 && !/[。！？；，]/.test(text)) {
          blocks.push({ label: "heading", text: u.text, level: 0 });
          continue;
        }
        if (!seenBody && !titleDone && (isHeadingLike(text) || ((isTitleLike(text) || isQuestionHeadline(text)) && headOfArticle(units, i))) && blocks.every((b) => b.label !== "body")) {
          titleDone = true;
          blocks.push({ label: "title", text: u.text, level: 0 });
          continue;
        }
        if (prev && looksLikeByline(u.raw) && (prev.label === "byline" || (["title", "heading"].includes(prev.label) && !seenBody))) {
          blocks.push({ label: "byline", text: u.text });
          continue;
        }
        // (a chat message under its sender's line and time is no heading, however short)
        const message = prev?.label === "meta" && /\d{1,2}:\d{2}(?::\d{2})?$/.test(prev.text.text);
        if (prevComplete && !message && (prev?.label !== "byline" || /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])/.test(text)) && isHeadingAt(units, i, spaced)) {
          const dup = headings.slice(-3).includes(text);
          headings.push(text);
          blocks.push({ label: dup ? "meta" : appended ? "appended" : "heading", text: u.text, level: 0 });
          continue;
        }
        seenBody = true;
        open = { label: bodyLabel(), text: stripLeadLabel(u.text) };
        closedOpen = u.closed === true;
        if (u.endMark) appended = true;
        continue;
      }
    }
  }
  close();
  return blocks.filter((b) => b.text.length > 0);
}

/**
 * "【内容提要】 …" → "…": a bracketed section label at the head of a paragraph. A section number
 * (【三】, 【2】) is kept: it numbers the section like 【一】 on a heading line does.
 */
function stripLeadLabel(t: MappedText): MappedText {
  const m = /^【(?![一二三四五六七八九十\d]{1,3}】)[^】]{1,8}】\s*/.exec(t.text);
  return m ? t.slice(m[0].length) : t;
}

/** Bullets and circled numbers that open the items of a list printed line by line. */
const ITEM_OPENER = /^[・●◆◇★▶►•▪■□\u2460-\u2473]/;

/**
 * A list item joined to the line before it (notes, outlines: "…扩展区6平方公里" + "・截至2023年底…")
 * would run on in one clause: when the line before ends without punctuation, the bullet that opens
 * the item becomes a semicolon, so what one item measures is not read into the next.
 */
function listItemBreak(before: MappedText, line: MappedText): MappedText {
  if (!ITEM_OPENER.test(line.text) || /[。！？；，：、]$/.test(before.text)) return line;
  return line.substitute((ch, i) => (i === 0 ? "；" : ch));
}

/** A numbered item printed on a line of its own with no space after its number ("1.《某某协定》", "（2）某某"). */
const NUMBERED_ITEM = /^(?:\d{1,2}[.．](?=[\u4e00-\u9fff《“])|[（(]\d{1,2}[)）](?=[\u4e00-\u9fff《“]))/;

/**
 * A numbered line that says something of its own ("（2）发展战略对接：甲倡议对接乙计划"), not a bare title
 * ("1.《某某协定》"): a list of titles reads only with its head, and stays one sentence with it.
 */
function statementItem(line: Line | undefined): boolean {
  const t = line?.clean.text.trim() ?? "";
  const number = NUMBERED_ITEM.exec(t);
  return !!number && !/^《[^《》]+》$/.test(t.slice(number[0].length).trim());
}

/**
 * A numbered item joined to the item before it, which ends without punctuation ("附：某某文件" + "1.《…》" +
 * "2.《…》"): a semicolon, mapped to the line break, ends the item before, so each item is a sentence of its own
 * (the first one with the list's head).
 */
function numberedItemBreak(joined: MappedText, before: MappedText, line: MappedText, afterItem: boolean): MappedText {
  // (the list's head and its first item stay one sentence)
  if (!afterItem || !NUMBERED_ITEM.test(line.text) || /[。！？；，：、]$/.test(before.text) || before.length === 0 || !joined.text.startsWith(before.text)) return joined;
  const at = before.length;
  return new MappedText(joined.text.slice(0, at) + "；" + joined.text.slice(at), [...joined.map.slice(0, at), before.map[before.length - 1] + 1, ...joined.map.slice(at)]);
}
