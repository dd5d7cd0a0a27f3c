/**
 * Helpers shared by the generator's tests (questions-*.test.ts, events, context, options, blanks,
 * shown-text): small corpora and facts built on invented text. Test code only; nothing in the
 * generator imports this file.
 */
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus, ExtractedFact } from "../types";
import { dateEvent } from "./builders/date";
import { buildContext } from "./context";
import type { AgreementFact, DateFact } from "./model";
import { testQuestion as q } from "@/tests/support/question";

type Doc = ReturnType<typeof makeDoc>;

/** A corpus of one document (its body) or of several ([id, body] each), with the facts found in it. */
export function corpusOf(body: string, facts: (d: Doc) => ExtractedFact[]): Corpus;
export function corpusOf(docs: [string, string][], facts: (d: Doc[]) => ExtractedFact[]): Corpus;
export function corpusOf(text: string | [string, string][], facts: ((d: Doc) => ExtractedFact[]) | ((d: Doc[]) => ExtractedFact[])): Corpus {
  if (typeof text === "string") {
    const d = makeDoc("doc_q", "测试文献", text);
    return { documents: [d], facts: (facts as (d: Doc) => ExtractedFact[])(d) };
  }
  const ds = text.map(([id, body]) => makeDoc(id, "测试文献", body));
  return { documents: ds, facts: (facts as (d: Doc[]) => ExtractedFact[])(ds) };
}

/** The event of the date `needle` in a one-paragraph document. */
export function eventOf(text: string, needle: string, iso: string, event: string, inferred = false): string | undefined {
  const d = makeDoc("doc_ev13", "大事记", text);
  const precision = /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? "day" : /^\d{4}-\d{2}$/u.test(iso) ? "month" : "year";
  const f = fact(d, "date", needle, date(iso, precision, needle, event, inferred) as never);
  return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
}

/** A figure fact with no unit, its number read from its text. */
export const figure = (d: Doc, text: string) => fact(d, "figure", text, { number: Number.parseFloat(text), unit: "", text } as never);

/** A document (agreement of category "document") named `name`, of the given parties. */
export const doc = (d: Doc, name: string, parties: string[], date?: string, type = name.slice(-2)) =>
  fact(d, "agreement", name, { name, category: "document", type, parties, ...(date ? { date } : {}) } as never) as AgreementFact;

/** An entity fact. */
export function entity(doc: Doc, name: string, category: "country" | "person" | "place"): ExtractedFact {
  return fact(doc, "entity", name, { name, category, aliases: [] });
}

/** A multiple-choice question. */
export const mcq = (prompt: string, options: string[], answer: string) => q({ type: "mcq", prompt, options, answer });

/** What a question shows: a card's front, else its prompt. */
export const shown = (q: { prompt: string; front?: string }) => q.front ?? q.prompt;
