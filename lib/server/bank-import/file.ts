/** Bank files on disk, for the CLI commands (db:import, db:seed): reading them and reporting an import. */
import fs from "node:fs";
import path from "node:path";
import type { BankDocument } from "@/lib/bank/format";
import { BankImportError } from "@/lib/server/bank-import/errors";
import { readRawTextFromFile } from "@/lib/server/bank-import/raw-text";
import type { ImportSummary } from "@/lib/server/bank-import";

/**
 * Reads and JSON-parses a bank file (validation is importBank's). Returns a raw-text reader that
 * finds each document's `file` relative to the working directory, then to the bank's folder.
 */
export function loadBankFile(file: string): { json: unknown; readRawText: (doc: BankDocument) => string } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new BankImportError("bank_file", [`${file}: ${reason}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BankImportError("bank_file", [`${file}: not JSON (${(error as Error).message})`]);
  }
  const dirs = [...new Set([process.cwd(), path.dirname(path.resolve(file))])];
  return { json, readRawText: (doc) => readRawTextFromFile(doc, dirs) };
}

/** A few lines a person can read: what an import did. */
export function describeImport(s: ImportSummary): string {
  const q = s.questions;
  const lines = [
    `documents  ${s.documents.created} new, ${s.documents.updated} updated, ${s.documents.unchanged} unchanged`,
    `facts      ${s.facts.created} new, ${s.facts.updated} updated, ${s.facts.unchanged} unchanged, ${s.facts.removed} removed`,
    `questions  ${q.created} new (${q.createdAsDraft} as drafts), ${q.updated} updated, ${q.unchanged} unchanged, ` +
      `${q.keptAsEdited} kept as teachers edited them, ${q.retired} retired`,
    `generator  ${s.generatorVersion}; ${s.durationMs} ms`,
  ];
  if (s.warnings.length) lines.push(`warnings (${s.warnings.length}):`, ...s.warnings.map((w) => `  - ${w}`));
  return lines.join("\n");
}
