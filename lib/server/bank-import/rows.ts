/**
 * How bank entities become database rows, and when an existing row differs from its bank
 * entity. Pure: no Prisma client here, so the rules can be read (and tested) on their own.
 */
import type { Bank, BankDocument, Fact, Question } from "@/lib/bank/format";
import type { QuestionStatus } from "@/lib/domain/constants";

/** What `Question.payload` holds (JSON): the type-specific parts of a bank question. */
export interface QuestionPayload {
  options?: string[];
  pairs?: [string, string][];
  answer?: string | string[] | boolean;
  accepted?: string[];
  front?: string;
  back?: string;
}

export const questionPayload = (q: Question): QuestionPayload => ({
  options: q.options,
  pairs: q.pairs,
  answer: q.answer,
  accepted: q.accepted,
  front: q.front,
  back: q.back,
});

/** Below this self-check score a new generated question starts as a draft for a teacher to review. */
export const ACTIVE_QUALITY_THRESHOLD = 0.6;

/**
 * Self-check flags that keep a new question in draft whatever its score: the problems named in
 * DESIGN.md's self-check, plus any flag the generator prefixes with "block:". Other flags
 * (e.g. "inferred-date") are notes for the teacher and do not block.
 */
export const BLOCKING_QUALITY_FLAGS: ReadonlySet<string> = new Set([
  "answer-leak",
  "duplicate-options",
  "artefact",
  "trivial-blank",
  "distractor-true",
]);
export const isBlockingQualityFlag = (flag: string): boolean =>
  BLOCKING_QUALITY_FLAGS.has(flag) || flag.startsWith("block:");

export function defaultInitialStatus(q: Question): QuestionStatus {
  return q.quality.score >= ACTIVE_QUALITY_THRESHOLD && !q.quality.flags.some(isBlockingQualityFlag)
    ? "active"
    : "draft";
}

export interface DocumentContent {
  title: string;
  authors: string;
  kind: string;
  sourceInfo: string;
  date: string | null;
  sha256: string;
}

export const documentContent = (doc: BankDocument): DocumentContent => ({
  title: doc.title,
  authors: JSON.stringify(doc.authors),
  kind: doc.kind ?? "article",
  sourceInfo: doc.source ?? "",
  date: doc.date ?? null,
  sha256: doc.sha256,
});

export interface FactRow {
  id: string;
  documentId: string;
  kind: string;
  label: string;
  value: string;
  start: number;
  end: number;
  quote: string;
  alsoIn: string;
}

export const factRow = (f: Fact): FactRow => ({
  id: f.id,
  documentId: f.documentId,
  kind: f.kind,
  label: f.label,
  value: JSON.stringify(f.value),
  start: f.span.start,
  end: f.span.end,
  quote: f.quote,
  alsoIn: JSON.stringify(f.alsoIn),
});

/** The columns an import writes on a question (status and origin are decided separately). */
export interface QuestionContent {
  documentId: string;
  type: string;
  prompt: string;
  payload: string;
  explanation: string;
  sourceStart: number;
  sourceEnd: number;
  sourceQuote: string;
  factKind: string | null;
  siblingKey: string;
  qualityScore: number;
  qualityFlags: string;
}

export function questionContent(q: Question, factKindById: ReadonlyMap<string, string>): QuestionContent {
  const firstFact = q.factIds[0];
  return {
    documentId: q.source.documentId,
    type: q.type,
    prompt: q.prompt,
    payload: JSON.stringify(questionPayload(q)),
    explanation: q.explanation,
    sourceStart: q.source.start,
    sourceEnd: q.source.end,
    sourceQuote: q.source.quote,
    factKind: firstFact ? (factKindById.get(firstFact) ?? null) : null,
    siblingKey: firstFact ?? q.id,
    qualityScore: q.quality.score,
    qualityFlags: JSON.stringify(q.quality.flags),
  };
}

/** Same columns with the same values (for the keys of `wanted`). */
export function sameColumns<T extends object>(wanted: T, existing: Partial<Record<keyof T, unknown>>): boolean {
  return (Object.keys(wanted) as (keyof T)[]).every((k) => wanted[k] === existing[k]);
}

/** Same members, order ignored (tags, fact links). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Ids that occur more than once, for the consistency check. */
export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * What zod cannot see: duplicate ids and references between documents, facts and questions.
 * Returns readable problems with the path of each, empty when the bank holds together.
 */
export function bankConsistencyProblems(bank: Bank): string[] {
  const problems: string[] = [];
  for (const id of duplicates(bank.documents.map((d) => d.id))) problems.push(`documents: duplicate id "${id}"`);
  for (const id of duplicates(bank.facts.map((f) => f.id))) problems.push(`facts: duplicate id "${id}"`);
  for (const id of duplicates(bank.questions.map((q) => q.id))) problems.push(`questions: duplicate id "${id}"`);
  const docIds = new Set(bank.documents.map((d) => d.id));
  const factIds = new Set(bank.facts.map((f) => f.id));
  bank.facts.forEach((f, i) => {
    if (!docIds.has(f.documentId)) problems.push(`facts.${i}.documentId: "${f.documentId}" is not a document of this bank`);
    if (f.span.end < f.span.start) problems.push(`facts.${i}.span: end is before start`);
  });
  bank.questions.forEach((q, i) => {
    if (!docIds.has(q.source.documentId))
      problems.push(`questions.${i}.source.documentId: "${q.source.documentId}" is not a document of this bank`);
    if (q.source.end < q.source.start) problems.push(`questions.${i}.source: end is before start`);
    q.factIds.forEach((fid, j) => {
      if (!factIds.has(fid)) problems.push(`questions.${i}.factIds.${j}: "${fid}" is not a fact of this bank`);
    });
  });
  return problems;
}
