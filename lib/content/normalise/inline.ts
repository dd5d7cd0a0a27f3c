/**
 * Cleaning inside one raw line: markup (HTML, Markdown), footnote markers,
 * spaces that PDF extraction puts between Chinese characters and inside numbers,
 * ASCII punctuation in Chinese text, and doubled caption text. Every step only
 * deletes or substitutes characters, so the raw map stays exact.
 */
import { MappedText, isDigit, isHan, isSpace, isWide } from "../text";

const FOOTNOTE_SUP = /<sup>\s*(?:\d{1,3}|[\u2460-\u2473]|[*†‡§])\s*<\/sup>|(?<=[\u4e00-\u9fff”》）])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,，][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*/gi;
const INLINE_TAG = /<\/?(?:b|i|u|em|strong|span|font|br|p|div|sub|sup|mark|small|big|a|img|li|ul|ol|h[1-6]|section|article|center|blockquote|table|tr|td|th|tbody|thead|html|body|main|header|footer)\b[^<>]{0,500}>/gi;
const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", hellip: "…", middot: "·" };
const AUTOLINK = /<(?:https?|ftp):\/\/[^\s<>]{1,2000}>/g;
const CARET_MARKER = /\^\[\d{1,3}\]/g;
const BRACKET_MARKER = /(?<=[^\s\[\](])\[\d{1,3}\](?!\()/g;
const CIRCLED = /(?<=\S)[\u2460-\u2473]/g;
const MD_EMPHASIS = /\*\*|__(?=\S)|(?<=\S)__/g;
const MD_LINK = /(\[)(?=[^\[\]\n]{1,500}\]\([^()\s]{1,2000}\))|(\]\([^()\s]{1,2000}\))/g;
const MD_ESCAPE = /\\(?=[\\_*\[\]()#`~>|-])/g;
const END_MARKS = /[■□◆◇●]/g;
/**
 * A word processor's tracked changes exported as text: "〔删除：…〕" holds words taken out (not the text's, often the
 * wrong value corrected), "〔插入：…〕" words put in (the text's, without the marks); "[批注3]" marks a reviewer's comment.
 */
const TRACKED_DELETION = /〔(?:删除|删去|已删除)[：:][^〔〕]{0,500}〕/g;
const TRACKED_INSERTION = /(〔(?:插入|添加|已插入)[：:])(?=[^〔〕]{0,500}〕)|(?<=〔(?:插入|添加|已插入)[：:][^〔〕]{0,500})(〕)/g;
const COMMENT_MARK = /\[(?:批注|评论|审阅)\d{1,3}\]/g;
/** The head of a reviewer's comment in the list of comments: "[批注1] 某某（2024-06-28 16:40）：" (who and when, no text). */
const COMMENT_HEAD = /^\s*\[(?:批注|评论|审阅)\d{1,3}\]\s*[^\s（(：:]{1,12}\s*[（(]\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[）)]\s*[：:]\s*/g;
/** A reply inside a comment: "——回复 某某：" (who answers, no text). */
const COMMENT_REPLY = /——回复\s*[^\s：:]{1,12}[：:]/g;
/** A saved web page's preamble: doctype, head, meta, link, script and style tags (the title text stays). */
const PAGE_TAG = /<!DOCTYPE[^<>]{0,200}>|<\/?(?:head|meta|link|title|script|style|nav)\b[^<>]{0,500}>/gi;
/** MediaWiki: footnote references with their citation, inline templates ({{cite …}}), category and file links. */
const WIKI_REF = /<ref\b[^<>]{0,200}\/>|<ref\b[^<>]{0,200}>.*?<\/ref\s*>/gi;
const WIKI_TEMPLATE = /\{\{[^{}]{0,2000}\}\}/g;
const WIKI_FILE_LINK = /\[\[(?:Category|File|Image|分类|文件|图像):[^\[\]]{0,300}\]\]/gi;
/** "[[目标|显示文字]]" keeps the words shown, "[[链接]]" its text. */
const WIKI_LINK = /\[\[(?:[^\[\]|]{0,200}\|)?(?=[^\[\]]{0,300}\]\])|\]\]/g;
/** '''粗体''' and ''斜体'' quote runs. */
const WIKI_QUOTES = /'{2,5}/g;
/** "== 历史 ==", "=== 小节 ===": a MediaWiki heading. */
const WIKI_HEADING = /^\s*(={2,6})\s*(.+?)\s*\1\s*$/;
/**
 * A Markdown list marker opening the line ("- ", "* ", "+ "), or a numbered one ("1. ", "2) ")
 * when a number or bold text follows: once spaces and bold marks are gone it would sit against
 * what the entry opens with ("-1950年…", "1.2023年…").
 */
const MD_LIST_MARKER = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])[ \t\u3000]+(?=\*\*|__|\d|[０-９])|^\s{0,3}[-*+][ \t\u3000]+(?=\S)/g;

const FULLWIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/**
 * HTML entities (&nbsp; &amp; &#8220; …) become their character: the "&" is replaced by it
 * and the rest of the entity deleted, so the map still points at the raw entity.
 */
export function decodeEntities(t: MappedText): MappedText {
  if (!t.text.includes("&")) return t;
  const swap = new Map<number, string>();
  const ranges: Array<[number, number]> = [];
  for (const m of t.text.matchAll(/&(#x[0-9a-f]{1,5}|#\d{1,6}|[a-z]{2,8});/gi)) {
    const code = m[1].startsWith("#x") || m[1].startsWith("#X") ? parseInt(m[1].slice(2), 16) : m[1].startsWith("#") ? Number(m[1].slice(1)) : NaN;
    const ch = Number.isFinite(code) ? (code > 0 && code < 0xffff ? String.fromCharCode(code) : undefined) : ENTITIES[m[1].toLowerCase()];
    if (!ch) continue;
    swap.set(m.index!, ch);
    ranges.push([m.index! + 1, m.index! + m[0].length]);
  }
  if (swap.size === 0) return t;
  return t.substitute((c, i) => swap.get(i) ?? c).deleteRanges(ranges);
}

/** "<https://…>" keeps the address, loses the angle brackets. */
function autolinkBrackets(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(AUTOLINK)) {
    ranges.push([m.index!, m.index! + 1], [m.index! + m[0].length - 1, m.index! + m[0].length]);
  }
  return ranges;
}

/** Result of cleaning a line: the text, and what the markup said about it. */
export interface CleanLine {
  text: MappedText;
  headingLevel: number; // 0 when the line is not a Markdown heading
  endMark: boolean; // carried an end-of-article mark (■)
  doubled: boolean; // printed twice piece by piece (a caption artefact)
  closesParagraph: boolean; // ended by </p>, </div>, </li>, <br>, </h1>…: the next line starts a new paragraph
}

export function cleanLine(line: MappedText): CleanLine {
  let t = line;
  const closesParagraph = /<\/(?:p|div|li|h[1-6]|blockquote|td|tr)>\s*$|<br\s*\/?>\s*$/i.test(line.text);
  const bulleted = BULLET_OPEN.test(line.text);
  let headingLevel = 0;
  const heading = /^\s{0,3}(#{1,6})\s*/.exec(t.text);
  const htmlHeading = /^\s*<h([1-6])\b/i.exec(t.text);
  const wikiHeading = WIKI_HEADING.exec(t.text);
  if (heading) {
    headingLevel = heading[1].length;
    t = t.slice(heading[0].length);
  } else if (htmlHeading) headingLevel = Number(htmlHeading[1]);
  else if (wikiHeading) {
    headingLevel = wikiHeading[1].length - 1;
    t = t.deleteMatches(/^\s*={2,6}\s*|\s*={2,6}\s*$/g);
  }
  t = t.deleteMatches(/^\s{0,3}>\s?/g);
  t = t.deleteMatches(TRACKED_DELETION).deleteMatches(TRACKED_INSERTION).deleteMatches(COMMENT_HEAD).deleteMatches(COMMENT_MARK).deleteMatches(COMMENT_REPLY);
  const latex = latexMarkup(t);
  t = latex.text;
  if (latex.headingLevel) headingLevel = latex.headingLevel;
  t = t.deleteMatches(MD_LIST_MARKER);
  t = t.deleteMatches(PAGE_TAG).deleteMatches(WIKI_REF).deleteMatches(WIKI_TEMPLATE).deleteMatches(WIKI_FILE_LINK).deleteMatches(WIKI_LINK).deleteMatches(WIKI_QUOTES);
  t = t.deleteMatches(FOOTNOTE_SUP).deleteMatches(INLINE_TAG).deleteRanges(autolinkBrackets(t.text));
  t = decodeEntities(t);
  t = t.deleteMatches(CARET_MARKER).deleteMatches(BRACKET_MARKER).deleteMatches(CIRCLED);
  t = t.deleteMatches(MD_LINK).deleteMatches(MD_ESCAPE).deleteMatches(MD_EMPHASIS);
  const endMark = END_MARKS.test(t.text);
  END_MARKS.lastIndex = 0;
  if (endMark) t = t.deleteMatches(END_MARKS);
  t = englishTail(t);
  t = spacedPipes(t);
  t = spacedList(t);
  if (bulleted) t = bulletCells(t);
  t = removeSpaces(t);
  t = narrowDigits(t);
  t = thousandsSeparators(t);
  t = widenPunctuation(t);
  const single = undouble(t);
  return { text: single.trim(), headingLevel, endMark, doubled: single !== t, closesParagraph };
}

const LATEX_SECTION: Record<string, number> = { part: 1, chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5 };
/** Commands whose argument is no text of the document: keys of labels, citations and cross-references. */
const LATEX_DROP = /\\(?:label|cite[tp]?|ref|eqref|pageref|autoref|cref|index|nocite|bibliographystyle|bibliography)\*?(?:\[[^\[\]{}]{0,100}\])?\{[^{}]{0,300}\}/g;
/** Commands that stand alone (layout, rules of a booktabs table) and environment delimiters. */
const LATEX_LAYOUT = /\\(?:begin|end)\{[a-zA-Z*]{1,20}\}(?:\[[^\[\]]{0,40}\]|\{[^{}]{0,40}\})*|\\(?:centering|toprule|midrule|bottomrule|hline|noindent|newpage|clearpage|maketitle|tableofcontents|par|small|footnotesize|raggedright|cmidrule(?:\([^()]{0,10}\))?\{[^{}]{0,10}\})(?![a-zA-Z])/g;
/** Commands that only format their argument: the argument stays, the command and braces go. */
const LATEX_WRAP = /\\(?:textbf|textit|emph|underline|texttt|textsf|caption|title|author|heiti|kaishu)\{/g;

/**
 * LaTeX source: a sectioning command is a heading of its level with its title kept; labels, citations and
 * references are dropped with their keys; layout commands and environment delimiters go; formatting commands keep
 * their argument; a footnote's words stay in brackets where it stands; \% \& \_ \# are the signs; a comment line
 * (% …) keeps its words, a "% !TEX" directive none. Only a line holding a LaTeX command is touched.
 */
export function latexMarkup(t: MappedText): { text: MappedText; headingLevel: number } {
  const s = t.text;
  if (!/\\[a-zA-Z]{2,}|^\s*%|\\[%&_#]/.test(s)) return { text: t, headingLevel: 0 };
  if (/^\s*%/.test(s) && !/\\[a-zA-Z]{2,}/.test(s.replace(/^\s*%+/, ""))) {
    // a comment line: its words, or nothing for a directive to the typesetter; no percent line of other writing opens so
    if (!/^\s*%+\s*[^\s\d]/.test(s)) return { text: t, headingLevel: 0 };
    return { text: /^\s*%+\s*!/.test(s) ? t.slice(0, 0) : t.deleteMatches(/^\s*%+\s*/g), headingLevel: 0 };
  }
  if (!/\\(?:[a-zA-Z]{2,}\*?[{[]|centering|toprule|midrule|bottomrule|hline)|\\[%&_#]/.test(s)) return { text: t, headingLevel: 0 };
  let headingLevel = 0;
  const ranges: Array<[number, number]> = [];
  const swap = new Map<number, string>();
  const section = /^\s*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\{/.exec(s);
  if (section) {
    const close = s.lastIndexOf("}");
    if (close > section[0].length) {
      headingLevel = LATEX_SECTION[section[1]];
      ranges.push([0, section[0].length], [close, close + 1]);
    }
  }
  for (const m of s.matchAll(LATEX_DROP)) ranges.push([m.index!, m.index! + m[0].length]);
  for (const m of s.matchAll(LATEX_LAYOUT)) ranges.push([m.index!, m.index! + m[0].length]);
  // a command keeping its argument: the argument's closing brace goes with it (footnotes read in brackets)
  const closing = (open: number): number => {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      if (s[i] === "{" && s[i - 1] !== "\\") depth++;
      else if (s[i] === "}" && s[i - 1] !== "\\" && --depth === 0) return i;
    }
    return -1;
  };
  for (const m of s.matchAll(/\\footnote\{/g)) {
    const end = closing(m.index! + m[0].length - 1);
    if (end < 0) continue;
    swap.set(m.index!, "（");
    ranges.push([m.index! + 1, m.index! + m[0].length]);
    // (the note's closing full stop would end the sentence it stands in)
    if (/[。.]/.test(s[end - 1] ?? "")) ranges.push([end - 1, end]);
    swap.set(end, "）");
  }
  for (const m of s.matchAll(LATEX_WRAP)) {
    const end = closing(m.index! + m[0].length - 1);
    if (end < 0) continue;
    ranges.push([m.index!, m.index! + m[0].length], [end, end + 1]);
  }
  for (const m of s.matchAll(/\\(?=[%&_#])/g)) ranges.push([m.index!, m.index! + 1]);
  const out = (swap.size ? t.substitute((ch, i) => swap.get(i) ?? ch) : t).deleteRanges(ranges);
  return { text: out, headingLevel };
}

/** "来源：某中心 | 2024-03-15": a pipe set between spaces outside a table separates two items, read as a comma. */
export function spacedPipes(t: MappedText): MappedText {
  if (!/[|｜]/.test(t.text)) return t;
  const at = new Set([...t.text.matchAll(/(?<=\S[ \t\u3000]+)[|｜](?=[ \t\u3000]+\S)/g)].map((m) => m.index!));
  return at.size === 0 ? t : t.substitute((ch, i) => (at.has(i) ? "，" : ch));
}

/**
 * The English half of a bilingual line ("一、某某港开港　Opening of the Port", "2024年11月16日，利马 / Lima,
 * 16 November 2024"): a tail of at least two Latin words after the Chinese, with no Chinese in it, is dropped.
 */
export function englishTail(t: MappedText): MappedText {
  const m = /(?<=[\u4e00-\u9fff）」』”》\d])[ \t\u3000]*(?:[/|｜][ \t\u3000]*)?[A-Za-z][A-Za-z0-9 \t,.'’:;&()\-–—$%]*$/.exec(t.text);
  if (!m || (m[0].match(/[A-Za-z]{2,}/g) ?? []).length < 2 || !/[\u4e00-\u9fff]/.test(t.text.slice(0, m.index))) return t;
  return t.deleteRanges([[m.index, t.length]]);
}

/**
 * A slide or note line listing names or fields separated by spaces, with no punctuation
 * ("下设 甲委员会 乙委员会 丙委员会", "数字经济 绿色发展 金融合作"): at least three pieces of four
 * Chinese characters or more after a possible lead word; the spaces become 、 so the pieces stay apart.
 */
export function spacedList(t: MappedText): MappedText {
  const s = t.text;
  if (/[。，；：！？、,;:!?]/.test(s) || !/[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(s)) return t;
  const pieces = s.trim().split(/ +/);
  const items = pieces.length >= 4 && !/^[\u4e00-\u9fff]{4,}$/.test(pieces[0]) ? pieces.slice(1) : pieces;
  if (items.length < 3 || !items.every((p) => /^[\u4e00-\u9fff（）()—]{4,}$/.test(p))) return t;
  const lead = s.length - s.trimStart().length + (items === pieces ? 0 : pieces[0].length);
  const swap = new Set<number>();
  for (const m of s.slice(lead).matchAll(/(?<=\S) +(?=\S)/g)) swap.add(lead + m.index!);
  return t.substitute((ch, i) => (swap.has(i) ? "、" : ch));
}

/** A line opened by a bullet or a list number and a space ("- ", "• ", "▪ ", "1. "). */
const BULLET_OPEN = /^\s{0,3}(?:[-*+•▪●◦‣·]|\d{1,3}[.)、])[ \t\u3000]+\S/;
/** A bullet's marker, as it may still open the line. */
const BULLET_MARK = /^\s{0,3}(?:[-*+•▪●◦‣·]|\d{1,3}[.)、])[ \t\u3000]+/;

/**
 * A slide's bullet whose cells are set apart by spaces only, with no punctuation ("规划期 2031-2035年 远景展望到2050年",
 * "某某班列开行900列 同比增长6%"): once the spaces go it would run on in one clause, so a space before a cell that opens
 * on a Chinese character becomes "，" (a cell that opens on a figure, "地区生产总值 300亿元", is the value of the one before
 * and joins it, as does a cell after a linking word, "通达 30个国家和地区的 50个港口", and a date heading the record or
 * standing before its verb). Every cell has two characters or more and a Chinese one: spaces that PDF extraction puts
 * between single characters ("始 终 秉 持") are no cells.
 */
const CELL_DATE = /^(?:\d{4}(?:\s*[-~—–]\s*\d{4})?年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|初|末)?|\d{4}[./]\d{1,2}(?:[./]\d{1,2})?)$/u;
const CELL_VERB = /^(?:正式|实质性)?(?:签署|签订|启动|成立|生效|建立|发表|实现|升级|提出|举行|开通|宣布|加入|访问|设立|完成|通过|批准|开工|建成|投入|开始|达成|提升|发布|印发|揭牌|开幕|召开)/u;

export function bulletCells(t: MappedText): MappedText {
  const s = t.text;
  const lead = BULLET_MARK.exec(s)?.[0].length ?? s.length - s.trimStart().length;
  const body = s.slice(lead).trimEnd();
  if (/[。，；：:！？、,;!?]/u.test(body)) return t;
  const cells = body.split(/[ \t\u3000]+/u);
  if (cells.length < 2 || !cells.every((c) => c.length >= 2 && /[\u4e00-\u9fff]/u.test(c))) return t;
  const swap = new Set<number>();
  let at = 0;
  cells.forEach((cell, k) => {
    const gap = /^[ \t\u3000]+/u.exec(body.slice(at + cell.length))?.[0] ?? "";
    const next = cells[k + 1];
    const date = CELL_DATE.test(cell);
    // (a record's leading date, "2031年5月 某某伙伴关系", and a date before what happened on it, "某某城 2031年5月 升级为……",
    // head what follows: they join it)
    if (next && /^[\u4e00-\u9fff]/u.test(next) && !/[的和与及同在到至于对向为是从]$/u.test(cell) && !(date && (k === 0 || CELL_VERB.test(next))))
      swap.add(lead + at + cell.length);
    at += cell.length + gap.length;
  });
  return swap.size === 0 ? t : t.substitute((ch, i) => (swap.has(i) ? "，" : ch));
}

/**
 * Deletes spaces next to Chinese characters or punctuation ("始 终 秉 持", "2023 年 5 月"),
 * spaces used as thousands separators ("3 456 亿"), and collapses other runs to one space.
 */
export function removeSpaces(t: MappedText): MappedText {
  const s = t.text;
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < s.length) {
    if (!isSpace(s[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isSpace(s[j])) j++;
    const prev = s[i - 1];
    const next = s[j];
    const edge = i === 0 || j === s.length;
    const wide = isWide(prev) || isWide(next);
    const thousands = isDigit(prev) && /^\d{3}(?!\d)/.test(s.slice(j, j + 4)) && !/\d{4}$/.test(s.slice(Math.max(0, i - 4), i));
    const range = (isDigit(prev) && /[~～—–-]/.test(next ?? "")) || (/[~～—–-]/.test(prev ?? "") && isDigit(next));
    if (edge || wide || thousands || range) ranges.push([i, j]);
    else if (j - i > 1 || s[i] !== " ") ranges.push([i + 1, j]); // keep one plain space between Latin words
    i = j;
  }
  const out = t.deleteRanges(ranges);
  // a tab kept as the single separator becomes a space
  return out.substitute((ch) => (isSpace(ch) ? " " : ch));
}

/** Full-width digits (２０２３) become ASCII digits, one for one, so that numbers and dates read alike. */
export function narrowDigits(t: MappedText): MappedText {
  if (!/[０-９]/.test(t.text)) return t;
  return t.substitute((ch, i, text) => {
    if (ch >= "０" && ch <= "９") return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    if (ch === "．" && /[０-９0-9]/.test(text[i - 1] ?? "") && /[０-９0-9]/.test(text[i + 1] ?? "")) return ".";
    return ch;
  });
}

/**
 * "4,350亿元", "浏览 3,218": the commas of thousands groups in a number that Chinese text or a unit follows
 * are dropped, as the spaces inside a number are (a row of numbers separated by commas is left alone).
 */
export function thousandsSeparators(t: MappedText): MappedText {
  if (!/\d,\d{3}/.test(t.text)) return t;
  const ranges: Array<[number, number]> = [];
  for (const m of t.text.matchAll(/(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])(?=\s*(?:[\u4e00-\u9fff%％]|$))/g))
    for (let i = m.index!; i < m.index! + m[0].length; i++) if (t.text[i] === ",") ranges.push([i, i + 1]);
  return t.deleteRanges(ranges);
}

/** ASCII , ; : ? ! ( ) written in Chinese text become their full-width forms. */
export function widenPunctuation(t: MappedText): MappedText {
  const s = t.text;
  const swap = new Map<number, string>();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (FULLWIDTH[ch]) {
      if (ch === "," && isDigit(s[i - 1]) && isDigit(s[i + 1])) continue; // 1,201
      if (ch === ":" && (s[i + 1] === "/" || (isDigit(s[i - 1]) && isDigit(s[i + 1])))) continue; // http:, 10:30
      if (isWide(s[i - 1]) || isWide(s[i + 1]) || (isHan(s[i - 2]) && s[i - 1] === " ")) swap.set(i, FULLWIDTH[ch]);
    } else if (ch === "(") {
      const close = s.indexOf(")", i + 1);
      if (close < 0 || close - i > 80) continue;
      const inner = s.slice(i + 1, close);
      if (/[\u3400-\u9fff]/.test(inner) || isWide(s[i - 1]) || isWide(s[close + 1])) {
        swap.set(i, "（");
        swap.set(close, "）");
      }
    }
  }
  if (swap.size === 0) return t;
  return t.substitute((ch, i) => swap.get(i) ?? ch);
}

/**
 * Photo captions printed twice, interleaved piece by piece ("电池方阵情况电池方阵情况。。"),
 * are reduced to one copy. A line counts as doubled only when it can be read entirely as
 * consecutive repeated pieces, at least two of them longer than one character.
 */
export function undouble(t: MappedText): MappedText {
  const s = t.text;
  const n = s.length;
  if (n < 10 || n > 600) return t;
  // reach[i]: how position i was reached ( -1 = unreachable ), dynamic programme over pieces
  const from = new Int32Array(n + 1).fill(-2);
  const long = new Int32Array(n + 1);
  from[0] = -1;
  for (let i = 0; i < n; i++) {
    if (from[i] === -2) continue;
    if (isSpace(s[i])) {
      if (from[i + 1] === -2) {
        from[i + 1] = i;
        long[i + 1] = long[i];
      }
      continue;
    }
    for (let k = 1; i + 2 * k <= n && k <= 60; k++) {
      let same = true;
      for (let x = 0; x < k; x++)
        if (s[i + x] !== s[i + k + x]) {
          same = false;
          break;
        }
      if (!same) continue;
      const to = i + 2 * k;
      if (from[to] === -2 || long[i] + (k > 1 ? 1 : 0) > long[to]) {
        from[to] = i;
        long[to] = long[i] + (k > 1 ? 1 : 0);
      }
    }
  }
  if (from[n] === -2 || long[n] < 1) return t;
  const ranges: Array<[number, number]> = [];
  for (let at = n; at > 0; ) {
    const start = from[at];
    if (at - start >= 2 && !(at - start === 1 && isSpace(s[start]))) {
      const k = (at - start) / 2;
      if (Number.isInteger(k) && !isSpace(s[start])) ranges.push([start + k, at]);
    }
    at = start;
  }
  return t.deleteRanges(ranges);
}
