/**
 * A date written relative to the one before it ("同年2月1日", "次年", "次月") and resolved by the extractor:
 * asked as what the passage says happened then, the passage showing the date it is counted from and the
 * relative date blanked ("2031年5月，……建交。（    ），两国签署……" → 2032年). Asking what "次年" stands for
 * with the passage shown would test the addition, not the document.
 */
import { findDates } from "../../extract/dates";
import { BLANK, DANGLING_START, explain, namesParty, passageOf, sentenceIndex, tidySpaces, windowAround } from "../context";
import { formatDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { endedSentence } from "../text";
import { draft } from "./common";
import { resolvedFrom } from "./date";
import { asSimple } from "./date-options";
import { simplifiedView } from "./script";

/** The word a relative date opens with, and what it may go on with (a month, a day, in figures). */
const RELATIVE_OPENING = /^(同年|当年|次年|翌年|同月|当月|次月)((?:\d{1,2}月)?(?:\d{1,2}日)?)$/u;

/** "两年前的今天，" before the date it counts back to: no reference to anything before. */
const TODAY_YEARS_AGO = /^[一二两三四五六七八九十\d]{1,3}年前的今天[，,]\s*(?=(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)/u;

/** "2003-10" → [2003, 10]; a year alone has no month. */
function yearMonth(iso: string): [number, number | undefined] {
  const m = /^(\d{4})(?:-(\d{2}))?/u.exec(iso);
  return m ? [Number(m[1]), m[2] ? Number(m[2]) : undefined] : [NaN, undefined];
}

/** Whether `word` counted from the date `anchor` gives the year (and month) of `iso`. */
function countedFrom(word: string, anchor: string, iso: string): boolean {
  const [ay, am] = yearMonth(anchor);
  const [y, m] = yearMonth(iso);
  if (word === "同年" || word === "当年") return ay === y;
  if (word === "次年" || word === "翌年") return ay + 1 === y;
  if (am === undefined || m === undefined) return false;
  if (word === "同月" || word === "当月") return ay === y && am === m;
  return am === 12 ? ay + 1 === y && m === 1 : ay === y && am + 1 === m;
}

/**
 * The last date written (not itself relative, not a range) in `text`, as ISO, or undefined; a year inside a
 * title ("《……2023年至2027年行动计划》") names the title's span, not a time the text tells of.
 */
function lastDateIn(text: string): string | undefined {
  return findDates(text.replace(/《[^《》]*》/gu, (t) => "　".repeat(t.length)), {})
    .filter((m) => !m.inferred && !m.endIso)
    .at(-1)?.iso;
}

/**
 * The passage of a relative date with the date it is counted from: its own passage when that writes a
 * date before it; else the sentences before it in its paragraph (one, or two when the one before opens on
 * a relative date of its own: "2020年起，……。同年5月，……；次年3月，……"), back to one that stands on its own;
 * a paragraph that opens on the relative date takes the last sentence of the paragraph before.
 */
function anchoredPassage(ctx: GenContext, f: DateFact, surface: string): { text: string; key: { start: number; end: number }; anchor: string; prepended: boolean } | undefined {
  const p = passageOf(ctx, f);
  if (!p.key || p.text.slice(p.key.start, p.key.end) !== surface) return undefined;
  if (!p.dangling) {
    const w = windowAround(p.text, p.key, 150);
    const own = lastDateIn(w.text.slice(0, w.key.start));
    if (own) return { ...w, anchor: own, prepended: p.prepended };
  }
  // (a passage that dangles does so on its relative word alone, which opens it)
  if (p.dangling && p.key.start > 0) return undefined;
  const list = ctx.sentences.get(f.documentId) ?? [];
  const i = sentenceIndex(ctx, f);
  if (i < 0) return undefined;
  const mine = list[i]!;
  // (a passage that already holds the sentence before goes on back from the one before that)
  const first = p.prepended ? i - 2 : i - 1;
  const before: string[] = [];
  for (let j = first; j >= Math.max(0, first - 1); j--) {
    const s = list[j]!;
    // ("两年前的今天，2022年12月9日，……": a time counted back to a date the sentence gives itself)
    const t = tidySpaces(s.text.trim()).text.replace(TODAY_YEARS_AGO, "");
    // (a paragraph that opens on the relative date goes on from the one before: "……。\n\n同年2月1日起……")
    const goesOn = j === i - 1 && p.key.start === 0 && s.paragraph === mine.paragraph - 1 && s.blockLabel === "body";
    if ((s.paragraph !== mine.paragraph && !goesOn) || s.blockLabel === "heading" || !/[。！？；]$/u.test(t)) break;
    before.unshift(t);
    if (!DANGLING_START.test(t)) break;
  }
  const lead = before.join("");
  if (!before.length || DANGLING_START.test(before[0]!) || lead.length + p.text.length > 200) return undefined;
  const text = lead + p.text;
  const anchor = lastDateIn(lead);
  // (an unnamed 两国/双方 of the passage is named by the sentences before, or the passage is not asked)
  if (!anchor || (p.dangling && /两国|双方|兩國|雙方/u.test(p.text) && !namesParty(ctx, simplifiedView(text)))) return undefined;
  // (the date counted from stands before the sentence the passage had put in front, so that one writes none)
  if (p.prepended && lastDateIn(p.text.slice(0, p.key.start))) return undefined;
  return { text, key: { start: p.key.start + lead.length, end: p.key.end + lead.length }, anchor, prepended: true };
}

/**
 * A flashcard on a relative date: the passage that writes, last before it, the date it is counted from, the
 * relative date blanked, when counting from that date gives the extractor's resolution (so the key is checked
 * twice); else undefined. A bare 同年/当年/同月/当月 is not asked: beside the date it repeats, it is guessed.
 */
export function relativeDateCard(ctx: GenContext, f: DateFact): Draft | undefined {
  const key = f.context.keyInSentence;
  if (!f.value.inferred || f.value.endIso || !key) return undefined;
  const surface = f.context.sentence.slice(key.start, key.end);
  const m = RELATIVE_OPENING.exec(simplifiedView(surface));
  const word = m?.[1];
  if (!word || (/^(?:同|当)/u.test(word) && !m[2])) return undefined;
  const w = anchoredPassage(ctx, f, surface);
  // (the word written twice in the passage would leave which one is asked open)
  if (!w || w.text.split(surface).length !== 2 || !countedFrom(word, w.anchor, f.value.iso)) return undefined;
  const d = asSimple(f);
  const answer = formatDate(d);
  const blanked = w.text.slice(0, w.key.start) + BLANK + w.text.slice(w.key.end);
  const text = endedSentence(blanked);
  return draft(ctx, {
    type: "flashcard",
    variant: "date-relative-card",
    facts: [f],
    prompt: text,
    front: `${text}\n括号中应是什么时间？`,
    back: `${answer}（原文作“${surface}”）`,
    explanation: explain(ctx, f, `${answer}${resolvedFrom(f)}。`),
    tags: ["date", d.precision],
    flags: ["inferred-date", ...(w.prepended ? ["context-prepended"] : [])],
  });
}
