import "server-only";
/**
 * The question bank as a teacher sees it: the shared corpus, their own uploads and uploads
 * other teachers have shared; never another teacher's private documents. Search, filters and
 * pages for the question browser; one question in full with its source passage.
 */
import type { Prisma } from "@prisma/client";
import { FACT_KINDS, QUESTION_TYPES, type QuestionType } from "@/lib/bank/format";
import type { QuestionOrigin, QuestionStatus } from "@/lib/domain/constants";
import type { Db } from "@/lib/server/db";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { parsePayload, parseStringList, passageAround, type QuestionPayload } from "@/lib/teaching/question-payload";
import type { QuestionFilter } from "@/lib/validations/teach";

/** Documents a teacher may read and use in sets. */
export function visibleDocumentWhere(actor: Actor): Prisma.DocumentWhereInput {
  return isAdmin(actor) ? {} : { OR: [{ shared: true }, { ownerId: actor.id }] };
}

/** Documents whose questions a teacher may change: the shared corpus and their own uploads. */
export function editableDocumentWhere(actor: Actor): Prisma.DocumentWhereInput {
  return isAdmin(actor) ? {} : { OR: [{ ownerId: null }, { ownerId: actor.id }] };
}

export function visibleQuestionWhere(actor: Actor): Prisma.QuestionWhereInput {
  return { document: visibleDocumentWhere(actor) };
}

/** The filter as a `where`, always inside what the actor may see. */
export function questionWhere(actor: Actor, filter: QuestionFilter): Prisma.QuestionWhereInput {
  const and: Prisma.QuestionWhereInput[] = [visibleQuestionWhere(actor)];
  if (filter.q) {
    const q = filter.q;
    and.push({ OR: [{ prompt: { contains: q } }, { sourceQuote: { contains: q } }, { id: q }] });
  }
  if (filter.documentId) and.push({ documentId: filter.documentId });
  if (filter.factKind) and.push({ factKind: filter.factKind });
  if (filter.type) and.push({ type: filter.type });
  if (filter.tag) and.push({ tags: { some: { tag: filter.tag } } });
  if (filter.status) and.push({ status: filter.status });
  else and.push({ status: { not: "retired" } });
  if (filter.origin) and.push({ origin: filter.origin });
  return { AND: and };
}

export interface QuestionRow {
  id: string;
  type: QuestionType;
  prompt: string;
  status: QuestionStatus;
  origin: QuestionOrigin;
  qualityScore: number;
  factKind: string | null;
  documentId: string;
  documentTitle: string;
  tags: string[];
}

export const questionRowSelect = {
  id: true,
  type: true,
  prompt: true,
  status: true,
  origin: true,
  qualityScore: true,
  factKind: true,
  documentId: true,
  document: { select: { title: true } },
  tags: { select: { tag: true } },
} satisfies Prisma.QuestionSelect;

type RowData = Prisma.QuestionGetPayload<{ select: typeof questionRowSelect }>;

export const toQuestionRow = (q: RowData): QuestionRow => ({
  id: q.id,
  type: q.type as QuestionType,
  prompt: q.prompt,
  status: q.status as QuestionStatus,
  origin: q.origin as QuestionOrigin,
  qualityScore: q.qualityScore,
  factKind: q.factKind,
  documentId: q.documentId,
  documentTitle: q.document.title,
  tags: q.tags.map((t) => t.tag),
});

export const QUESTION_PAGE_SIZE = 25;

export interface QuestionPage {
  items: QuestionRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** Questions in bank order (document, then position in the text). */
export async function searchQuestions(db: Db, actor: Actor, filter: QuestionFilter, page = 1, pageSize = QUESTION_PAGE_SIZE): Promise<QuestionPage> {
  const where = questionWhere(actor, filter);
  const total = await db.question.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.question.findMany({
    where,
    orderBy: [{ documentId: "asc" }, { sourceStart: "asc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: questionRowSelect,
  });
  return { items: rows.map(toQuestionRow), total, page: current, pageCount };
}

/** The ids of every question matching a filter, in bank order, up to `limit`. */
export async function matchingQuestionIds(db: Db, actor: Actor, filter: QuestionFilter, limit: number): Promise<string[]> {
  const rows = await db.question.findMany({
    where: questionWhere(actor, filter),
    orderBy: [{ documentId: "asc" }, { sourceStart: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export interface FilterOptions {
  documents: { id: string; title: string; own: boolean }[];
  tags: string[];
  factKinds: readonly string[];
  types: readonly QuestionType[];
}

export async function questionFilterOptions(db: Db, actor: Actor): Promise<FilterOptions> {
  const [documents, tags] = await Promise.all([
    db.document.findMany({
      where: { AND: [visibleDocumentWhere(actor), { status: "ready" }] },
      orderBy: [{ ownerId: "asc" }, { title: "asc" }],
      select: { id: true, title: true, ownerId: true },
    }),
    db.questionTag.groupBy({
      by: ["tag"],
      where: { question: visibleQuestionWhere(actor) },
      _count: { tag: true },
      orderBy: { _count: { tag: "desc" } },
      take: 200,
    }),
  ]);
  return {
    documents: documents.map((d) => ({ id: d.id, title: d.title, own: d.ownerId === actor.id })),
    tags: tags.map((t) => t.tag).sort(),
    factKinds: FACT_KINDS,
    types: QUESTION_TYPES,
  };
}

export interface QuestionDetail extends QuestionRow {
  payload: QuestionPayload;
  explanation: string;
  qualityFlags: string[];
  sourceStart: number;
  sourceEnd: number;
  sourceQuote: string;
  passage: { before: string; quote: string; after: string };
  editable: boolean;
  updatedAt: Date;
  setCount: number;
}

/** One question the actor may see, with the passage it came from; null otherwise. */
export async function getQuestionDetail(db: Db, actor: Actor, questionId: string): Promise<QuestionDetail | null> {
  const q = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionWhere(actor)] },
    select: {
      ...questionRowSelect,
      payload: true,
      explanation: true,
      qualityFlags: true,
      sourceStart: true,
      sourceEnd: true,
      sourceQuote: true,
      updatedAt: true,
      document: { select: { title: true, rawText: true, ownerId: true } },
      _count: { select: { setItems: true } },
    },
  });
  if (!q) return null;
  const editable = isAdmin(actor) || q.document.ownerId === null || q.document.ownerId === actor.id;
  return {
    ...toQuestionRow(q),
    payload: parsePayload(q.payload),
    explanation: q.explanation,
    qualityFlags: parseStringList(q.qualityFlags),
    sourceStart: q.sourceStart,
    sourceEnd: q.sourceEnd,
    sourceQuote: q.sourceQuote,
    passage: passageAround(q.document.rawText, q.sourceStart, q.sourceEnd),
    editable,
    updatedAt: q.updatedAt,
    setCount: q._count.setItems,
  };
}

/** Full questions (payload included) for previews, in the given order, only those the actor may see. */
export async function getQuestionsForPreview(db: Db, actor: Actor, ids: string[]): Promise<(QuestionRow & { payload: QuestionPayload; explanation: string; sourceQuote: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db.question.findMany({
    where: { AND: [{ id: { in: ids } }, visibleQuestionWhere(actor)] },
    select: { ...questionRowSelect, payload: true, explanation: true, sourceQuote: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ ...toQuestionRow(r), payload: parsePayload(r.payload), explanation: r.explanation, sourceQuote: r.sourceQuote }] : [];
  });
}
