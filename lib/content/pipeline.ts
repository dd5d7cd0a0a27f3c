/**
 * The extraction half of the content pipeline: read documents are normalised,
 * their facts extracted (each with a raw span and quote), repeats inside a document
 * folded into `alsoIn`, and facts shared by several documents linked.
 *
 *   buildCorpus(docs, options?) → Corpus     (what the generator calls)
 *   extractFacts(clean)         → ExtractedFact[]  (one document, unlinked)
 */
import { type FactKind, factSchema } from "../bank/format";
import type { Candidate } from "./extract/context";
import { extractAgreements } from "./extract/agreements";
import { extractConcepts } from "./extract/concepts";
import { extractDates } from "./extract/dates";
import { extractEntities } from "./extract/entities";
import { extractFigures } from "./extract/figures";
import { referenceAgreements } from "./extract/references";
import { foldedDocument, unfoldCandidate } from "./extract/script";
import { FactIds } from "./ids";
import { linkFacts } from "./link";
import { normaliseDocument, rawSpan } from "./normalise/index";
import type { CleanDocument, Corpus, ExtractedFact, RawDocument } from "./types";

export interface BuildCorpusOptions {
  /** Kinds to extract (default: all five). */
  kinds?: readonly FactKind[];
  /** Link facts shared by several documents (default true). */
  link?: boolean;
  /** Called after each document, e.g. for a progress line on stderr. */
  onProgress?: (done: number, total: number, doc: CleanDocument) => void;
}

const EXTRACTORS: Record<FactKind, (doc: CleanDocument) => Candidate[]> = {
  date: extractDates,
  agreement: (doc) => [...extractAgreements(doc), ...referenceAgreements(doc)],
  concept: extractConcepts,
  figure: extractFigures,
  entity: extractEntities,
};

const ALL_KINDS: readonly FactKind[] = ["date", "agreement", "concept", "figure", "entity"];

/** A label is shown to learners: no markup, no footnote or item marks (①), no spaces between Chinese characters. */
export function cleanLabel(label: string): string {
  let out = label
    .replace(/<[^>]{1,40}>|\*\*|__|\^\[\d+\]|[#■\u2460-\u2473]/g, "")
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”—])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”—])/g, "")
    .replace(/（）|\(\)|“”|《》/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  // a label cut inside a quotation or title must not leave half a pair of marks
  for (const [open, close] of [["“", "”"], ["《", "》"], ["（", "）"]]) {
    if (out.split(open).length !== out.split(close).length) out = out.split(open).join("").split(close).join("");
  }
  return out.replace(/[，、；：\s]+$/, "");
}

/** "两千零一十五年，不对，是两千零一十七年": a spoken value taken back; only the correction is a fact. */
const TAKEN_BACK = /^[，,、\s]*(?:不对|不是|说错了|错了|口误)/;
const corrected = (c: Candidate): boolean => (c.kind === "date" || c.kind === "figure") && TAKEN_BACK.test(c.sentence.text.slice(c.at.end, c.at.end + 8));

export function extractFacts(doc: CleanDocument, kinds: readonly FactKind[] = ALL_KINDS, ids = new FactIds()): ExtractedFact[] {
  // a text in traditional characters is read folded to simplified ones; its facts keep the source's characters
  const folded = foldedDocument(doc);
  const candidates = folded ? kinds.flatMap((k) => EXTRACTORS[k](folded.doc)).map((c) => unfoldCandidate(c, folded.original)) : kinds.flatMap((k) => EXTRACTORS[k](doc));
  const kept = candidates.filter((c) => !corrected(c));
  // (a mere mention of a fact comes after every reading of it: it never becomes the fact's first place)
  kept.sort((a, b) => Number(!!a.mention) - Number(!!b.mention) || a.sentence.clean.start + a.at.start - (b.sentence.clean.start + b.at.start) || ALL_KINDS.indexOf(a.kind) - ALL_KINDS.indexOf(b.kind));
  const byKey = new Map<string, ExtractedFact>();
  const facts: ExtractedFact[] = [];
  for (const c of kept) {
    const clean = { start: c.sentence.clean.start + c.at.start, end: c.sentence.clean.start + c.at.end };
    const span = rawSpan(doc.toRaw, clean);
    const k = `${c.kind}\u0000${c.key}`;
    const first = byKey.get(k);
    if (c.mention && !first) continue;
    if (first) {
      first.alsoIn.push({ documentId: doc.doc.id, span });
      continue;
    }
    const fact = {
      id: ids.next(doc.doc.id, c.kind, c.key),
      kind: c.kind,
      documentId: doc.doc.id,
      label: cleanLabel(c.label),
      value: c.value,
      span,
      quote: doc.doc.raw.slice(span.start, span.end),
      alsoIn: [],
      context: { sentence: c.sentence.text, keyInSentence: c.at, blockLabel: c.sentence.blockLabel },
    } as ExtractedFact;
    byKey.set(k, fact);
    facts.push(fact);
  }
  return facts;
}

export function buildCorpus(docs: RawDocument[], options: BuildCorpusOptions = {}): Corpus {
  const kinds = options.kinds ?? ALL_KINDS;
  const ids = new FactIds();
  const documents: CleanDocument[] = [];
  const facts: ExtractedFact[] = [];
  docs.forEach((raw, i) => {
    const clean = normaliseDocument(raw);
    documents.push(clean);
    facts.push(...extractFacts(clean, kinds, ids));
    options.onProgress?.(i + 1, docs.length, clean);
  });
  return { documents, facts: options.link === false ? facts : linkFacts(facts) };
}

/** The `facts` part of a `quizbank/1` bank: schema-checked, without the in-memory context. */
export function factsForBank(corpus: Corpus) {
  return corpus.facts.map(({ context: _context, ...fact }) => factSchema.parse(fact));
}
