/**
 * A date whose sentence points back at what it is about ("该项目于……动工，……；2019年4月，双方经重新谈判……",
 * "将这一数字提高到……", "双方" with the two named sentences before): asked in the passage that runs back to the sentence
 * that stands on its own, the date blanked.
 */
import { BLANK, DANGLING_INSIDE, DANGLING_START, ORDINAL_START, explain, hasActor, namesParty, passageOf, sentenceIndex, tidySpaces } from "../context";
import { formatDate } from "../dates";
import type { DateFact, Draft, GenContext } from "../model";
import { endedSentence } from "../text";
import { draft } from "./common";
import { asSimple } from "./date-options";
import { RELATIVE_WORD, isNumeralDate } from "./date-written";
import { simplifiedView } from "./script";

/** How long the passage may grow with the sentences before it. */
const MAX_LENGTH = 200;

/**
 * A flashcard on a date whose own passage dangles: the sentences before it in its paragraph (up to three, back to
 * one that opens on nothing it points back at) in front of it, the date blanked; undefined when no such sentence
 * is near, the passage grows too long, or an unnamed 双方/两国 is still named by none of it.
 */
export function contextDateCard(ctx: GenContext, f: DateFact): Draft | undefined {
  const key = f.context.keyInSentence;
  if (!key || f.value.inferred || f.value.endIso) return undefined;
  const surface = f.context.sentence.slice(key.start, key.end);
  const d = asSimple(f);
  if (RELATIVE_WORD.test(surface) || !(/\d/u.test(surface) || isNumeralDate(surface, d))) return undefined;
  const p = passageOf(ctx, f);
  // (a passage that opens on what it points back at, or says "这一数字", "这一权力" of something named before)
  if (!(p.dangling || DANGLING_INSIDE.test(p.text)) || p.prepended || !p.key || p.text.slice(p.key.start, p.key.end) !== surface) return undefined;
  // (a transcript's line or a note of a reviewer is no passage to read back from)
  if (/^\s*(?:\[\d|解析|答[：:]|问[：:])/u.test(p.text)) return undefined;
  const list = ctx.sentences.get(f.documentId) ?? [];
  const i = sentenceIndex(ctx, f);
  if (i < 0) return undefined;
  const mine = list[i]!;
  const before: string[] = [];
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const s = list[j]!;
    const t = tidySpaces(s.text.trim()).text;
    if (s.paragraph !== mine.paragraph || s.blockLabel !== "body" || !/[。！？；]$/u.test(t) || /^\s*\[\d/u.test(t)) return undefined;
    before.unshift(t);
    if (!DANGLING_START.test(t) && !ORDINAL_START.test(t)) break;
  }
  const lead = before.join("");
  if (!before.length || DANGLING_START.test(before[0]!) || ORDINAL_START.test(before[0]!) || lead.length + p.text.length > MAX_LENGTH) return undefined;
  // (who 双方/两国 are, or who acts at all, is said in front)
  const plain = simplifiedView(lead);
  if (/双方|两国/u.test(simplifiedView(p.text)) ? !namesParty(ctx, plain) && !hasActor(ctx, plain) : !hasActor(ctx, plain)) return undefined;
  // (a 该 + head the sentences in front name once: "《甲条约》……。某国于……加入该条约", not "《甲条约》和《乙条约》……")
  for (const m of simplifiedView(p.text).matchAll(/[该](?![国地])([\u3400-\u9fff]{2})/gu)) {
    const head = m[1]!;
    const titles = new Set([...plain.matchAll(/《([^》]*)》/gu)].map((t) => t[1]!).filter((t) => t.endsWith(head)));
    if (titles.size > 1 || (titles.size === 0 && !plain.includes(head))) return undefined;
  }
  const text = lead + p.text.slice(0, p.key.start) + BLANK + p.text.slice(p.key.end);
  // (the date written twice would leave which one is asked open)
  if ((lead + p.text).split(surface).length !== 2) return undefined;
  const shown = endedSentence(text);
  const answer = formatDate(d);
  return draft(ctx, {
    type: "flashcard",
    variant: "date-context-card",
    facts: [f],
    prompt: shown,
    front: `${shown}\n括号中应是什么时间？`,
    back: answer,
    explanation: explain(ctx, f, `${answer}。`),
    tags: ["date", d.precision],
    flags: ["context-prepended"],
  });
}
