/**
 * Sentences: a block is cut after 。！？ (and ；) outside quotes, keeping the closing
 * quotes and brackets that follow; a quoted passage with several sentences stays one
 * sentence with its speaker. Very long runs without punctuation are cut so that no
 * sentence exceeds MAX_SENTENCE characters.
 */
import type { Span } from "../bank/format";
import type { Block, Sentence } from "./types";

export const MAX_SENTENCE = 500;

const OPEN = new Set(["“", "‘", "《", "「", "『", "（", "("]);
const CLOSE = new Set(["”", "’", "》", "」", "』", "）", ")"]);
const STRONG_END = new Set(["。", "！", "？", "!", "?"]);

/** Clean spans of the sentences of one text (offsets relative to the text). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let depth = 0;
  const n = text.length;
  const cut = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    if (end > s) spans.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    const english = ch === "." && text[i + 1] === " " && /[A-Z]/.test(text[i + 2] ?? "") && /[a-z)]/.test(text[i - 1] ?? "");
    if (STRONG_END.has(ch) || english || (ch === "；" && depth === 0)) {
      let j = i + 1;
      let d = depth;
      while (j < n && (CLOSE.has(text[j]) || STRONG_END.has(text[j]))) {
        if (CLOSE.has(text[j])) d = Math.max(0, d - 1);
        j++;
      }
      if (d === 0 || i - start > MAX_SENTENCE / 2) {
        depth = 0;
        cut(j);
        i = j - 1;
        continue;
      }
    }
    if (i + 1 - start >= MAX_SENTENCE) {
      // no punctuation for too long: cut at the last comma or space, else here
      let k = i;
      while (k > start + MAX_SENTENCE / 2 && !/[，,、\s]/.test(text[k])) k--;
      cut(k > start + MAX_SENTENCE / 2 ? k + 1 : i + 1);
      depth = 0;
    }
  }
  if (start < n) cut(n);
  return spans;
}

/** Sentences of every block, with clean and raw spans. */
export function segmentSentences(blocks: Block[], rawSpanOf: (clean: Span) => Span): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const s of sentenceSpans(block.text)) {
      const clean = { start: block.clean.start + s.start, end: block.clean.start + s.end };
      sentences.push({
        text: block.text.slice(s.start, s.end),
        clean,
        raw: rawSpanOf(clean),
        paragraph: index,
        blockLabel: block.label,
      });
    }
  });
  return sentences;
}
