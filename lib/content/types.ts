/**
 * The in-memory contract between the two halves of the content pipeline:
 * extraction (read → normalise → segment → extract → link) produces a `Corpus`,
 * generation (questions → self-check → bank) consumes it. Pure TypeScript.
 */
import type { Fact, Span } from "../bank/format";

export type BlockLabel = "title" | "byline" | "heading" | "body" | "caption" | "footnote" | "meta" | "toc" | "appended";

/** What a manifest (or an upload form) says about a document; overrides detection. */
export interface DocumentMeta {
  title?: string;
  authors?: string[];
  kind?: string;
  source?: string;
  date?: string; // ISO-like: 2025, 2025-06, 2025-06-30
}

/** A document as read from disk, before anything is changed. */
export interface RawDocument {
  id: string; // the file name without extension
  file: string; // the path as given
  raw: string; // exactly as read (UTF-8 decoded, BOM kept in offsets if present)
  sha256: string; // of the raw bytes
  /** Optional metadata from manifest.json next to the file. */
  meta?: DocumentMeta;
}

export interface Block {
  label: BlockLabel;
  text: string; // clean text of the block
  clean: Span; // offsets into CleanDocument.text
}

export interface Sentence {
  text: string; // clean text
  clean: Span; // offsets into CleanDocument.text
  raw: Span; // offsets into RawDocument.raw
  paragraph: number; // index of its body block
  blockLabel: BlockLabel;
}

/**
 * A value cell of a table's row, by its raw span: what its column's header says it measures ("甲方输出",
 * "同比增长"), or, for a row measured by its first cell ("面积 | 278平方公里 | 30平方公里"), that cell. No measure
 * when neither can be read: a number in the cell is then measured by the cell's own words or by nothing, never by
 * the cell before it.
 */
export interface TableCell {
  start: number;
  end: number;
  measure?: string;
}

export interface CleanDocument {
  doc: RawDocument;
  title: string;
  authors: string[];
  /** The document's own date (publication) when known, ISO-like. */
  date?: string;
  text: string; // the normalised text, blocks separated by "\n\n"
  /** toRaw[i] = raw offset of clean character i; toRaw[text.length] = raw end. */
  toRaw: Int32Array;
  blocks: Block[];
  sentences: Sentence[];
  /** The value cells of the document's table rows (raw spans, in raw order), when it has any. */
  tableCells?: TableCell[];
}

/** Clean-text context the generator needs: the raw quote may still carry artefacts. */
export interface FactContext {
  sentence: string; // clean sentence containing the fact
  /** Where the fact's key text stands inside `sentence` (for cloze blanks). */
  keyInSentence?: Span;
  blockLabel: BlockLabel;
}

export type ExtractedFact = Fact & { context: FactContext };

export interface Corpus {
  documents: CleanDocument[];
  facts: ExtractedFact[]; // linked: one fact per real-world fact, with alsoIn
}
