/**
 * Helpers shared by the extractor's tests (agreements-*, concepts-*, dates-relative, numbers-as-written,
 * figures-*, list-items, genres, linking): facts read from one invented text. Test code only; nothing in
 * the extractor imports this file.
 *
 * `factsOf` reads one document the way `extractFacts` does; `facts` the way `buildCorpus` does (normalised,
 * extracted, then linked, which changes nothing within one document). The file name is only a label: the
 * normaliser reads a text by what it holds.
 */
import { normaliseDocument } from "../normalise/index";
import { buildCorpus, extractFacts } from "../pipeline";
import { rawDocumentFromText } from "../read";
import type { ExtractedFact } from "../types";

/** The cleaned document of one text. */
export const docOf = (text: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, text));

/** The facts `extractFacts` finds in one text. */
export const factsOf = (text: string, file = "t.txt"): ExtractedFact[] => extractFacts(docOf(text, file));

/** The facts `buildCorpus` finds in a corpus of one text. */
export const facts = (text: string, file = "d0.txt") => buildCorpus([rawDocumentFromText("d0", file, text)]).facts;

/** A corpus of the given texts (d0.md, d1.md …). */
export const corpusOf = (...texts: string[]) => buildCorpus(texts.map((t, i) => rawDocumentFromText(`d${i}`, `d${i}.md`, t)));

export type Agreement = { name: string; category: string; parties: string[]; date?: string };

/** The agreements of a text, or of facts already read. */
export const agreements = (from: string | ExtractedFact[]) =>
  (typeof from === "string" ? factsOf(from) : from).filter((f) => f.kind === "agreement").map((f) => f.value as Agreement);

/** The names of a text's agreements. */
export const names = (text: string, file?: string) => facts(text, file).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);

/** A text's concepts: term, items, definition. */
export const concepts = (text: string, file?: string) =>
  facts(text, file).filter((f) => f.kind === "concept").map((f) => f.value as { term: string; items?: string[]; definition?: string });

/** The terms of a text's concepts. */
export const terms = (text: string, file?: string) => concepts(text, file).map((c) => c.term);

/** The iso dates of facts, a range's end left out. */
export const isos = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "date").map((f) => (f.value as { iso: string }).iso);

/** The iso dates of facts, a range as start/end. */
export const isoSpans = (facts: ExtractedFact[]) =>
  facts
    .filter((f) => f.kind === "date")
    .map((f) => {
      const v = f.value as { iso: string; endIso?: string };
      return v.endIso ? `${v.iso}/${v.endIso}` : v.iso;
    });

/** The iso dates of a text, a range as start/end. */
export const dates = (text: string, file?: string) => isoSpans(facts(text, file));

/** The numbers of facts' figures. */
export const numbers = (facts: ExtractedFact[]) => facts.filter((f) => f.kind === "figure").map((f) => (f.value as { number: number }).number);

/** The numbers of a text's figures. */
export const figures = (text: string, file?: string) => numbers(facts(text, file));

/** Facts' figures as number and unit ("15.3亿美元"). */
export const figureTexts = (facts: ExtractedFact[]) =>
  facts.filter((f) => f.kind === "figure").map((f) => `${(f.value as { number: number }).number}${(f.value as { unit: string }).unit}`);

/** A text's figures: number, unit and what they measure. */
export const figureValues = (text: string) =>
  facts(text)
    .filter((f) => f.kind === "figure")
    .map((f) => ({ n: f.value.number, unit: f.value.unit, measure: f.value.measure }));
