/**
 * Where a bank document's raw text comes from: its `text`, else its `file` (whose bytes must
 * hash to its sha256), else the database when the stored copy has the same sha256.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BankDocument } from "@/lib/bank/format";

export const sha256Hex = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** A document's raw text could not be had, or its file is not the one the bank was made from. */
export class RawTextProblem extends Error {}

/**
 * Reads `doc.file` relative to each of `baseDirs` in turn (absolute paths as they are),
 * and checks its bytes against `doc.sha256`.
 */
export function readRawTextFromFile(doc: BankDocument, baseDirs: readonly string[] = [process.cwd()]): string {
  if (!doc.file) throw new RawTextProblem(`document "${doc.id}" has neither "text" nor "file"`);
  const candidates = path.isAbsolute(doc.file) ? [doc.file] : baseDirs.map((dir) => path.resolve(dir, doc.file));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new RawTextProblem(
      `document "${doc.id}": its file "${doc.file}" was not found (looked at ${candidates.join(", ")}); ` +
        `put the file there or include the text in the bank ("text")`,
    );
  const bytes = fs.readFileSync(found);
  const actual = sha256Hex(bytes);
  if (actual !== doc.sha256)
    throw new RawTextProblem(
      `document "${doc.id}": the file ${found} is not the one the bank was made from ` +
        `(sha256 ${actual}, the bank says ${doc.sha256}); rebuild the bank from this file`,
    );
  return bytes.toString("utf8");
}
