import "server-only";
/**
 * Imports a `quizbank/1` bank (shared/BANK_FORMAT.md) into the database, idempotently:
 * rows are matched by their bank ids, so a re-import updates in place and learners' cards
 * and review logs stay attached. Teachers' edits win over the generator: questions whose
 * origin is "edited" or "manual" are never overwritten, and generated questions that
 * disappear from a document's bank are retired, never deleted.
 */
import type { Prisma } from "@prisma/client";
import { parseBank, type Bank, type BankDocument } from "@/lib/bank/format";
import type { QuestionStatus } from "@/lib/domain/constants";
import type { Db } from "@/lib/server/db";
import { changeQuestionStatus } from "@/lib/server/question-status";
import {
  bankConsistencyProblems,
  defaultInitialStatus,
  documentContent,
  factRow,
  questionContent,
  sameColumns,
  sameSet,
  type FactRow,
  type QuestionContent,
} from "@/lib/server/bank-import/rows";
import { RawTextProblem, readRawTextFromFile } from "@/lib/server/bank-import/raw-text";
import { BankImportError } from "@/lib/server/bank-import/errors";

export { questionPayload, type QuestionPayload, isBlockingQualityFlag } from "@/lib/server/bank-import/rows";
export { BankImportError, type BankImportErrorCode } from "@/lib/server/bank-import/errors";
export { loadBankFile, describeImport } from "@/lib/server/bank-import/file";

export interface ImportOptions {
  /** Owner of the documents (a teacher's upload); null or absent: the shared corpus. Set on every import when given. */
  ownerId?: string | null;
  /** Whether other teachers see the documents; defaults to true without an owner, false with one. */
  shared?: boolean;
  /** Status of NEW generated questions; by default active when the self-check is good, else draft. */
  initialStatus?: Extract<QuestionStatus, "active" | "draft">;
  /** Raw text of a document that has no `text` (default: read `doc.file` from the working directory, checking sha256). */
  readRawText?: (doc: BankDocument) => string;
}

export interface ImportSummary {
  generatorVersion: string;
  documents: { created: number; updated: number; unchanged: number };
  facts: { created: number; updated: number; unchanged: number; removed: number };
  questions: {
    created: number;
    /** Of the created ones, how many start as drafts. */
    createdAsDraft: number;
    updated: number;
    unchanged: number;
    /** In the bank, but edited or written by a teacher: left as they are. */
    keptAsEdited: number;
    /** Generated questions of these documents that are no longer in the bank. */
    retired: number;
  };
  /** Non-fatal oddities (a quote that does not match its span), at most 20. */
  warnings: string[];
  durationMs: number;
}

const CHUNK = 900; // ids per IN (...): Prisma allows 999 bound values per SQLite query (and splits createMany itself)
const MAX_WARNINGS = 20;

type Tx = Prisma.TransactionClient;

/**
 * Validates `input` (a parsed bank or raw JSON) and writes it in one transaction.
 * Throws BankImportError (nothing written) when the bank is invalid or its texts are missing.
 */
