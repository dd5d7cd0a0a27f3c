/**
 * A question row as the learner sees it: before answering (no answer in it) and after (the
 * expected answer, the explanation, the source passage). Pure, shared by server and client types.
 */
import { QUESTION_TYPES, type Question as BankQuestion, type QuestionType } from "@/lib/bank/format";

/** The columns of a `Question` row the study views need. */
export interface QuestionRow {
  id: string;
  type: string;
  prompt: string;
  payload: string;
  explanation: string;
  documentId: string;
  sourceStart: number;
  sourceEnd: number;
  sourceQuote: string;
}

export const questionRowSelect = {
  id: true,
  type: true,
  prompt: true,
  payload: true,
  explanation: true,
  documentId: true,
  sourceStart: true,
  sourceEnd: true,
  sourceQuote: true,
} as const;

export interface QuestionPayload {
  options?: string[];
  pairs?: [string, string][];
  answer?: string | string[] | boolean;
  accepted?: string[];
  front?: string;
  back?: string;
}

export function parsePayload(json: string): QuestionPayload {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === "object" ? (v as QuestionPayload) : {};
  } catch {
    return {};
  }
}

export const isQuestionType = (t: string): t is QuestionType => (QUESTION_TYPES as readonly string[]).includes(t);

/** The bank shape of a stored question, for the grader. */
export function toBankQuestion(row: QuestionRow): BankQuestion {
  const p = parsePayload(row.payload);
  return {
    id: row.id,
    type: isQuestionType(row.type) ? row.type : "short_answer",
    factIds: [],
    prompt: row.prompt,
    options: p.options,
    pairs: p.pairs,
    answer: p.answer,
    accepted: p.accepted,
    front: p.front,
    back: p.back,
    explanation: row.explanation,
    source: { documentId: row.documentId, start: row.sourceStart, end: row.sourceEnd, quote: row.sourceQuote },
    tags: [],
    quality: { score: 1, flags: [] },
  };
}

/** A small stable hash (FNV-1a), for shuffles that stay the same across reloads. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The same order for the same seed (deterministic Fisher–Yates). */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  let s = hash(seed) || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** What the learner sees before answering: never the answer (except a flashcard's back). */
export interface QuestionView {
  id: string;
  type: QuestionType;
  prompt: string;
  /** mcq, multi: the choices; ordering: the items in the order to start from. */
  options?: string[];
  /** matching: the left column in order and the right column shuffled. */
  left?: string[];
  right?: string[];
  /** flashcard: both sides (the back is shown after "reveal"; the learner rates themselves). */
  front?: string;
  back?: string;
  /** flashcard: the passage, shown with the back (other types show it only after answering). */
  source?: { documentId: string; start: number; end: number; quote: string };
  documentId: string;
}

export function questionView(row: QuestionRow): QuestionView {
  const p = parsePayload(row.payload);
  const type = isQuestionType(row.type) ? row.type : "short_answer";
  const base = { id: row.id, type, prompt: row.prompt, documentId: row.documentId };
  switch (type) {
    case "mcq":
    case "multi":
      return { ...base, options: p.options ?? [] };
    case "ordering": {
      const items = p.options ?? [];
      // the bank gives the items shuffled; if they happen to be in the answer's order, shuffle them
      const inOrder = Array.isArray(p.answer) && items.every((x, i) => x === (p.answer as string[])[i]);
      return { ...base, options: inOrder ? stableShuffle(items, row.id) : items };
    }
    case "matching": {
      const pairs = p.pairs ?? [];
      return { ...base, left: pairs.map((x) => x[0]), right: stableShuffle(pairs.map((x) => x[1]), row.id) };
    }
    case "flashcard":
      return {
        ...base,
        front: p.front ?? row.prompt,
        back: p.back ?? "",
        source: { documentId: row.documentId, start: row.sourceStart, end: row.sourceEnd, quote: row.sourceQuote },
      };
    default:
      return base;
  }
}

/** The right answer, in the shape its type is shown in. */
export type ExpectedAnswer =
  | { type: "choice"; values: string[] } // mcq, multi
  | { type: "boolean"; value: boolean }
  | { type: "text"; value: string; accepted: string[] } // cloze, short_answer
  | { type: "order"; values: string[] }
  | { type: "pairs"; pairs: [string, string][] }
  | { type: "flashcard"; back: string };

export function expectedAnswer(row: QuestionRow): ExpectedAnswer {
  const p = parsePayload(row.payload);
  switch (row.type) {
    case "mcq":
      return { type: "choice", values: typeof p.answer === "string" ? [p.answer] : [] };
    case "multi":
      return { type: "choice", values: Array.isArray(p.answer) ? p.answer : [] };
    case "true_false":
      return { type: "boolean", value: p.answer === true };
    case "ordering":
      return { type: "order", values: Array.isArray(p.answer) ? p.answer : [] };
    case "matching":
      return { type: "pairs", pairs: p.pairs ?? [] };
    case "flashcard":
      return { type: "flashcard", back: p.back ?? "" };
    default:
      return { type: "text", value: typeof p.answer === "string" ? p.answer : "", accepted: p.accepted ?? [] };
  }
}

/** Where the question comes from, for "show in document". */
export interface SourcePassage {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
}

export const sourceHref = (s: { documentId: string; start: number; end: number }): string =>
  `/student/documents/${encodeURIComponent(s.documentId)}?highlight=${s.start}-${s.end}`;
