/**
 * Reading source documents: `.txt` and `.md` files in UTF-8, never edited.
 * Whatever cannot be read becomes a `DocumentReadError` with a code and a
 * message a person can act on.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { readManifest, withManifest } from "./manifest";
import type { RawDocument } from "./types";

/** Largest document accepted: 20 MB. Bigger files are almost always not prose (dumps, logs, binaries). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = [".txt", ".md"] as const;

export type DocumentReadErrorCode =
  | "not_found"
  | "unsupported_extension"
  | "too_large"
  | "binary"
  | "not_utf8"
  | "empty"
  | "no_documents";

export class DocumentReadError extends Error {
  constructor(
    public readonly code: DocumentReadErrorCode,
    message: string,
    public readonly file?: string,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The document id: the file name without its extension. */
export function documentIdOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

/** Decodes and checks raw bytes; throws a `DocumentReadError` on anything that is not UTF-8 prose. */
export function decodeDocumentBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentReadError(
      "too_large",
      `${file} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB per document. Split it into smaller files (e.g. one per chapter).`,
      file,
    );
  const probe = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < probe; i++)
    if (bytes[i] === 0)
      throw new DocumentReadError(
        "binary",
        `${file} looks like a binary file (it contains NUL bytes). Only plain-text .txt or .md documents can be read; export PDFs or Word files to plain text first.`,
        file,
      );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentReadError(
      "not_utf8",
      `${file} is not valid UTF-8 (Chinese files are often GBK/GB18030). Convert it first, e.g. \`iconv -f GB18030 -t UTF-8 "${file}" > converted.txt\`.`,
      file,
    );
  }
  if (text.replace(/[\s\ufeff\u200b]/g, "").length === 0)
    throw new DocumentReadError("empty", `${file} is empty or contains only whitespace: there is nothing to read.`, file);
  return text;
}

/** A document from text already in memory (an upload); `file` is kept as given. */
export function rawDocumentFromText(id: string, file: string, text: string): RawDocument {
  const bytes = Buffer.from(text, "utf8");
  decodeDocumentBytes(bytes, file);
  return { id, file, raw: text, sha256: sha256Hex(bytes) };
}

export function readDocument(file: string): RawDocument {
  if (!existsSync(file)) throw new DocumentReadError("not_found", `${file} does not exist.`, file);
  const ext = path.extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext))
    throw new DocumentReadError(
      "unsupported_extension",
      `${file}: only ${SUPPORTED_EXTENSIONS.join(" and ")} documents can be read (got "${ext || "no extension"}").`,
      file,
    );
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) decodeDocumentBytes(new Uint8Array(size), file); // throws too_large without reading
  const bytes = readFileSync(file);
  const raw = decodeDocumentBytes(bytes, file);
  return { id: documentIdOf(file), file, raw, sha256: sha256Hex(bytes) };
}

/**
 * Reads one file, or every .txt/.md file of a directory (not recursive, sorted by name).
 * Throws the first `DocumentReadError`; see `readDocumentsLenient` to keep going.
 */
export function readDocuments(fileOrDir: string): RawDocument[] {
  const { documents, errors } = readDocumentsLenient(fileOrDir);
  if (errors.length > 0) throw errors[0];
  return documents;
}

/**
 * Like `readDocuments`, but files that cannot be read are reported in `errors` and the others kept.
 * A `manifest.json` next to the inputs adds title/authors/kind/source/date to each document's `meta`.
 */
export function readDocumentsLenient(fileOrDir: string): { documents: RawDocument[]; errors: DocumentReadError[] } {
  if (!existsSync(fileOrDir)) throw new DocumentReadError("not_found", `${fileOrDir} does not exist.`, fileOrDir);
  if (!statSync(fileOrDir).isDirectory()) {
    const doc = readDocument(fileOrDir);
    return { documents: [withManifest(doc, readManifest(path.dirname(fileOrDir)))], errors: [] };
  }
  const manifest = readManifest(fileOrDir);
  const files = readdirSync(fileOrDir)
    .filter((f) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(f).toLowerCase()))
    .sort();
  const documents: RawDocument[] = [];
  const errors: DocumentReadError[] = [];
  for (const f of files) {
    try {
      documents.push(withManifest(readDocument(path.join(fileOrDir, f)), manifest));
    } catch (e) {
      if (e instanceof DocumentReadError) errors.push(e);
      else throw e;
    }
  }
  if (documents.length === 0 && errors.length === 0)
    throw new DocumentReadError("no_documents", `${fileOrDir} contains no .txt or .md documents.`, fileOrDir);
  return { documents, errors };
}
