/**
 * Occasions that recur (issue #4): a meeting series holds its summit again ("某某论坛北京峰会" in one year and
 * another), so a when-question that names it by its series alone and says only that it was held asks no one
 * occurrence; nor does an approximate anniversary ("近30周年") pin a year. The other occurrences' dates are never
 * distractors of a question on one of them.
 */
import type { DateFact, GenContext } from "../model";

/** A meeting's name ends on its kind. */
const OCCASION_WORD = String.raw`(?:峰会|会议|论坛|会晤|大会|博览会|年会|运动会|外长会|部长会)`;

/** "某某峰会（在某地）（成功）举行": an event that says of a meeting only that it took place. */
const HELD = new RegExp(String.raw`^(?:\d{3,4}年(?:度)?)?(.{2,40}?${OCCASION_WORD})(?:在([\u3400-\u9fff]{2,12}?))?(?:成功|隆重|正式|如期)?(?:举行|召开|举办|开幕|闭幕|落幕)$`, "u");

/** A meeting named at the head of any event ("某某峰会通过……", "某某峰会期间……"). */
const NAMED = new RegExp(String.raw`^(?:\d{3,4}年(?:度)?)?([^，。；、在]{2,30}?${OCCASION_WORD})(?=在|成功|隆重|正式|如期|举行|召开|举办|开幕|闭幕|通过|发表|宣布|将|提出|决定|期间|上|$)`, "u");

/** An ordinal says which occurrence: "第三届", "第12次", "首届", "首次". */
const ORDINAL = /第[一二三四五六七八九十百零〇两\d]+[届次轮]|首届|首次|第一[届次]/u;

/** A venue ("某某会堂", "某某会议中心") lies in a city the series may meet in again: no place that pins one. */
const VENUE = /(?:堂|馆|厅|中心|宾馆|饭店|酒店|大厦|广场|宫|园)$/u;

/** The text says a meeting recurs: "每年", "每两年", "定期", "轮流", "历届". */
const RECURS = /每年|每[两二三四五]年|每隔[一两二三四五]?年|定期|轮流|历届|年年/u;

const yearOf = (f: DateFact): string => f.value.iso.slice(0, 4);

/** The other date facts of the corpus whose event names the same meeting in another year. */
function otherOccurrences(ctx: GenContext, f: DateFact, name: string): DateFact[] {
  return ctx.dates.filter((g) => g !== f && yearOf(g) !== yearOf(f) && g.value.event.includes(name));
}

/**
 * The other occurrences of a meeting that an event ("某某峰会在某地举行") says only took place, when its name carries
 * no ordinal and the corpus dates that name in another year too, or its sentence says it recurs (none then); undefined when the event pins one occurrence (an
 * ordinal, a city no other occurrence names, or anything it did besides meeting).
 */
export function recurringOccasion(ctx: GenContext, f: DateFact, event: string): DateFact[] | undefined {
  const m = HELD.exec(event.trim());
  if (!m) return undefined;
  const name = m[1]!;
  const place = m[2];
  if (ORDINAL.test(name) || name.length < 4) return undefined;
  // ("……年会在某城举行，此后每年举行一次": the text itself says it recurs)
  if (RECURS.test(f.context.sentence)) return [];
  const others = otherOccurrences(ctx, f, name);
  if (!others.length) return undefined;
  // ("某某峰会在某城举行": a city the other occurrences do not name pins it)
  if (place && !VENUE.test(place) && !others.some((g) => g.context.sentence.includes(place))) return undefined;
  return others;
}

/**
 * The dates of the other occurrences of a meeting an event names without an ordinal ("某某北京峰会通过……" 2018 and
 * "某某北京峰会" 2024): never distractors of a question on this one.
 */
export function otherOccurrenceDates(ctx: GenContext, f: DateFact, event: string | undefined): string[] {
  const name = event ? NAMED.exec(event.trim())?.[1] : undefined;
  if (!name || ORDINAL.test(name) || name.length < 4) return [];
  return otherOccurrences(ctx, f, name).flatMap((g) => (g.value.endIso ? [g.value.iso, g.value.endIso] : [g.value.iso]));
}

/** "近30周年", "约二十周年", "逾50周年": a count that pins no year. */
const APPROXIMATE = /(?:近|约|逾|将近|接近|超过)\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*(?:多)?周年/u;
/** What follows a year an approximate anniversary falls in ("是某条约签署近30周年"). */
const APPROXIMATE_YEAR = new RegExp(String.raw`^\s*(?:[（(][^）)]{0,12}[）)])?\s*(?:也|正|恰)?是[^。；！？]{0,40}?${APPROXIMATE.source}`, "u");

/** Whether an anniversary names an approximate count. */
export function approximateAnniversary(anniversary: string): boolean {
  return APPROXIMATE.test(anniversary);
}

/**
 * Whether the date is the year an approximate anniversary falls in ("2031年是某条约签署近30周年"): a blank or
 * question on it has no one answer.
 */
export function isApproximateAnniversaryYear(f: DateFact): boolean {
  const key = f.context.keyInSentence;
  if (!key) return false;
  const rest = f.context.sentence.slice(key.end);
  return APPROXIMATE_YEAR.test(rest);
}