export async function importBank(db: Db, input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const parsed = parseBank(input);
  if (!parsed.ok) throw new BankImportError("invalid_bank", parsed.errors);
  const bank = parsed.bank;
  const inconsistencies = bankConsistencyProblems(bank);
  if (inconsistencies.length) throw new BankImportError("inconsistent_bank", inconsistencies.slice(0, 20));

  const docIds = bank.documents.map((d) => d.id);
  const stored = await db.document.findMany({
    where: { id: { in: docIds } },
    select: { id: true, sha256: true, rawText: true, ownerId: true },
  });
  const storedById = new Map(stored.map((d) => [d.id, d]));

  // An owned import (a teacher's upload) may only update that owner's documents: two uploads
  // that happen to share an id must not overwrite each other, nor the shared corpus.
  if (options.ownerId !== undefined) {
    const taken = stored.filter((d) => d.ownerId !== options.ownerId);
    if (taken.length)
      throw new BankImportError(
        "document_taken",
        taken.map((d) => `document "${d.id}" already exists and belongs to ${d.ownerId ? "another user" : "the shared corpus"}`),
      );
  }

  // Raw texts are resolved before any write, so a missing or changed file changes nothing.
  const rawTexts = new Map<string, string>();
  const rawProblems: string[] = [];
  const read = options.readRawText ?? ((doc: BankDocument) => readRawTextFromFile(doc));
  for (const doc of bank.documents) {
    const kept = storedById.get(doc.id);
    try {
      if (doc.text !== undefined) rawTexts.set(doc.id, doc.text);
      else if (kept && kept.sha256 === doc.sha256) rawTexts.set(doc.id, kept.rawText);
      else rawTexts.set(doc.id, read(doc));
    } catch (error) {
      if (error instanceof RawTextProblem) rawProblems.push(error.message);
      else rawProblems.push(`document "${doc.id}": ${(error as Error).message}`);
    }
  }
  if (rawProblems.length) throw new BankImportError("raw_text", rawProblems);

  const summary: ImportSummary = {
    generatorVersion: bank.generator.version,
    documents: { created: 0, updated: 0, unchanged: 0 },
    facts: { created: 0, updated: 0, unchanged: 0, removed: 0 },
    questions: { created: 0, createdAsDraft: 0, updated: 0, unchanged: 0, keptAsEdited: 0, retired: 0 },
    warnings: quoteWarnings(bank, rawTexts),
    durationMs: 0,
  };

  await db.$transaction(
    async (tx) => {
      await importDocuments(tx, bank, rawTexts, options, summary);
      await importFacts(tx, bank, summary);
      await importQuestions(tx, bank, options, summary);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

async function importDocuments(
  tx: Tx,
  bank: Bank,
  rawTexts: Map<string, string>,
  options: ImportOptions,
  summary: ImportSummary,
) {
  const existing = await tx.document.findMany({ where: { id: { in: bank.documents.map((d) => d.id) } } });
  const existingById = new Map(existing.map((d) => [d.id, d]));
  for (const doc of bank.documents) {
    const rawText = rawTexts.get(doc.id)!;
    const wanted = { ...documentContent(doc), rawText, status: "ready", statusMessage: "" };
    const ownership: { ownerId?: string | null; shared?: boolean } = {};
    if (options.ownerId !== undefined) ownership.ownerId = options.ownerId;
    if (options.shared !== undefined) ownership.shared = options.shared;
    else if (options.ownerId !== undefined) ownership.shared = options.ownerId === null;
    const row = existingById.get(doc.id);
    if (!row) {
      await tx.document.create({
        data: { id: doc.id, ...wanted, ownerId: options.ownerId ?? null, shared: ownership.shared ?? true },
      });
      summary.documents.created++;
    } else if (!sameColumns({ ...wanted, ...ownership }, row)) {
      await tx.document.update({ where: { id: doc.id }, data: { ...wanted, ...ownership } });
      summary.documents.updated++;
    } else summary.documents.unchanged++;
  }
}

async function importFacts(tx: Tx, bank: Bank, summary: ImportSummary) {
  const docIds = bank.documents.map((d) => d.id);
  const wanted = bank.facts.map(factRow);
  const wantedIds = new Set(wanted.map((f) => f.id));
  const existing = await findByDocumentsOrIds(
    (where) => tx.fact.findMany({ where }),
    docIds,
    [...wantedIds],
  );
  const existingById = new Map(existing.map((f) => [f.id, f]));

  const removed = existing.filter((f) => !wantedIds.has(f.id) && docIds.includes(f.documentId)).map((f) => f.id);
  for (const ids of chunks(removed)) await tx.fact.deleteMany({ where: { id: { in: ids } } });
  summary.facts.removed = removed.length;

  const created: FactRow[] = [];
  for (const row of wanted) {
    const old = existingById.get(row.id);
    if (!old) created.push(row);
    else if (!sameColumns(row, old)) {
      const { id, ...data } = row;
      await tx.fact.update({ where: { id }, data });
      summary.facts.updated++;
    } else summary.facts.unchanged++;
  }
  for (const rows of chunks(created)) await tx.fact.createMany({ data: rows });
  summary.facts.created = created.length;
}

async function importQuestions(tx: Tx, bank: Bank, options: ImportOptions, summary: ImportSummary) {
  const docIds = bank.documents.map((d) => d.id);
  const version = bank.generator.version;
  const factKindById = new Map(bank.facts.map((f) => [f.id, f.kind]));
  const bankIds = new Set(bank.questions.map((q) => q.id));
  const existing = await findByDocumentsOrIds(
    (where) =>
      tx.question.findMany({
        where,
        include: { tags: { select: { tag: true } }, facts: { select: { factId: true } } },
      }),
    docIds,
    [...bankIds],
  );
  const existingById = new Map(existing.map((q) => [q.id, q]));

  const newRows: (QuestionContent & { id: string; status: string; origin: string; generatorVersion: string })[] = [];
  const newTags: { questionId: string; tag: string }[] = [];
  const newFacts: { questionId: string; factId: string }[] = [];
  const versionOnly: string[] = [];
  const retagged: string[] = [];
  const relinked: string[] = [];

  for (const q of bank.questions) {
    const content = questionContent(q, factKindById);
    const tags = [...new Set(q.tags)];
    const factIds = [...new Set(q.factIds)];
    const old = existingById.get(q.id);
    if (!old) {
      const status = options.initialStatus ?? defaultInitialStatus(q);
      newRows.push({ id: q.id, ...content, status, origin: "generated", generatorVersion: version });
      newTags.push(...tags.map((tag) => ({ questionId: q.id, tag })));
      newFacts.push(...factIds.map((factId) => ({ questionId: q.id, factId })));
      summary.questions.created++;
      if (status === "draft") summary.questions.createdAsDraft++;
      continue;
    }
    if (old.origin !== "generated") {
      summary.questions.keptAsEdited++;
      continue;
    }
    const tagsChanged = !sameSet(tags, old.tags.map((t) => t.tag));
    const factsChanged = !sameSet(factIds, old.facts.map((f) => f.factId));
    const contentChanged = !sameColumns(content, old);
    if (!contentChanged && !tagsChanged && !factsChanged && old.generatorVersion === version) {
      summary.questions.unchanged++;
      continue;
    }
    // Status is the teacher's (or the previous import's) decision: kept as it is.
    if (contentChanged) await updateQuestionContent(tx, q.id, content, version);
    else if (old.generatorVersion !== version) versionOnly.push(q.id);
    if (tagsChanged) {
      retagged.push(q.id);
      newTags.push(...tags.map((tag) => ({ questionId: q.id, tag })));
    }
    if (factsChanged) {
      relinked.push(q.id);
      newFacts.push(...factIds.map((factId) => ({ questionId: q.id, factId })));
    }
    summary.questions.updated++;
  }

  for (const ids of chunks(retagged)) await tx.questionTag.deleteMany({ where: { questionId: { in: ids } } });
  for (const ids of chunks(relinked)) await tx.questionFact.deleteMany({ where: { questionId: { in: ids } } });
  for (const rows of chunks(newRows)) await tx.question.createMany({ data: rows });
  for (const rows of chunks(newTags)) await tx.questionTag.createMany({ data: rows });
  for (const rows of chunks(newFacts)) await tx.questionFact.createMany({ data: rows });
  for (const ids of chunks(versionOnly))
    await tx.question.updateMany({ where: { id: { in: ids } }, data: { generatorVersion: version } });

  const toRetire = existing
    .filter((q) => !bankIds.has(q.id) && q.origin === "generated" && q.status !== "retired" && docIds.includes(q.documentId))
    .map((q) => q.id);
  await changeQuestionStatus(tx, toRetire, "retired");
  summary.questions.retired = toRetire.length;
}

/**
 * One question's generated columns, by plain SQL: a quarter of the time of `tx.question.update`
 * (which matters when a new generator version rewrites thousands). One flat template with bound
 * values only (nested Prisma.sql fragments break on the PostgreSQL client, whose Sql class differs).
 */
async function updateQuestionContent(tx: Tx, id: string, content: QuestionContent, version: string) {
  const {
    documentId, type, prompt, payload, explanation, sourceStart, sourceEnd, sourceQuote,
    factKind, siblingKey, qualityScore, qualityFlags, ...rest
  } = content;
  const exhaustive: Record<string, never> = rest; // a new QuestionContent column must be added here
  void exhaustive;
  await tx.$executeRaw`UPDATE "Question" SET "documentId" = ${documentId}, "type" = ${type}, "prompt" = ${prompt},
    "payload" = ${payload}, "explanation" = ${explanation}, "sourceStart" = ${sourceStart}, "sourceEnd" = ${sourceEnd},
    "sourceQuote" = ${sourceQuote}, "factKind" = ${factKind}, "siblingKey" = ${siblingKey},
    "qualityScore" = ${qualityScore}, "qualityFlags" = ${qualityFlags}, "generatorVersion" = ${version},
    "updatedAt" = ${new Date()} WHERE "id" = ${id}`;
}

/** Rows of the given documents, plus rows with one of `ids` that live elsewhere (an id moved documents). */
async function findByDocumentsOrIds<T extends { id: string }>(
  find: (where: { documentId?: { in: string[] }; id?: { in: string[] } }) => Promise<T[]>,
  docIds: string[],
  ids: string[],
): Promise<T[]> {
  const rows = docIds.length ? await find({ documentId: { in: docIds } }) : [];
  const seen = new Set(rows.map((r) => r.id));
  const elsewhere = ids.filter((id) => !seen.has(id));
  for (const chunk of chunks(elsewhere)) rows.push(...(await find({ id: { in: chunk } })));
  return rows;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Facts and questions whose quote is not the raw slice they point at (the bank's own invariant). */
function quoteWarnings(bank: Bank, rawTexts: Map<string, string>): string[] {
  const warnings: string[] = [];
  let total = 0;
  const check = (where: string, documentId: string, start: number, end: number, quote: string) => {
    const raw = rawTexts.get(documentId);
    if (raw === undefined || raw.slice(start, end) === quote) return;
    total++;
    if (warnings.length < MAX_WARNINGS)
      warnings.push(
        end > raw.length
          ? `${where}: span ${start}–${end} is past the end of document "${documentId}" (${raw.length} characters)`
          : `${where}: quote is not the text at ${start}–${end} of document "${documentId}"`,
      );
  };
  bank.facts.forEach((f, i) => check(`facts.${i} (${f.id})`, f.documentId, f.span.start, f.span.end, f.quote));
  bank.questions.forEach((q, i) =>
    check(`questions.${i} (${q.id})`, q.source.documentId, q.source.start, q.source.end, q.source.quote),
  );
  if (total > warnings.length) warnings.push(`… and ${total - warnings.length} more quote mismatches`);
  return warnings;
}
