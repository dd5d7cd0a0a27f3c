import "server-only";
/**
 * Which questions a student studies: one card per student and question, made when missing for
 * every active question of the shared corpus and of the practice assignments of their classes.
 * New cards are introduced in the order of their `due` date (a new card's due date is only its
 * place in the line): documents the student chose to study first, then assigned questions,
 * then the corpus in document order.
 */
import { Prisma } from "@prisma/client";
import type { Db } from "./db";
import { isUniqueViolation } from "@/lib/db/errors";

/** New cards of a document the student chose to study come before everything else. */
const STUDY_FIRST = Date.UTC(1990, 0, 1);
/** New cards of practice assignments come next. */
const ASSIGNED_FIRST = Date.UTC(2000, 0, 1);

interface NewCardRow {
  userId: string;
  questionId: string;
  siblingKey: string | null;
  due: Date;
}

/** createMany without duplicates: a second tab doing the same at the same moment is not an error. */
async function createCards(db: Db, rows: NewCardRow[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    try {
      created += (await db.card.createMany({ data: chunk })).count;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // someone else made some of these cards: make the rest one by one
      for (const row of chunk) {
        const r = await db.card.upsert({
          where: { userId_questionId: { userId: row.userId, questionId: row.questionId } },
          create: row,
          update: {},
          select: { createdAt: true, updatedAt: true },
        });
        if (r.createdAt.getTime() === r.updatedAt.getTime()) created++;
      }
    }
  }
  return created;
}

/** The question sets of the practice assignments open to the student now. */
async function practiceSetIds(db: Db, userId: string, now: Date): Promise<string[]> {
  const rows = await db.assignment.findMany({
    where: { mode: "practice", opensAt: { lte: now }, class: { archivedAt: null, enrolments: { some: { userId } } } },
    select: { setId: true },
  });
  return [...new Set(rows.map((r) => r.setId))];
}

/**
 * Makes the student's missing cards (new questions in the corpus, new practice assignments) and
 * moves new cards of practice assignments to the front of the line. Cheap when nothing is missing
 * (indexed anti-joins on Card(userId, questionId)), so pages call it on every visit.
 */
export async function ensureDeck(db: Db, userId: string, now: Date): Promise<{ created: number }> {
  const setIds = await practiceSetIds(db, userId, now);
  const missingWhere = { status: "active", cards: { none: { userId } } } satisfies Prisma.QuestionWhereInput;
  const [corpus, assigned] = await Promise.all([
    db.question.findMany({
      where: { ...missingWhere, document: { shared: true, status: "ready" } },
      orderBy: [{ documentId: "asc" }, { sourceStart: "asc" }, { id: "asc" }],
      select: { id: true, siblingKey: true },
    }),
    setIds.length
      ? db.question.findMany({
          where: { ...missingWhere, setItems: { some: { setId: { in: setIds } } } },
          orderBy: [{ documentId: "asc" }, { sourceStart: "asc" }, { id: "asc" }],
          select: { id: true, siblingKey: true },
        })
      : Promise.resolve([]),
  ]);
  const seen = new Set(corpus.map((q) => q.id));
  const missing = [...corpus, ...assigned.filter((q) => !seen.has(q.id))];
  const created = missing.length
    ? await createCards(
        db,
        missing.map((q, i) => ({ userId, questionId: q.id, siblingKey: q.siblingKey, due: new Date(now.getTime() + i) })),
      )
    : 0;
  if (setIds.length) {
    // assigned questions still new and not yet moved forward go to the front (after chosen documents)
    const items = await db.questionSetItem.findMany({ where: { setId: { in: setIds } }, select: { questionId: true } });
    const ids = [...new Set(items.map((i) => i.questionId))];
    for (let i = 0; i < ids.length; i += 500) {
      await db.card.updateMany({
        where: { userId, state: 0, due: { gt: new Date(ASSIGNED_FIRST + 86_400_000) }, questionId: { in: ids.slice(i, i + 500) } },
        data: { due: new Date(ASSIGNED_FIRST) },
      });
    }
  }
  return { created };
}

/**
 * "Study this document": its questions' new cards come first (in the document's order); cards
 * already learnt keep their schedule. Returns how many new cards were moved forward.
 */
export async function studyDocument(db: Db, userId: string, documentId: string, now: Date): Promise<number | null> {
  const document = await db.document.findFirst({ where: { id: documentId, shared: true, status: "ready" }, select: { id: true } });
  if (!document) return null;
  await ensureDeck(db, userId, now);
  const cards = await db.card.findMany({
    where: { userId, state: 0, question: { documentId, status: "active" } },
    orderBy: [{ question: { sourceStart: "asc" } }, { id: "asc" }],
    select: { id: true },
  });
  // one statement per card keeps their order; a document has at most a few hundred questions
  await db.$transaction(cards.map((c, i) => db.card.update({ where: { id: c.id }, data: { due: new Date(STUDY_FIRST + i) } })));
  return cards.length;
}
