/**
 * normalise: RawDocument → CleanDocument. Undoes PDF and newspaper artefacts,
 * labels blocks, segments sentences and keeps, for every clean character, the raw
 * offset it came from (`toRaw`), so that any clean span maps back to a raw quote.
 */
import type { Span } from "../../bank/format";
import { segmentSentences } from "../segment";
import type { Block, CleanDocument, RawDocument } from "../types";
import { assembleBlocks, groupUnits } from "./blocks";
import type { MappedText } from "../text";
import { classifyLines, splitLines } from "./lines";
import { readColumns } from "./columns";
import { repairOcrText } from "./ocr";
import { readJson } from "./json";
import { readFeed } from "./feed";
import { readTables } from "./tables";
import { detectAuthors, detectDocumentDate, detectTitle } from "./metadata";

export const BLOCK_SEPARATOR = "\n\n";

export function normaliseDocument(doc: RawDocument): CleanDocument {
  const lines = readJson(doc.raw) ?? readFeed(doc.raw) ?? readTables(readColumns(splitLines(doc.raw), doc.raw), doc.raw);
  classifyLines(lines, doc.raw);
  const mapped = assembleBlocks(groupUnits(lines));

  let text = "";
  const map: number[] = [];
  const blocks: Block[] = [];
  for (const b of mapped) {
    b.text = pairStraightQuotes(repairOcrText(b.text));
    if (text.length > 0) {
      const after = map.length > 0 ? map[map.length - 1] + 1 : 0;
      text += BLOCK_SEPARATOR;
      for (let i = 0; i < BLOCK_SEPARATOR.length; i++) map.push(Math.min(after, doc.raw.length));
    }
    const start = text.length;
    text += b.text.text;
    for (const r of b.text.map) map.push(r);
    blocks.push({ label: b.label, text: b.text.text, clean: { start, end: text.length } });
  }
  const toRaw = new Int32Array(text.length + 1);
  for (let i = 0; i < map.length; i++) toRaw[i] = map[i];
  toRaw[text.length] = doc.raw.length;

  const rawSpanOf = (clean: Span) => rawSpan(toRaw, clean);
  const sentences = segmentSentences(blocks, rawSpanOf);
  const title = doc.meta?.title ?? detectTitle(blocks, sentences);
  const rawOf = (b: Block) => {
    const span = rawSpanOf(b.clean);
    return doc.raw.slice(span.start, span.end);
  };
  const authors = doc.meta?.authors ?? detectAuthors(blocks, rawOf);
  const date = doc.meta?.date ?? detectDocumentDate(blocks);
  // (the value cells of the rows that made it into the text, in raw order)
  const tableCells = lines.flatMap((l) => (l.table === "row" && l.kind === "text" ? (l.cells ?? []) : [])).sort((a, b) => a.start - b.start);
  return { doc, title, authors, ...(date ? { date } : {}), text, toRaw, blocks, sentences, ...(tableCells.length ? { tableCells } : {}) };
}

/**
 * The raw span covering a clean span. Rejoined sentences may take characters from both
 * sides of a caption or footnote: the raw span then covers what lies between.
 */
export function rawSpan(toRaw: Int32Array, clean: Span): Span {
  if (clean.end <= clean.start) {
    const at = toRaw[Math.min(clean.start, toRaw.length - 1)];
    return { start: at, end: at };
  }
  let start = Number.MAX_SAFE_INTEGER;
  let end = 0;
  for (let i = clean.start; i < clean.end; i++) {
    const r = toRaw[i];
    if (r < start) start = r;
    if (r + 1 > end) end = r + 1;
  }
  return { start, end };
}

/**
 * Straight double quotes in Chinese text ("北线走廊", also across a hard wrap) become “ and ”,
 * in pairs within a block, when the block holds an even number of them next to Chinese text.
 */
function pairStraightQuotes(t: MappedText): MappedText {
  const s = t.text;
  if (!s.includes('"')) return t;
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === '"') at.push(i);
  if (at.length % 2 !== 0 || !at.every((i) => /[\u3000-\u9fff\uff00-\uffef]/.test((s[i - 1] ?? "") + (s[i + 1] ?? "")))) return t;
  const swap = new Map(at.map((i, k) => [i, k % 2 === 0 ? "“" : "”"]));
  return t.substitute((ch, i) => swap.get(i) ?? ch);
}
