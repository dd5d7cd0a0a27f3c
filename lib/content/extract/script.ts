/**
 * Traditional characters (香港、台湾 texts) read by the same rules as simplified ones: each traditional
 * character is folded to its simplified form (OpenCC's table, lib/content/script.ts), one for one, so
 * that offsets stay valid; the facts found are then given back the source's own characters.
 */
import { simplifiedChar, traditionalCount } from "../script";
import type { CleanDocument, Sentence } from "../types";
import type { Candidate } from "./context";

/** Corner brackets used as quotation marks in traditional texts: 「」 and the inner 『』 both read as “”. */
const QUOTES = new Map([["「", "“"], ["」", "”"], ["『", "“"], ["』", "”"]]);

/** A text written in traditional characters: at least this many characters written only in traditional. */
const MIN_TRADITIONAL = 20;

/** The text in simplified characters, corner brackets as quotation marks: same length, same offsets. */
export function foldTraditional(text: string): string {
  let out = "";
  for (const ch of text) out += QUOTES.get(ch) ?? simplifiedChar(ch);
  return out;
}

export interface FoldedDocument {
  doc: CleanDocument;
  /** The document's own sentence for each folded one. */
  original: Map<Sentence, Sentence>;
}

/** The document with its text folded to simplified characters, or undefined when it is not in traditional ones. */
export function foldedDocument(doc: CleanDocument): FoldedDocument | undefined {
  if (traditionalCount(doc.text) < MIN_TRADITIONAL) return undefined;
  const original = new Map<Sentence, Sentence>();
  const sentences = doc.sentences.map((s) => {
    const f = { ...s, text: foldTraditional(s.text) };
    original.set(f, s);
    return f;
  });
  return {
    doc: { ...doc, title: foldTraditional(doc.title), text: foldTraditional(doc.text), blocks: doc.blocks.map((b) => ({ ...b, text: foldTraditional(b.text) })), sentences },
    original,
  };
}

/**
 * `s` (read from the folded sentence) in the source's characters: every run of it found in the folded
 * sentence, longest first from the left, is replaced by the same stretch of the source sentence (the names of
 * parties, written by the extractor, stay as it writes them).
 */
export function unfold(s: string, folded: string, source: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let best = -1;
    let len = 0;
    for (let j = s.length; j >= i + 2; j--) {
      const at = folded.indexOf(s.slice(i, j));
      if (at >= 0) {
        best = at;
        len = j - i;
        break;
      }
    }
    if (best < 0) {
      // a character on its own (长 of a measure): the source's character where the folded one stands
      const at = folded.indexOf(s[i]!);
      out += at >= 0 ? source[at] : s[i];
      i++;
      continue;
    }
    out += source.slice(best, best + len);
    i += len;
  }
  return out;
}

/** A candidate found in the folded document, given back its source sentence and the source's characters. */
export function unfoldCandidate(c: Candidate, original: Map<Sentence, Sentence>): Candidate {
  const source = original.get(c.sentence);
  if (!source) return c;
  const back = (x: string) => unfold(x, c.sentence.text, source.text);
  const value = { ...c.value } as Record<string, unknown>;
  if (c.kind !== "entity") {
    for (const k of ["name", "term", "definition", "event", "measure", "text", "upgradedFrom"]) if (typeof value[k] === "string") value[k] = back(value[k] as string);
    if (Array.isArray(value.items)) value.items = (value.items as string[]).map(back);
  }
  return { ...c, sentence: source, label: c.kind === "entity" ? c.label : back(c.label), value } as Candidate;
}
