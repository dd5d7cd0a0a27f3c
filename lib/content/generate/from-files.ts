/**
 * Files → bank, for the CLIs and the bench: read documents (.txt/.md), extract the corpus,
 * generate the bank. Unreadable files are reported, not fatal, as long as one document reads.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Bank } from "../../bank/format";
import { DocumentReadError, readDocumentsLenient } from "../read";
import { buildCorpus } from "../pipeline";
import { generateBank, type BankReport, type GenerateOptions } from "./bank";

export interface BankFromFiles {
  bank: Bank;
  report: BankReport;
  /** Files that could not be read, with a message a person can act on. */
  skipped: { file?: string; code: string; message: string }[];
  timings: { readMs: number; extractMs: number; generateMs: number };
}

export async function bankFromPath(input: string, options: GenerateOptions = {}): Promise<BankFromFiles> {
  const t0 = performance.now();
  const { documents, errors } = readDocumentsLenient(input);
  const skipped = errors.map((e) => ({ file: e.file, code: e.code, message: e.message }));
  if (documents.length === 0) {
    throw new DocumentReadError("no_documents", `No readable .txt or .md document in ${input}.`, input);
  }
  const t1 = performance.now();
  const corpus = buildCorpus(documents);
  const t2 = performance.now();
  const { bank, report } = generateBank(corpus, options);
  const t3 = performance.now();
  return { bank, report, skipped, timings: { readMs: t1 - t0, extractMs: t2 - t1, generateMs: t3 - t2 } };
}

/** The bank as written to disk: two-space JSON with a final newline (byte-identical for the same input). */
export function serialiseBank(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

export function writeBank(file: string, bank: Bank): number {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const text = serialiseBank(bank);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** "mcq 120, cloze 80, …" */
export function typeSummary(report: BankReport): string {
  if (Object.keys(report.byType).length === 0) return "none";
  return Object.entries(report.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
}
