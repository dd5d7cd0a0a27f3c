import "server-only";
/**
 * Teachers' review of the bank: a queue of drafts and low-scored questions with their source
 * passage; approve, edit (origin "edited": a re-import never overwrites it), retire (leaves
 * students' queues, which only hold active questions) and questions written by hand (origin
 * "manual"). Changes are allowed on the shared corpus and the actor's own documents only.
 */
import type { Prisma } from "@prisma/client";
import { ACTIVE_QUALITY_THRESHOLD } from "@/lib/server/bank-import/rows";
import type { QuestionStatus } from "@/lib/domain/constants";
import { fail, fieldErrorsOf, ok, type Result } from "@/lib/domain/result";
import type { Db } from "@/lib/server/db";
import { changeQuestionStatus } from "@/lib/server/question-status";
import { editableDocumentWhere, questionRowSelect, toQuestionRow, type QuestionRow } from "@/lib/server/questions";
import type { Actor } from "@/lib/teaching/actor";
import { parsePayload, passageAround } from "@/lib/teaching/question-payload";
import { questionFromForm, type QuestionContentInput } from "@/lib/teaching/question-form";
import { manualQuestionSchema, questionFormSchema } from "@/lib/validations/teach";

/** Active questions scoring below this are in the review queue too. */
export const REVIEW_SCORE_THRESHOLD = ACTIVE_QUALITY_THRESHOLD;

export function editableQuestionWhere(actor: Actor, questionId: string): Prisma.QuestionWhereInput {
  return { AND: [{ id: questionId }, { document: editableDocumentWhere(actor) }] };
}

function reviewWhere(actor: Actor, documentId?: string): Prisma.QuestionWhereInput {
  return {
    AND: [
      { document: editableDocumentWhere(actor) },
      { document: { status: "ready" } },
      { OR: [{ status: "draft" }, { status: "active", qualityScore: { lt: REVIEW_SCORE_THRESHOLD } }] },
      ...(documentId ? [{ documentId }] : []),
    ],
  };
}

export interface ReviewItem extends QuestionRow {
  qualityFlags: string[];
  explanation: string;
  payload: ReturnType<typeof parsePayload>;
  passage: { before: string; quote: string; after: string };
}

export const REVIEW_PAGE_SIZE = 10;

/** Drafts first, then the lowest scores; each with the passage around its source. */
export async function reviewQueue(
  db: Db,
  actor: Actor,
  { documentId, page = 1 }: { documentId?: string; page?: number } = {},
): Promise<{ items: ReviewItem[]; total: number; page: number; pageCount: number }> {
  const where = reviewWhere(actor, documentId);
  const total = await db.question.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.question.findMany({
    where,
    orderBy: [{ status: "asc" }, { qualityScore: "asc" }, { documentId: "asc" }, { sourceStart: "asc" }],
    skip: (current - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: { ...questionRowSelect, qualityFlags: true, explanation: true, payload: true, sourceStart: true, sourceEnd: true },
  });
  // Raw texts once per document, not once per question.
  const docIds = [...new Set(rows.map((r) => r.documentId))];
  const docs = docIds.length ? await db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, rawText: true } }) : [];
  const rawById = new Map(docs.map((d) => [d.id, d.rawText]));
  return {
    items: rows.map((r) => ({
      ...toQuestionRow(r),
      qualityFlags: safeList(r.qualityFlags),
      explanation: r.explanation,
      payload: parsePayload(r.payload),
      passage: passageAround(rawById.get(r.documentId) ?? "", r.sourceStart, r.sourceEnd, 120),
    })),
    total,
    page: current,
    pageCount,
  };
}

function safeList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Documents with something to review, for the queue's filter. */
export async function reviewDocuments(db: Db, actor: Actor): Promise<{ id: string; title: string; count: number }[]> {
  const groups = await db.question.groupBy({ by: ["documentId"], where: reviewWhere(actor), _count: { _all: true } });
  if (groups.length === 0) return [];
  const docs = await db.document.findMany({ where: { id: { in: groups.map((g) => g.documentId) } }, select: { id: true, title: true } });
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  return groups.map((g) => ({ id: g.documentId, title: titles.get(g.documentId) ?? g.documentId, count: g._count._all })).sort((a, b) => a.title.localeCompare(b.title));
}

