/**
 * Measuring extraction against a reader's annotation: an annotated fact is found when
 * a fact of the same kind carries the same key (date ISO, agreement name, concept term
 * or items, figure number) and one of its spans (own or `alsoIn`, in that document)
 * overlaps the annotated passage.
 */
import { z } from "zod";
import type { Span } from "../bank/format";
import { normaliseName } from "./extract/context";
import { rawSpan } from "./normalise/index";
import type { CleanDocument, Corpus, ExtractedFact } from "./types";

export const annotatedFactSchema = z.object({
  kind: z.enum(["date", "agreement", "concept", "figure"]),
  /** Passage of the normalised text containing the fact (first occurrence, or the `nth`). */
  anchor: z.string().min(1),
  nth: z.number().int().positive().optional(),
  iso: z.string().optional(),
  name: z.string().optional(),
  parties: z.array(z.string()).optional(),
  term: z.string().optional(),
  items: z.array(z.string()).optional(),
  number: z.number().optional(),
});
export type AnnotatedFact = z.infer<typeof annotatedFactSchema>;

export const annotationFileSchema = z.object({
  document: z.string(),
  note: z.string().optional(),
  facts: z.array(annotatedFactSchema),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;

export interface KindScore {
  found: number;
  total: number;
  recall: number;
  missed: AnnotatedFact[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const norm = (s: string) => normaliseName(s).replace(/[，、,]/g, "");
const contains = (a: string, b: string) => a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));

export function keyMatches(a: AnnotatedFact, f: ExtractedFact): boolean {
  if (a.kind !== f.kind) return false;
  switch (f.kind) {
    case "date":
      return (f.value.endIso ? `${f.value.iso}/${f.value.endIso}` : f.value.iso) === a.iso;
    case "agreement": {
      if (!a.name || !contains(norm(f.value.name), norm(a.name))) return false;
      return !a.parties || a.parties.every((p) => f.value.parties.includes(p));
    }
    case "concept": {
      if (a.term && (contains(norm(f.value.term), norm(a.term)) || (f.value.items ?? []).some((i) => norm(i) === norm(a.term!)))) return true;
      // an annotated term that is itself a list (“甲、乙、丙”) names the fact holding exactly those items, in order
      if (a.term && /[、，,]/.test(a.term) && (f.value.items ?? []).length >= 2 && norm(f.value.items!.join("")) === norm(a.term)) return true;
      if (a.items) {
        const items = (f.value.items ?? []).map(norm);
        return items.length > 0 && a.items.every((i) => items.some((x) => contains(x, norm(i))));
      }
      return false;
    }
    case "figure":
      return f.value.number === a.number;
    default:
      return false;
  }
}

/** The raw span of an annotation's anchor, or null when the anchor is not in the clean text. */
export function anchorSpan(doc: CleanDocument, a: AnnotatedFact): Span | null {
  let at = -1;
  for (let n = 0; n < (a.nth ?? 1); n++) {
    at = doc.text.indexOf(a.anchor, at + 1);
    if (at < 0) return null;
  }
  return rawSpan(doc.toRaw, { start: at, end: at + a.anchor.length });
}

export function scoreDocument(corpus: Corpus, annotation: AnnotationFile): { byKind: Record<string, KindScore>; unanchored: AnnotatedFact[] } {
  const doc = corpus.documents.find((d) => d.doc.id === annotation.document);
  if (!doc) throw new Error(`document ${annotation.document} is not in the corpus`);
  const spansIn = (f: ExtractedFact): Span[] => [
    ...(f.documentId === doc.doc.id ? [f.span] : []),
    ...f.alsoIn.filter((x) => x.documentId === doc.doc.id).map((x) => x.span),
  ];
  const byKind: Record<string, KindScore> = {};
  const unanchored: AnnotatedFact[] = [];
  for (const a of annotation.facts) {
    const score = (byKind[a.kind] ??= { found: 0, total: 0, recall: 0, missed: [] });
    score.total++;
    const span = anchorSpan(doc, a);
    if (!span) {
      unanchored.push(a);
      score.missed.push(a);
      continue;
    }
    const hit = corpus.facts.some((f) => keyMatches(a, f) && spansIn(f).some((s) => overlaps(s, span)));
    if (hit) score.found++;
    else score.missed.push(a);
  }
  for (const s of Object.values(byKind)) s.recall = s.total ? s.found / s.total : 1;
  return { byKind, unanchored };
}

/** Sums several documents' scores per kind. */
export function totalScores(scores: Array<Record<string, KindScore>>): Record<string, KindScore> {
  const out: Record<string, KindScore> = {};
  for (const byKind of scores)
    for (const [k, s] of Object.entries(byKind)) {
      const t = (out[k] ??= { found: 0, total: 0, recall: 0, missed: [] });
      t.found += s.found;
      t.total += s.total;
      t.missed.push(...s.missed);
    }
  for (const s of Object.values(out)) s.recall = s.total ? s.found / s.total : 1;
  return out;
}
