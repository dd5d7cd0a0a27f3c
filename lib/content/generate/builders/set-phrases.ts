/**
 * Set phrases: a blank any reader of the corpus's prose fills from the words next to it ("高质量共赴“（    ）”",
 * "奉行（    ）的甲观"). The evidence is the corpus's own: the words beside the blank are written with the answer in
 * three documents or more, and in four places of five where the corpus writes them at all.
 */
import type { Question } from "../../../bank/format";
import type { ExtractedFact } from "../../types";
import type { GenContext } from "../model";
import { fold, unwrap } from "../text";

const BLANK = /_{2,}|（\s*）/gu;
/** Marks a frame does not run over: a set phrase stands within its clause. */
const CLAUSE_MARK = /[，。；：！？,;:!?\n（）()、]/u;
const CJK = /[\u3400-\u9fff]/u;
/** Frames of two to four Chinese characters on either side of the blank: a longer one holds the fact itself, which
 * documents on one subject repeat ("第一个承认甲国……"), not a phrase of the prose. */
const SHORTEST = 2;
const LONGEST = 4;

const countsCache = new WeakMap<GenContext, Map<string, { n: number; docs: number }>>();

/** How often the corpus writes a string, and in how many documents (counted once per run). */
export function phraseCounts(ctx: GenContext, needle: string): { n: number; docs: number } {
  let cache = countsCache.get(ctx);
  if (!cache) countsCache.set(ctx, (cache = new Map()));
  let c = cache.get(needle);
  if (!c) {
    c = { n: 0, docs: 0 };
    for (const d of ctx.docs.values()) {
      let k = 0;
      for (let i = d.text.indexOf(needle); i >= 0; i = d.text.indexOf(needle, i + needle.length)) k++;
      c.n += k;
      if (k > 0) c.docs++;
    }
    cache.set(needle, c);
  }
  return c;
}

/** How many characters of context each place of an answer keeps: more than any frame holds. */
const CONTEXT = 16;

interface Place {
  doc: string;
  before: string;
  after: string;
}

const placesCache = new WeakMap<GenContext, Map<string, Place[]>>();

/** The places the corpus writes an answer, with the words around each (found once per run and answer). */
function placesOf(ctx: GenContext, answer: string): Place[] {
  let cache = placesCache.get(ctx);
  if (!cache) placesCache.set(ctx, (cache = new Map()));
  let out = cache.get(answer);
  if (!out) {
    out = [];
    for (const [id, d] of ctx.docs) {
      for (let i = d.text.indexOf(answer); i >= 0; i = d.text.indexOf(answer, i + answer.length)) {
        out.push({ doc: id, before: d.text.slice(Math.max(0, i - CONTEXT), i), after: d.text.slice(i + answer.length, i + answer.length + CONTEXT) });
      }
    }
    cache.set(answer, out);
  }
  return out;
}

/**
 * The words next to a blank on one side: `k` Chinese characters with the marks among them (quotation marks, a dash),
 * read from the blank outwards; undefined when a clause mark comes first.
 */
export function frameBeside(text: string, k: number, side: "before" | "after"): string | undefined {
  const chars = side === "before" ? [...text].reverse() : [...text];
  let frame = "";
  let cjk = 0;
  for (const c of chars) {
    if (CLAUSE_MARK.test(c)) return undefined;
    frame = side === "before" ? c + frame : frame + c;
    if (CJK.test(c) && ++cjk === k) return frame;
  }
  return undefined;
}

/**
 * Whether the corpus writes a frame with this answer in three documents or more, and in four places of five where it
 * writes the frame at all.
 */
function corpusFormula(ctx: GenContext, frame: string, answer: string, side: "before" | "after"): boolean {
  const filled = placesOf(ctx, answer).filter((p) => (side === "before" ? p.before.endsWith(frame) : p.after.startsWith(frame)));
  if (filled.length < 3 || new Set(filled.map((p) => p.doc)).size < 3) return false;
  return filled.length * 5 >= phraseCounts(ctx, frame).n * 4;
}

/**
 * Whether a blank of `shown` is a set phrase of the corpus for the answer `asked` (a name or a term, not a number): the words
 * right before it or right after it are a frame the corpus fills with that answer (corpusFormula).
 */
export function setPhraseBlank(ctx: GenContext, shown: string, asked: string): boolean {
  if (/\d/u.test(asked) || (asked.match(/[\u3400-\u9fff]/gu) ?? []).length < 2) return false;
  // a quoted answer ("“某某”") is the quotation's words, its marks part of the frame ("共赴（    ）" → "共赴“")
  const quoted = /^([“"])([^“”"]+)([”"])$/u.exec(asked);
  const answer = quoted ? quoted[2]! : asked;
  for (const m of shown.matchAll(BLANK)) {
    const before = shown.slice(0, m.index).replace(BLANK, asked) + (quoted?.[1] ?? "");
    const after = (quoted?.[3] ?? "") + shown.slice(m.index! + m[0].length).replace(BLANK, asked);
    for (let k = SHORTEST; k <= LONGEST; k++) {
      const frame = frameBeside(before, k, "before");
      if (!frame || frame.length > CONTEXT) break;
      if (corpusFormula(ctx, frame, answer, "before")) return true;
    }
    for (let k = SHORTEST; k <= LONGEST; k++) {
      const frame = frameBeside(after, k, "after");
      if (!frame || frame.length > CONTEXT) break;
      if (corpusFormula(ctx, frame, answer, "after")) return true;
    }
  }
  return false;
}

/** What a question asks for: a blank's answer or a card's back, when it is one piece of text. */
function askedText(q: Question): string | undefined {
  if (typeof q.answer === "string") return q.answer;
  return q.type === "flashcard" ? q.back?.split("\n")[0] : undefined;
}

/**
 * A name the set phrase holds ("共赴“某某”合作备忘录" holds 某某) is asked by the question that blanks the whole
 * longer name where the text writes it (its own blank, "共赴“（    ）”", gives it away): a concept or an agreement no kept
 * question tests is tested by a kept question of the same place whose answer holds its name, written nowhere else in
 * what the question shows.
 */
export function withNamesInsideAnswers<Q extends Question>(kept: Q[], facts: readonly ExtractedFact[]): Q[] {
  const tested = new Set(kept.flatMap((q) => q.factIds));
  for (const f of facts) {
    if ((f.kind !== "concept" && f.kind !== "agreement") || tested.has(f.id)) continue;
    const name = fold(unwrap(f.kind === "concept" ? f.value.term : f.value.name));
    if (name.length < 2) continue;
    const q = kept.find((x) => {
      const asked = askedText(x);
      if (!asked || x.source.documentId !== f.documentId || f.span.start < x.source.start || f.span.end > x.source.end) return false;
      const a = fold(asked);
      return a.length > name.length && a.includes(name) && !fold(`${x.prompt}\n${x.front ?? ""}`).includes(name);
    });
    if (!q) continue;
    q.factIds = [...q.factIds, f.id];
    tested.add(f.id);
  }
  return kept;
}