export async function setQuestionStatus(db: Db, actor: Actor, questionId: string, status: QuestionStatus): Promise<Result<null>> {
  const count = await db.$transaction(async (tx) => {
    const question = await tx.question.findFirst({ where: editableQuestionWhere(actor, questionId), select: { id: true } });
    return question ? changeQuestionStatus(tx, [question.id], status) : 0;
  });
  return count === 1 ? ok(null) : fail("not_found", "questionNotFound");
}

export const approveQuestion = (db: Db, actor: Actor, id: string) => setQuestionStatus(db, actor, id, "active");
export const retireQuestion = (db: Db, actor: Actor, id: string) => setQuestionStatus(db, actor, id, "retired");

/** Approves many at once (the queue's "approve all on this page"); returns how many changed. */
export async function approveQuestions(db: Db, actor: Actor, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const drafts = await tx.question.findMany({
      where: { AND: [{ id: { in: ids.slice(0, 500) } }, { document: editableDocumentWhere(actor) }, { status: "draft" }] },
      select: { id: true },
    });
    return changeQuestionStatus(tx, drafts.map((q) => q.id), "active");
  });
}

function parseForm(input: Record<string, unknown>): Result<QuestionContentInput> {
  const parsed = questionFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return fail("invalid", Object.values(fieldErrors)[0] ?? "generic", fieldErrors);
  }
  const content = questionFromForm(parsed.data);
  if (!content.ok) return fail("invalid", content.message, { [content.field]: content.message });
  return ok(content.value);
}

async function replaceTags(tx: Prisma.TransactionClient, questionId: string, tags: string[]) {
  await tx.questionTag.deleteMany({ where: { questionId } });
  if (tags.length) await tx.questionTag.createMany({ data: tags.map((tag) => ({ questionId, tag })) });
}

/**
 * A teacher's correction. The question becomes origin "edited" (a hand-written one stays
 * "manual"), which the bank import never overwrites. `approve` also makes it active.
 */
export async function editQuestion(db: Db, actor: Actor, questionId: string, input: Record<string, unknown>, { approve = false } = {}): Promise<Result<null>> {
  const existing = await db.question.findFirst({ where: editableQuestionWhere(actor, questionId), select: { id: true, type: true, origin: true, status: true } });
  if (!existing) return fail("not_found", "questionNotFound");
  if (input.type !== undefined && input.type !== existing.type) return fail("invalid", "typeFixed");
  const content = parseForm({ ...input, type: existing.type });
  if (!content.ok) return content;
  const { prompt, explanation, payload, tags } = content.value;
  await db.$transaction(async (tx) => {
    await tx.question.update({
      where: { id: existing.id },
      data: {
        prompt,
        explanation,
        payload: JSON.stringify(payload),
        origin: existing.origin === "manual" ? "manual" : "edited",
        authorId: actor.id,
      },
    });
    if (approve && existing.status !== "active") await changeQuestionStatus(tx, [existing.id], "active");
    await replaceTags(tx, existing.id, tags);
  });
  return ok(null);
}

/** A question written by hand on one of the documents the actor may change, active at once. */
export async function createManualQuestion(db: Db, actor: Actor, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  const parsed = manualQuestionSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return fail("invalid", Object.values(fieldErrors)[0] ?? "generic", fieldErrors);
  }
  const doc = await db.document.findFirst({
    where: { AND: [{ id: parsed.data.documentId }, editableDocumentWhere(actor)] },
    select: { id: true, rawText: true },
  });
  if (!doc) return fail("not_found", "documentNotFound", { documentId: "documentNotFound" });
  const content = questionFromForm(parsed.data);
  if (!content.ok) return fail("invalid", content.message, { [content.field]: content.message });
  const quote = parsed.data.sourceQuote;
  const start = quote ? doc.rawText.indexOf(quote) : -1;
  if (quote && start === -1) return fail("invalid", "quoteNotInDocument", { sourceQuote: "quoteNotInDocument" });
  const id = `q_m_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const { prompt, explanation, payload, tags } = content.value;
  await db.question.create({
    data: {
      id,
      documentId: doc.id,
      type: parsed.data.type,
      prompt,
      explanation,
      payload: JSON.stringify(payload),
      sourceStart: Math.max(0, start),
      sourceEnd: start === -1 ? 0 : start + quote.length,
      sourceQuote: start === -1 ? "" : quote,
      siblingKey: id,
      status: "active",
      origin: "manual",
      qualityScore: 1,
      authorId: actor.id,
      tags: { createMany: { data: tags.map((tag) => ({ tag })) } },
    },
  });
  return ok({ id });
}
