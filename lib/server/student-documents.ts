import "server-only";
/**
 * What a student may read: the shared corpus, and the documents behind questions they study
 * (a teacher's own document assigned to their class). Everything else is not found.
 */
import type { Prisma } from "@prisma/client";
import { dateValueSchema } from "@/lib/bank/format";
import type { Db } from "./db";

export function readableDocumentsWhere(userId: string): Prisma.DocumentWhereInput {
  return {
    status: "ready",
    OR: [{ shared: true }, { questions: { some: { cards: { some: { userId } } } } }],
  };
}

export interface DocumentSummary {
  id: string;
  title: string;
  authors: string[];
  date: string | null;
  kind: string;
  questionCount: number;
  factCount: number;
  /** The student's cards of this document that are no longer new. */
  studied: number;
}

const parseList = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

export async function listDocuments(db: Db, userId: string): Promise<DocumentSummary[]> {
  const docs = await db.document.findMany({
    where: readableDocumentsWhere(userId),
    orderBy: [{ date: "desc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      authors: true,
      date: true,
      kind: true,
      _count: { select: { facts: true, questions: { where: { status: "active" } } } },
    },
  });
  const studied = await db.document.findMany({
    where: { id: { in: docs.map((d) => d.id) } },
    select: { id: true, _count: { select: { questions: { where: { status: "active", cards: { some: { userId, state: { not: 0 } } } } } } } },
  });
  const perDoc = new Map(studied.map((d) => [d.id, d._count.questions]));
  return docs.map((d) => ({
    id: d.id,
    title: d.title,
    authors: parseList(d.authors),
    date: d.date,
    kind: d.kind,
    questionCount: d._count.questions,
    factCount: d._count.facts,
    studied: perDoc.get(d.id) ?? 0,
  }));
}

export interface DocumentDetail {
  id: string;
  title: string;
  authors: string[];
  date: string | null;
  sourceInfo: string;
  rawText: string;
  facts: { id: string; kind: string; label: string; start: number; end: number }[];
  questions: { id: string; type: string; prompt: string; sourceStart: number; sourceEnd: number; factKind: string | null }[];
}

/** One readable document with its facts and active questions (no answers); null when not readable. */
export async function getDocument(db: Db, userId: string, id: string): Promise<DocumentDetail | null> {
  const doc = await db.document.findFirst({
    where: { AND: [{ id }, readableDocumentsWhere(userId)] },
    select: {
      id: true,
      title: true,
      authors: true,
      date: true,
      sourceInfo: true,
      rawText: true,
      facts: { orderBy: { start: "asc" }, select: { id: true, kind: true, label: true, start: true, end: true } },
      questions: {
        where: { status: "active" },
        orderBy: [{ sourceStart: "asc" }, { id: "asc" }],
        select: { id: true, type: true, prompt: true, sourceStart: true, sourceEnd: true, factKind: true },
      },
    },
  });
  return doc ? { ...doc, authors: parseList(doc.authors) } : null;
}

export interface TimelineEvent {
  factId: string;
  iso: string;
  endIso?: string;
  precision: string;
  text: string;
  event: string;
  inferred: boolean;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
}

/** Dated events of every readable document, in time order (the same event once per document). */
export async function timeline(db: Db, userId: string): Promise<TimelineEvent[]> {
  const facts = await db.fact.findMany({
    where: { kind: "date", document: readableDocumentsWhere(userId) },
    select: { id: true, value: true, start: true, end: true, documentId: true, document: { select: { title: true } } },
  });
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    let value: unknown;
    try {
      value = JSON.parse(f.value);
    } catch {
      continue;
    }
    const parsed = dateValueSchema.safeParse(value);
    if (!parsed.success) continue;
    const v = parsed.data;
    const key = `${v.iso}|${v.event}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({
      factId: f.id,
      iso: v.iso,
      endIso: v.endIso,
      precision: v.precision,
      text: v.text,
      event: v.event,
      inferred: v.inferred,
      documentId: f.documentId,
      documentTitle: f.document.title,
      start: f.start,
      end: f.end,
    });
  }
  return events.sort((a, b) => sortKey(a.iso).localeCompare(sortKey(b.iso)) || a.event.localeCompare(b.event, "zh"));
}

/** "1990s" and "20C" sort with the years they start at. */
function sortKey(iso: string): string {
  const decade = /^(\d{3})0s$/.exec(iso);
  if (decade) return `${decade[1]}0`;
  const century = /^(\d{1,2})C$/.exec(iso);
  if (century) return `${String(Number(century[1]) - 1).padStart(2, "0")}00`;
  return iso;
}
