/**
 * What a question shows of its passage: the passage as a builder drafted it, then made to stand alone — a pronoun
 * named, relative times and years said (never in a date question, whose answer they may give), a figure's 目前 given
 * its year, a treaty's own 本协定 and an unnamed 双方/两国 named, a forum, a quoted subject and the actors named.
 */
import type { FigureFact, GenContext } from "./model";
import { documentActors, forumOf, tidyShown, withForumName, withNamedActors, withPronounNamed, withoutStrandedDate, withQuotedSubject, withCountNameOwner, withRelativeYearSaid, withRelativeYearsResolved } from "./tidy";
import { daysGivenYears, documentYear, resolvedTimes, sectionYear, withPresentSaid, withRelativeTimesResolved, withSamePeriodSaid, withStatisticYear, withTodayOfOpeningDay, withWholeYearSaid, withYearOfDaySaid, yearOfSentenceBefore } from "./relative-times";
import { ownInstrumentName, titlePair, unnamedPairShown, withOwnInstrumentNamed, withOwnOfficeNamed, withParagraphCountry, withTitlePairNamed, withTitleTopicNamed } from "./referents";

/** How far before a question's own sentence a relative time it shows may stand (the sentences put before it). */
const RELATIVE_REACH = 400;
/** Where a figure stands in a shown text: its blank, else its number as written; −1 when neither is shown. */
function figureAt(text: string, written: string): number {
  return [text.indexOf("（    ）"), text.indexOf("____"), text.indexOf(written)].find((i) => i >= 0) ?? -1;
}

/**
 * The text a question shows for `text` (its prompt or front), drafted from the passage `quote` at raw offset `start` of
 * document `docId`; `figure`: the one figure it asks; `resolve`: whether relative times may be said (not when it asks a
 * date); `answer`: its key, which nothing added may give away. Per-document work is done once per bank.
 */
export function shownText(ctx: GenContext): (text: string, docId: string, quote: string, start: number, figure?: FigureFact, resolve?: boolean, answer?: string) => string {
  const forums = new Map<string, string | undefined>();
  // the 今年/去年/前年 the extractor resolved, by document, gathered once
  const relativeYears = new Map<string, { word: string; start: number; end: number; year: number }[]>();
  for (const f of ctx.dates) {
    const word = /^(今年|去年|前年)/u.exec(f.value.text)?.[1];
    const year = Number(f.value.iso.slice(0, 4));
    if (!word || !f.value.inferred || !year) continue;
    const list = relativeYears.get(f.documentId) ?? [];
    list.push({ word, start: f.span.start, end: f.span.end, year });
    relativeYears.set(f.documentId, list);
  }
  // the years of those within a passage (a word given two years there is left out)
  const resolvedYears = (docId: string, start: number, end: number): Map<string, number> => {
    const found = new Map<string, Set<number>>();
    for (const r of relativeYears.get(docId) ?? []) if (r.start >= start && r.end <= end) found.set(r.word, (found.get(r.word) ?? new Set<number>()).add(r.year));
    return new Map([...found].filter(([, ys]) => ys.size === 1).map(([w, ys]) => [w, [...ys][0]!]));
  };
  // the relative times (当天, 同年, 上月 …) the extractor resolved, by document
  const times = resolvedTimes(ctx.dates);
  // the days written without a year ("9月12日") the extractor gave one, by document
  const days = daysGivenYears(ctx.dates);
  return (text: string, docId: string, quote: string, start: number, figure?: FigureFact, resolve = false, answer = ""): string => {
    if (!forums.has(docId)) forums.set(docId, forumOf(ctx.docs.get(docId)?.text ?? ""));
    const raw = ctx.docs.get(docId)?.doc.raw ?? "";
    text = withPronounNamed(text, raw.slice(Math.max(0, start - 200), start));
    // (a figure only: a date question's own answer may be the year a 明年 stands for)
    if (figure) text = withRelativeYearSaid(text, figure.value.year, figureAt(text, figure.value.text));
    if (!figure && resolve) text = withRelativeYearsResolved(text, resolvedYears(docId, start, start + quote.length));
    text = tidyShown(text);
    // the other relative times, once a dateline's date is cut ("某地5月9日电　某部门当天……" → "某部门当天（……）……");
    // (a date question shows none: the date a 当天 or 次年 stands for may make its answer computable)
    if (resolve) {
      text = withRelativeTimesResolved(text, raw, Math.max(0, start - RELATIVE_REACH), start + quote.length, times.get(docId) ?? []);
      // (the section's year is looked for only where a 全年 needs it)
      if (text.includes("全年")) text = withWholeYearSaid(text, sectionYear(ctx, docId, start));
      // a text that opens on a day with no year ("9月12日，……") says the year the extractor gave it
      text = withYearOfDaySaid(text, days.get(docId) ?? [], Math.max(0, start - RELATIVE_REACH), start + quote.length);
    }
    // ("2031年5月9日，……今晚在某城举行": the day written at the start is the 今晚)
    text = withTodayOfOpeningDay(text);
    // a figure that holds "目前" says the year the document was written in
    if (figure) text = withPresentSaid(text, documentYear(ctx, docId));
    // a year-on-year figure with no time of its own says the year of the sentence before it; a 同期 the year its sentence gives
    if (figure && /同比/u.test(text)) text = withStatisticYear(text, yearOfSentenceBefore(ctx, docId, start));
    if (resolve && text.includes("同期")) text = withSamePeriodSaid(text, raw.slice(Math.max(0, start - 200), start));
    // a treaty's own "本协定" says which agreement: the heading its text stands under
    text = withOwnInstrumentNamed(text, (head) => ownInstrumentName(ctx, docId, start, head), answer);
    // a 双方/两国 nothing shown names, in a document about one pair: that pair
    const pair = unnamedPairShown(text) ? titlePair(ctx, docId, start, !/双方|雙方/u.test(text)) : undefined;
    if (pair) text = withTitlePairNamed(text, pair, answer);
    // a provincial office's "我办", "我省": the office and the province its document's title names
    text = withOwnOfficeNamed(text, ctx.docs.get(docId)?.title ?? "");
    // a bare 全国, an office taken with no country ("当选总统"): the one country its paragraph opens on
    text = withParagraphCountry(ctx, docId, start, text, answer);
    // a bare "走廊", "岛国": the one its document's title names
    text = withTitleTopicNamed(text, ctx.docs.get(docId)?.title ?? "", answer);
    return withNamedActors(withForumName(withCountNameOwner(withQuotedSubject(withoutStrandedDate(text, quote), quote), quote), forums.get(docId)), documentActors(ctx, docId));
  };
}
