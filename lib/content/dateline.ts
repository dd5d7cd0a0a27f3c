/**
 * A news dateline: who sent the item, from where, the day, and 电 ("sent"): 新华社北京5月9日电,
 * 本报某地3月8日电（记者某某）. It opens a news item (or is glued after the title above it), and its day is
 * the day the item reports on, not the day of anything the item tells.
 *
 * Each reader builds its own pattern from the parts here and says at its call site what it adds or leaves out:
 * - normalise/metadata.ts: where a title line ends (withoutByline) and the document's own date (detectDocumentDate);
 * - extract/dates.ts: the day a news item's 当天 and 昨天 count from (datelineOf), and the clause the dateline closes;
 * - generate/tidy.ts: the dateline cut from what a question shows (withoutDateline, withoutGreeting);
 * - generate/builders/date-anchor.ts: whether a date fact is a dateline's own day (isDateline);
 * - generate/context.ts: a dateline standing as a document's title is no title to cite (citableTitle).
 * (generate/selfcheck.ts flags a question blanking a dateline's place or day, "本报某地____电", with a pattern of its own.)
 */

/** The paper's own (本报) and the two wire agencies: the senders every reader of a dateline knows. */
export const WIRES = ["本报", "新华社", "中新社"] as const;
/** National dailies that print datelines of their own (人民日报某地5月9日电). */
export const DAILIES = ["人民日报", "光明日报", "经济日报"] as const;
/** The state broadcaster's news service (央视新闻某地5月9日电). */
export const BROADCASTERS = ["央视新闻"] as const;
/** News sites (人民网某地5月9日电). */
export const NEWS_SITES = ["人民网", "央视网", "光明网", "中国日报网"] as const;

/**
 * A pattern source for any one of the senders named: `senderOf(WIRES, DAILIES)` → "(?:本报|新华社|中新社|人民日报|…)".
 * (No sender's name starts another's, so the order of the alternatives never changes what matches.)
 */
export function senderOf(...groups: readonly (readonly string[])[]): string {
  return `(?:${groups.flat().join("|")})`;
}

/** The day a dateline gives, in figures: "5月9日" (before its 电). */
export const MONTH_DAY = String.raw`\d{1,2}月\d{1,2}日`;
/** The same, with the month and the day captured (two groups, in that order). */
export const MONTH_DAY_CAPTURED = String.raw`(\d{1,2})月(\d{1,2})日`;

/** The reporter's note right after 电 ("（记者某某）"), with at most `max` characters inside. */
export function reporterNote(max: number): string {
  return `（[^（）]{0,${max}}）`;
}
