import "server-only";
/**
 * Teachers' own documents: an upload is checked (extension, size, binary, UTF-8, empty) before
 * anything is saved, stored as a private Document with status "processing", and then turned
 * into facts and draft questions by the content pipeline (after the response; the page polls
 * the status). Only the owner (and admins) see a document until the owner shares it.
 */
import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { Bank } from "@/lib/bank/format";
import { fail, ok, type Result } from "@/lib/domain/result";
import { generateBank } from "@/lib/content/generate";
import { buildCorpus } from "@/lib/content/pipeline";
import { DocumentReadError, decodeDocumentBytes, sha256Hex } from "@/lib/content/read";
import type { RawDocument } from "@/lib/content/types";
import { importBank } from "@/lib/server/bank-import";
import type { Db } from "@/lib/server/db";
import { isAdmin, type Actor } from "@/lib/teaching/actor";

export const UPLOAD_EXTENSIONS = [".txt", ".md"] as const;

export type UploadProblem = "no_file" | "extension" | "too_large" | "binary" | "not_utf8" | "empty" | "title_too_long";

/** i18n keys ("teachMessages") for each problem. */
export const uploadProblemMessage: Record<UploadProblem, string> = {
  no_file: "uploadNoFile",
  extension: "uploadExtension",
  too_large: "uploadTooLarge",
  binary: "uploadBinary",
  not_utf8: "uploadNotUtf8",
  empty: "uploadEmpty",
  title_too_long: "uploadTitleTooLong",
};

export interface CheckedUpload {
  fileName: string;
  text: string;
  sha256: string;
}

/** Everything that can be said about an upload before it is saved; never throws. */
export function checkUpload(fileName: string, bytes: Uint8Array, limitBytes: number): Result<CheckedUpload, UploadProblem> {
  const name = fileName.trim();
  if (!name) return fail("no_file", uploadProblemMessage.no_file);
  const ext = name.slice(name.lastIndexOf(".")).toLowerCase();
  if (!name.includes(".") || !(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) return fail("extension", uploadProblemMessage.extension);
  if (bytes.length > limitBytes) return fail("too_large", uploadProblemMessage.too_large);
  if (bytes.length === 0) return fail("empty", uploadProblemMessage.empty);
  try {
    const text = decodeDocumentBytes(bytes, name);
    return ok({ fileName: name, text, sha256: sha256Hex(bytes) });
  } catch (error) {
    if (error instanceof DocumentReadError) {
      const code: UploadProblem = error.code === "binary" ? "binary" : error.code === "not_utf8" ? "not_utf8" : error.code === "too_large" ? "too_large" : "empty";
      return fail(code, uploadProblemMessage[code]);
    }
    throw error;
  }
}

const fileTitle = (fileName: string) => fileName.replace(/\.[^.]+$/, "").slice(0, 200);

/** Saves a checked upload as the actor's private document, status "processing". */
export async function createUploadedDocument(db: Db, actor: Actor, upload: CheckedUpload, title?: string): Promise<Result<{ id: string }, UploadProblem>> {
  const t = (title ?? "").trim();
  if (t.length > 200) return fail("title_too_long", uploadProblemMessage.title_too_long);
  const id = `up_${randomBytes(8).toString("hex")}`;
  await db.document.create({
    data: {
      id,
      title: t || fileTitle(upload.fileName),
      kind: "upload",
      sourceInfo: upload.fileName,
      sha256: upload.sha256,
      rawText: upload.text,
      ownerId: actor.id,
      shared: false,
      status: "processing",
      statusMessage: JSON.stringify({ stage: "queued" }),
    },
  });
  return ok({ id });
}

export type Stage = "queued" | "extracting" | "generating" | "importing";
export type GenerateFn = (raw: RawDocument, onStage: (stage: Stage) => Promise<void>) => Promise<Bank>;

/** Lets requests that arrived meanwhile run between the CPU-bound stages. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The real pipeline: facts from the text, then questions from the facts. */
export const generateFromDocument: GenerateFn = async (raw, onStage) => {
  await onStage("extracting");
  await breathe();
  const corpus = buildCorpus([raw]);
  await onStage("generating");
  await breathe();
  return generateBank(corpus).bank;
};

/**
 * Runs the pipeline on an uploaded document and imports the result as drafts. Never throws:
 * a failure is stored on the document (status "failed" with the reason).
 */
export async function processUploadedDocument(db: Db, documentId: string, generate: GenerateFn = generateFromDocument): Promise<void> {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, rawText: true, sha256: true, sourceInfo: true, ownerId: true, shared: true } });
  if (!doc || !doc.ownerId) return;
  const stage = (s: Stage) => db.document.update({ where: { id: doc.id }, data: { statusMessage: JSON.stringify({ stage: s }) } });
  try {
    const raw: RawDocument = { id: doc.id, file: doc.sourceInfo || `${doc.id}.txt`, raw: doc.rawText, sha256: doc.sha256, meta: { title: doc.title } };
    const bank = await withoutForeignIds(db, doc.id, await generate(raw, async (s) => void (await stage(s))));
    await stage("importing");
    const summary = await importBank(db, bank, { ownerId: doc.ownerId, shared: doc.shared, initialStatus: "draft", readRawText: () => doc.rawText });
    await db.document.update({
      where: { id: doc.id },
      data: {
        status: "ready",
        // the import writes the bank's own metadata; the upload's is kept
        title: doc.title,
        kind: "upload",
        sourceInfo: doc.sourceInfo,
        statusMessage: JSON.stringify({ facts: bank.facts.length, questions: summary.questions.created + summary.questions.updated + summary.questions.unchanged + summary.questions.keptAsEdited }),
      },
    });
  } catch (error) {
    console.error(`upload ${doc.id}: generation failed`, error);
    const reason = error instanceof Error ? error.message.slice(0, 500) : String(error);
    await db.document.update({ where: { id: doc.id }, data: { status: "failed", statusMessage: JSON.stringify({ error: reason }) } }).catch(() => undefined);
  }
}

