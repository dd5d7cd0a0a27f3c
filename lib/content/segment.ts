/**
 * Sentences: a block is cut after 。！？ (and ；) outside quotes, keeping the closing
 * quotes and brackets that follow; a quoted passage with several sentences stays one
 * sentence with its speaker. Very long runs without punctuation are cut so that no
 * sentence exceeds MAX_SENTENCE characters.
 */
import type { Span } from "../bank/format";
import { isCitation } from "./extract/citations";
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

/**
 * The mark a note opens with (①, [3], ［3］, ^[3], 3., a bare 3 glued to the text, 注：): a note's first sentence,
 * read for facts, starts after it; a citation keeps its number (it is read as a reference entry, and no question is
 * asked from it). A number followed by a unit (12月, 3个) is the text's own.
 */
const NOTE_MARK = /^(?:[\u2460-\u2473]|\^?[[［]\d{1,3}[\]］]|\d{1,3}[.、．](?!\d)|\d{1,3}(?![\d年月日号时分秒个倍所家名项次届周岁位万亿千百十余多%％\-—–~～.·、,，国座条列对只辆台吨米元天期版页章节点])|注释?\s*[:：])\s*/;

function noteSpans(text: string): Span[] {
  const spans = sentenceSpans(text);
  const first = spans[0];
  if (!first) return spans;
  const mark = NOTE_MARK.exec(text.slice(first.start, first.end))?.[0].length ?? 0;
  if (mark === first.end - first.start) return spans.slice(1); // (a notes' label alone, 注释：)
  if (mark === 0 || isCitation(text.slice(first.start + mark, first.end))) return spans;
  return [{ start: first.start + mark, end: first.end }, ...spans.slice(1)];
}

/** Sentences of every block, with clean and raw spans. */
export function segmentSentences(blocks: Block[], rawSpanOf: (clean: Span) => Span): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const s of block.label === "footnote" ? noteSpans(block.text) : sentenceSpans(block.text)) {
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
