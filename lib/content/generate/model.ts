/** Shapes shared by the question builders: the generation context and a question draft. */
import type { Question, QuestionType } from "../../bank/format";
import type { CleanDocument, Corpus, ExtractedFact, Sentence } from "../types";

export type DateFact = Extract<ExtractedFact, { kind: "date" }>;
export type AgreementFact = Extract<ExtractedFact, { kind: "agreement" }>;
export type ConceptFact = Extract<ExtractedFact, { kind: "concept" }>;
export type FigureFact = Extract<ExtractedFact, { kind: "figure" }>;

export interface GenContext {
  corpus: Corpus;
  docs: Map<string, CleanDocument>;
  /** Sentences of each document in order, for finding a fact's passage and its neighbours. */
  sentences: Map<string, Sentence[]>;
  dates: DateFact[];
  agreements: AgreementFact[];
  concepts: ConceptFact[];
  figures: FigureFact[];
  /** Latest year mentioned anywhere (distractor dates do not go past it by much). */
  maxYear: number;
}

/** A question before ids, self-check and scoring. */
export interface Draft {
  type: QuestionType;
  /** Which builder made it; part of the id so that two builders never collide. */
  variant: string;
  facts: ExtractedFact[];
  prompt: string;
  options?: string[];
  pairs?: [string, string][];
  answer?: string | string[] | boolean;
  accepted?: string[];
  front?: string;
  back?: string;
  explanation: string;
  source: Question["source"];
  tags: string[];
  /** Flags known at build time (e.g. "inferred-date"). */
  flags: string[];
  /** For cloze: the clean text that was blanked (checked for trivial blanks). */
  blanked?: string;
}

export interface Dropped {
  id: string;
  type: QuestionType;
  factIds: string[];
  prompt: string;
  reasons: string[];
}