/**
 * Keeps only this document in the bank, and drops facts and questions whose ids already belong
 * to another document: an upload must never rewrite someone else's questions.
 */
async function withoutForeignIds(db: Db, documentId: string, bank: Bank): Promise<Bank> {
  const chunk = <T,>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / 500) }, (_, i) => xs.slice(i * 500, i * 500 + 500));
  const foreignFacts = new Set<string>();
  for (const ids of chunk(bank.facts.map((f) => f.id)))
    for (const f of await db.fact.findMany({ where: { id: { in: ids }, documentId: { not: documentId } }, select: { id: true } })) foreignFacts.add(f.id);
  const foreignQuestions = new Set<string>();
  for (const ids of chunk(bank.questions.map((q) => q.id)))
    for (const q of await db.question.findMany({ where: { id: { in: ids }, documentId: { not: documentId } }, select: { id: true } })) foreignQuestions.add(q.id);
  const facts = bank.facts.filter((f) => f.documentId === documentId && !foreignFacts.has(f.id));
  const factIds = new Set(facts.map((f) => f.id));
  return {
    ...bank,
    documents: bank.documents.filter((d) => d.id === documentId),
    facts,
    questions: bank.questions.filter(
      (q) => q.source.documentId === documentId && !foreignQuestions.has(q.id) && q.factIds.every((id) => factIds.has(id)),
    ),
  };
}

export interface DocumentStatusMessage {
  stage?: Stage;
  facts?: number;
  questions?: number;
  error?: string;
}

export function readStatusMessage(json: string): DocumentStatusMessage {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" ? (v as DocumentStatusMessage) : {};
  } catch {
    return json ? { error: json } : {};
  }
}

export function ownDocumentWhere(actor: Actor, documentId: string): Prisma.DocumentWhereInput {
  return isAdmin(actor) ? { id: documentId, ownerId: { not: null } } : { id: documentId, ownerId: actor.id };
}

export interface OwnDocument {
  id: string;
  title: string;
  fileName: string;
  status: "processing" | "ready" | "failed";
  message: DocumentStatusMessage;
  shared: boolean;
  createdAt: Date;
  questions: { draft: number; active: number; retired: number };
  characters: number;
}

async function questionCounts(db: Db, documentIds: string[]) {
  if (documentIds.length === 0) return new Map<string, OwnDocument["questions"]>();
  const groups = await db.question.groupBy({ by: ["documentId", "status"], where: { documentId: { in: documentIds } }, _count: { _all: true } });
  const out = new Map<string, OwnDocument["questions"]>();
  for (const g of groups) {
    const c = out.get(g.documentId) ?? { draft: 0, active: 0, retired: 0 };
    if (g.status === "draft" || g.status === "active" || g.status === "retired") c[g.status] += g._count._all;
    out.set(g.documentId, c);
  }
  return out;
}

