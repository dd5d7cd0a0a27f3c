/**
 * What a layout writes as a row or a note, shown as an exam sentence: a time line's row "2024年3月：某总理访华"
 * reads "2024年3月，某总理访华"; a note the author put in brackets ("（此数字为作者根据……整理）", "（见图1）") is left out.
 */

/** A date that opens a row, or the blank standing for it. */
const ONE_DATE = String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?`;
/** A date opening a text and the comma or space after it ("2031年5月，"). */
export const OPENING_DATE = new RegExp(`^(?:${ONE_DATE})[，,\\s]*`, "u");
/** A row's date, or its span ("2031年5月22日—2031年6月1日"). */
const ROW_DATE = String.raw`(?:${ONE_DATE})(?:\s*[—–~～至]\s*(?:${ONE_DATE}))?`;
const BLANK = String.raw`_{2,}|（\s{2,}）`;
/** The blank anywhere in a text, and every blank of it. */
const HAS_BLANK = new RegExp(BLANK, "u");
const BLANKS = new RegExp(BLANK, "gu");
/** A blank that is an item of a list ("『____、乙、丙』"). */
const LISTED_BLANK = new RegExp(`、(?:${BLANK})|(?:${BLANK})、`, "u");
/** The row's date (after the question's instruction, "根据原文填空：", or at the start) and the colon after it. */
const DATED_ROW = new RegExp(`(^|：)(${ROW_DATE})：(?=[^\\s：])`, "u");
const BLANK_ROW = new RegExp(`(^|：)(${BLANK})：(?=[^\\s：])`, "u");

/**
 * A time line's row as a sentence: the colon after its date is a comma. A blank opening the row is its date only
 * where the question asks a date. A row of a table's cells ("第六轮，某城，甲、乙") is left as it is: no sentence.
 */
export function datedRowAsSentence(text: string, asksDate: boolean): string {
  for (const re of asksDate ? [DATED_ROW, BLANK_ROW] : [DATED_ROW]) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length).split("\n")[0]!;
    if (cellsOnly(rest)) return text;
    return text.slice(0, m.index) + m[1] + m[2] + "，" + text.slice(m.index + m[0].length);
  }
  return text;
}

/** A figure that opens a row of figures and what it counts ("96%：某协定下取消关税的产品比例", "____份：访问期间签署的文件数"). */
const FIGURE_ROW = new RegExp(`(^|：)((?:\\d[\\d.,]*|${BLANK})(?:%|(?![年月日])[\\u3400-\\u9fff]{0,3}))：([^：。\\n]+?(?:数|比例|总额|额|量|人次|规模|数量|占比|份额)(?:（(?!\\s*）)[^（）]*）)?)。?(?=\\n|$)`, "u");

/** A row of figures as a sentence: what it counts "为" the figure ("某协定下取消关税的产品比例为96%。"). */
export function figureRowAsSentence(text: string): string {
  return text.replace(FIGURE_ROW, (_m, lead: string, figure: string, counted: string) => `${lead}${counted}为${figure}。`);
}

/** Three or more short parts and no clause among them: a table's cells, not a sentence. */
function cellsOnly(rest: string): boolean {
  const parts = rest.split(/[，、；。]/u).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.replace(BLANKS, "").length <= 6);
}

/** A note in brackets that tells where a figure comes from or where to look: the author's, not the statement's. */
const AUTHOR_NOTE = /（(?:此(?:数字|数据|统计)[^（）]{0,40}|(?:见|参见|详见)(?:图|表)\s*\d{1,2}|参见[^（）_]{2,30}|注[：:][^（）]{1,40})）/gu;

/** The text without the author's notes in brackets (never one holding the blank). */
export function withoutAuthorNotes(text: string): string {
  return text.replace(AUTHOR_NOTE, (note) => (HAS_BLANK.test(note) ? note : ""));
}

/** An aside that ends on its verb ("（第一份发表）"): the date it held ("发表于2008年11月") has been taken out of it. */
export function emptiedAside(text: string): boolean {
  return /（[^（）\d年月]{1,12}(?:发表|签署|签订|成立|举行|生效|启动|建交|通车|开通)）/u.test(text);
}

/** A blank inside the words of a speaker the text does not name ("一位学者说：“……（    ）……”", "前副总理曾说：「……」"). */
const UNNAMED_SPEAKER_QUOTE = /(?:(?:一位|一名)[^，。：“”「」]{0,12}|(?<![此之目会生提年])前副?(?:总统|總統|总理|總理|部长|部長|外长|外長|大使)曾?)(?:说|說)[：:]\s*[“「][^”」]*(?:_{2,}|（\s{2,}）)/u;

/** Whether the blank stands in the words of a speaker the text does not name: a view, which other words could fill. */
export function unnamedSpeakerBlank(text: string): boolean {
  // (an item of a list the quote closes, "『____、乙、丙』這三個關鍵詞", is pinned by the others)
  return UNNAMED_SPEAKER_QUOTE.test(text) && !LISTED_BLANK.test(text);
}

/** A mail's header line ("主题：第42期｜……", "发件人：……"): how the text was sent, not what it states. */
export function mailHeader(text: string): boolean {
  return /^(?:主题|主旨|发件人|收件人|抄送|Subject|From|To)[：:]/u.test(text);
}

/** A date opening a slide's bullet ("2031年", "2031年5月", "2031.5"), with the comma tidying put after it. */
const BULLET_DATE = new RegExp(`^(?:${ROW_DATE}|${BLANK})(?:[，,]\\s*|\\s*)`, "u");
/** A clause that is only a noun of rank ("戊国最长的跨江缆车", "本地区第一座……"): no predicate of its own. */
const RANK_NOUN = /^[\u3400-\u9fff]{0,8}?(?:首条|首个|首座|首家|首颗|首架|首艘|首批|第一条|第一个|第一座|第一家|最大|最高|最长)的?[\u3400-\u9fff“”]{1,14}$/u;
/** Words that make a clause say something of its own (a verb, a copula): no bare noun of rank. */
const CLAUSE_VERB = /[是为于已将在有被由]|开通|通车|建成|投产|发射|签署|成立|举行|开行|达到|增长/u;

/**
 * A slide's bullet under the heading that names what it is about, as one sentence: under "丁戊缆车", "单程约3公里"
 * reads "丁戊缆车单程约3公里" and "2034年启用" "2034年，丁戊缆车启用"; a clause that is only a noun of rank takes 是
 * ("……，是戊国最长的跨江缆车", or "丁戊缆车是……" when it comes first); a bullet that names its own subject (`named`:
 * "戊部长出席授牌仪式") reads "关于丁戊物流园，……". `key` is moved with the text.
 */
export function bulletAsSentence(name: string, text: string, key: { start: number; end: number } | undefined, named: boolean): { text: string; key?: { start: number; end: number } } {
  const edits: { at: number; removed: number; added: string }[] = [];
  // (a quote mark of a mail or a slide's export, "> 2034年……", is no part of the bullet)
  const mark = /^[>＞]\s*/u.exec(text)?.[0].length ?? 0;
  const date = BULLET_DATE.exec(text.slice(mark));
  const bare = date ? date[0].replace(/[，,]?\s*$/u, "") : "";
  if (mark) edits.push({ at: 0, removed: mark, added: "" });
  // (a first clause that is only a noun of rank says what the heading's thing is: "某某是……首条……")
  const from = mark + (date && date[0].length < text.length - mark ? date[0].length : 0);
  const first = text.slice(from).split(/[，,。；]/u)[0]!;
  const rank = RANK_NOUN.test(first) && !CLAUSE_VERB.test(first);
  if (rank) {
    if (from > mark) edits.push({ at: mark + bare.length, removed: date![0].length - bare.length, added: `，${name}是` });
    else edits.push({ at: mark, removed: 0, added: `${name}是` });
  } else if (named) {
    edits.push({ at: 0, removed: 0, added: `关于${name}，` });
    // (its date a clause of its own: "关于某某通道，2031年9月，乙城……")
    if (date && date[0].length < text.length - mark) edits.push({ at: mark + bare.length, removed: date[0].length - bare.length, added: "，" });
  } else if (date && date[0].length < text.length - mark) edits.push({ at: mark + bare.length, removed: date[0].length - bare.length, added: `，${name}` });
  else edits.push({ at: mark, removed: 0, added: name });
  // (a later clause that is only a noun of rank takes 是: "……，是戊国最长的跨江缆车")
  for (const m of text.matchAll(/[，,]([^，,。；]+)/gu)) {
    const clause = m[1]!.replace(/[。]$/u, "");
    if (RANK_NOUN.test(clause) && !CLAUSE_VERB.test(clause)) edits.push({ at: m.index! + 1, removed: 0, added: "是" });
  }
  let out = "";
  let last = 0;
  let k = key && { ...key };
  for (const e of edits.sort((a, b) => a.at - b.at || a.removed - b.removed)) {
    out += text.slice(last, e.at) + e.added;
    last = e.at + e.removed;
    if (key && k && e.at + e.removed <= key.start) k = { start: k.start + e.added.length - e.removed, end: k.end + e.added.length - e.removed };
  }
  out += text.slice(last);
  return { text: out, key: k };
}

/** An entry's headline line: its date or span, a colon, and the headline. */
const ENTRY_LINE = new RegExp(`^(${ROW_DATE})[：:]\\s*([^，。；：:]+)。$`, "u");

/**
 * An entry's headline ("2031年11月1日—2032年4月：第9次极地考察。") put before a later sentence of the entry, as an
 * exam sentence: a headline that tells an event (`event`) reads "2031年5月，甲城主办某会议。", one that only names it
 * "在2031年11月1日—2032年4月的第9次极地考察中，" (the entry's sentence goes on after it). Undefined for any other line.
 */
export function entryHeadAsSentence(head: string, event: boolean): string | undefined {
  const m = ENTRY_LINE.exec(head.trim());
  if (!m) return undefined;
  return event ? `${m[1]}，${m[2]}。` : `在${m[1]}的${m[2]}中，`;
}
