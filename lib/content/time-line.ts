/**
 * A web page's time line: the day and the clock time the page went up, with its source, author or editor
 * ("2024-01-03 08:15　来源：某某网", "2025年04月12日05:42 | 来源：某报"), or the source first and the day after it
 * ("来源：某网 | 2024-03-15"); and the stamp of the page's last change, on a line of its own ("（最近更新时间：2024年12月）").
 * It is the page's chrome, not the document's text.
 *
 * Its readers:
 * - normalise/lines.ts and blocks.ts: such a line is a paragraph of its own, the title does not run on into it
 *   (TIME_LINE, UPDATE_STAMP: the whole line);
 * - generate/selfcheck.ts: a question quoting it asks the page, not the text (TIME_LINE_IN_TEXT, inside PAGE_CHROME:
 *   the line run into a sentence);
 * - normalise/metadata.ts: the page's day is the document's own date (PAGE_DAY, SOURCED_PAGE_DAY, with CLOCK);
 * - extract/dates.ts: a date on it is the page's, no event (PUBLISHED_IN, metaEvent's source line).
 */

/** Spaces on a line: ASCII and ideographic. */
const SPACE = String.raw`[ \t\u3000]`;

/** A clock time: 08:15, 06:52:10. */
export const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;

/** The fields a time line gives after its time (来源：某网, 作者：某某, 责任编辑：某某). */
const FIELD = "(?:来源|作者|编辑|责任编辑)";

/**
 * A line that is a page's time line and nothing else: 2024-01-03 08:15　来源：某某网, 2025年04月12日05:42 | 来源：某报,
 * or the day and time alone.
 */
export const TIME_LINE = new RegExp(
  String.raw`^${SPACE}*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}${SPACE}+|年\d{1,2}月\d{1,2}日${SPACE}*)${CLOCK}(?:${SPACE}*[｜|]?${SPACE}*${FIELD}${SPACE}*[:：][^。；]*)?${SPACE}*$`,
);

/** A page's stamp of its last change, on a line of its own in brackets (（最近更新时间：2024年12月）). */
export const UPDATE_STAMP = /^[（(【]\s*(?:最近|最后)?(?:更新|发布|修改)(?:时间|日期)\s*[：:][^（）()【】]{4,24}[）)】]$/;

/**
 * A time line run into a sentence, as a question may quote it (a pattern source): the clock time and then the source
 * ("05:42 | 来源：某报", with a page's &nbsp; or a comma between), or, opening it, the source and then the day in
 * figures ("来源：某网 | 2024-03-15").
 */
export const TIME_LINE_IN_TEXT = String.raw`${CLOCK}(?:\s|&nbsp;)*[，,|｜]?(?:\s|&nbsp;)*来源[：:]|^来源[：:][^。]{1,30}[|｜]\s*\d{4}-\d{1,2}-\d{1,2}`;