const ownDocumentSelect = { id: true, title: true, sourceInfo: true, status: true, statusMessage: true, shared: true, createdAt: true, rawText: true } as const;

function toOwnDocument(d: Prisma.DocumentGetPayload<{ select: typeof ownDocumentSelect }>, counts: Map<string, OwnDocument["questions"]>): OwnDocument {
  return {
    id: d.id,
    title: d.title,
    fileName: d.sourceInfo,
    status: d.status as OwnDocument["status"],
    message: readStatusMessage(d.statusMessage),
    shared: d.shared,
    createdAt: d.createdAt,
    questions: counts.get(d.id) ?? { draft: 0, active: 0, retired: 0 },
    characters: d.rawText.length,
  };
}

/** The actor's own uploads, newest first. */
export async function listOwnDocuments(db: Db, actor: Actor): Promise<OwnDocument[]> {
  const docs = await db.document.findMany({ where: { ownerId: actor.id }, orderBy: { createdAt: "desc" }, select: ownDocumentSelect });
  const counts = await questionCounts(db, docs.map((d) => d.id));
  return docs.map((d) => toOwnDocument(d, counts));
}

export async function getOwnDocument(db: Db, actor: Actor, documentId: string): Promise<OwnDocument | null> {
  const d = await db.document.findFirst({ where: ownDocumentWhere(actor, documentId), select: ownDocumentSelect });
  if (!d) return null;
  return toOwnDocument(d, await questionCounts(db, [d.id]));
}

/** The shared corpus and uploads other teachers shared (read-only here). */
export async function listSharedDocuments(db: Db, actor: Actor): Promise<{ id: string; title: string; questions: number; ownedByOther: boolean }[]> {
  const docs = await db.document.findMany({
    where: { shared: true, status: "ready", NOT: { ownerId: actor.id } },
    orderBy: [{ ownerId: "asc" }, { title: "asc" }],
    select: { id: true, title: true, ownerId: true, _count: { select: { questions: { where: { status: { not: "retired" } } } } } },
  });
  return docs.map((d) => ({ id: d.id, title: d.title, questions: d._count.questions, ownedByOther: d.ownerId !== null }));
}

export async function setDocumentShared(db: Db, actor: Actor, documentId: string, shared: boolean): Promise<Result<null>> {
  const { count } = await db.document.updateMany({ where: { ...ownDocumentWhere(actor, documentId), status: "ready" }, data: { shared } });
  return count === 1 ? ok(null) : fail("not_found", "documentNotFound");
}

/** Runs the pipeline again on a failed upload (the caller schedules processUploadedDocument). */
export async function markForRetry(db: Db, actor: Actor, documentId: string): Promise<Result<null>> {
  const { count } = await db.document.updateMany({
    where: { ...ownDocumentWhere(actor, documentId), status: "failed" },
    data: { status: "processing", statusMessage: JSON.stringify({ stage: "queued" }) },
  });
  return count === 1 ? ok(null) : fail("not_found", "documentNotFound");
}

/**
 * Deletes an upload and its questions, unless students already answered them or a set holds
 * them (their answers would go with it): then its questions can be retired instead.
 */
export async function deleteOwnDocument(db: Db, actor: Actor, documentId: string): Promise<Result<null>> {
  const doc = await db.document.findFirst({ where: ownDocumentWhere(actor, documentId), select: { id: true, status: true } });
  if (!doc) return fail("not_found", "documentNotFound");
  if (doc.status === "processing") return fail("busy", "documentProcessing");
  const used = await db.question.count({
    where: { documentId: doc.id, OR: [{ reviewLogs: { some: {} } }, { responses: { some: {} } }, { setItems: { some: {} } }, { cards: { some: {} } }] },
  });
  if (used > 0) return fail("in_use", "documentInUse");
  await db.document.delete({ where: { id: doc.id } });
  return ok(null);
}

/** Check, then save: nothing is written unless the upload passes every check. */
export async function uploadDocument(
  db: Db,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  title: string | undefined,
  limitBytes: number,
): Promise<Result<{ id: string }, UploadProblem>> {
  const checked = checkUpload(file.name, file.bytes, limitBytes);
  if (!checked.ok) return checked;
  return createUploadedDocument(db, actor, checked.value, title);
}
