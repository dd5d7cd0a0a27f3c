/**
 * A date written relative to the one before it ("同年2月1日", "次年", "次月") and resolved by the extractor:
 * asked as a reading of the passage that shows the date it is counted from ("文中“次年”指哪一年？").
 */
import { findDates } from "../../extract/dates";
import { explain, passageOf, windowAround } from "../context";
import { formatDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { draft } from "./common";
import { resolvedFrom } from "./date";
import { asSimple } from "./date-options";
import { simplifiedView } from "./script";

/** The word a relative date opens with, and what it may go on with (a month, a day, in figures). */
const RELATIVE_OPENING = /^(同年|当年|次年|翌年|同月|当月|次月)((?:\d{1,2}月)?(?:\d{1,2}日)?)$/u;

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
 * A flashcard asking what a relative date stands for, when the passage shown writes, last before it, the
 * date it is counted from and that date agrees with how the extractor resolved it; else undefined.
 */
export function relativeDateCard(ctx: GenContext, f: DateFact): Draft | undefined {
  const key = f.context.keyInSentence;
  if (!f.value.inferred || f.value.endIso || !key) return undefined;
  const surface = f.context.sentence.slice(key.start, key.end);
  const word = RELATIVE_OPENING.exec(simplifiedView(surface))?.[1];
  const p = passageOf(ctx, f);
  if (!word || p.dangling || !p.key || p.text.slice(p.key.start, p.key.end) !== surface) return undefined;
  // (the word written twice in the passage would leave which one is asked open)
  if (p.text.split(surface).length !== 2) return undefined;
  const w = windowAround(p.text, p.key, 120);
  const anchor = findDates(w.text.slice(0, w.key.start), {})
    .filter((m) => !m.inferred && !m.endIso)
    .at(-1);
  if (!anchor || !countedFrom(word, anchor.iso, f.value.iso)) return undefined;
  const d = asSimple(f);
  const answer = formatDate(d);
  const text = /[。！？…”」』]$/u.test(w.text) ? w.text : w.text.replace(/[，,；;：:]$/u, "") + "。";
  const asked = `文中“${surface}”指的是${d.precision === "year" ? "哪一年" : "什么时候"}？`;
  return draft(ctx, {
    type: "flashcard",
    variant: "date-relative-card",
    facts: [f],
    prompt: `${text}${asked}`,
    front: `${text}\n${asked}`,
    back: answer,
    explanation: explain(ctx, f, `${answer}${resolvedFrom(f)}。`),
    tags: ["date", d.precision],
    flags: ["inferred-date", ...(p.prepended ? ["context-prepended"] : [])],
  });
}
