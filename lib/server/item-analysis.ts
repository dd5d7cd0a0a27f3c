import "server-only";
/**
 * Item analysis of a class's questions (all its assignments, or one): each student's first try
 * at each question (the first answer their card keeps, or a quiz response if earlier), then
 * lib/teaching/item-analysis.ts. A fixed number of queries, reading the cards of the class, never
 * the review logs.
 */
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/server/db";
import { ownClassWhere } from "@/lib/server/classes";
import { classQuestionIds, classUserIds } from "@/lib/server/dashboards";
import { editableDocumentWhere } from "@/lib/server/questions";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { analyseItems, type FirstTry, type ItemStats } from "@/lib/teaching/item-analysis";
import { num, toDate, truthy } from "@/lib/teaching/progress";
import { parsePayload, type QuestionPayload } from "@/lib/teaching/question-payload";

export interface ItemRow extends ItemStats {
  prompt: string;
  type: string;
  status: string;
  documentTitle: string;
  payload: QuestionPayload;
  /** Every answer recorded (practice and quiz), not only first tries. */
  answers: number;
  editable: boolean;
}

export interface ItemAnalysis {
  classId: string;
  className: string;
  assignmentId: string | null;
  assignments: { id: string; title: string }[];
  students: number;
  items: ItemRow[];
}

const CHUNK = 900; // ids per IN (...): SQLite allows 999 bound values

/** Flagged items first (misleading, too hard, too easy), then by facility. */
const flagRank = (s: ItemStats) => (s.flags.includes("misleading") ? 0 : s.flags.includes("too_hard") ? 1 : s.flags.includes("too_easy") ? 2 : 3);

export async function itemAnalysis(db: Db, actor: Actor, classId: string, { assignmentId }: { assignmentId?: string } = {}): Promise<ItemAnalysis | null> {
  const klass = await db.classroom.findFirst({
    where: ownClassWhere(actor, classId),
    select: { id: true, name: true, assignments: { orderBy: { dueAt: "asc" }, select: { id: true, title: true } }, _count: { select: { enrolments: true } } },
  });
  if (!klass) return null;
  const only = assignmentId && klass.assignments.some((a) => a.id === assignmentId) ? assignmentId : undefined;
  const questions = classQuestionIds(klass.id, only);
  const users = classUserIds(klass.id);
  const quizFilter = only ? Prisma.sql`t."assignmentId" = ${only}` : Prisma.sql`t."assignmentId" IN (SELECT x."id" FROM "Assignment" x WHERE x."classId" = ${klass.id})`;
  const [practice, quiz, counts] = await Promise.all([
    // Each card's first answer (practice, or a quiz once submitted), kept on the card (firstReviewedAt, …).
    db.$queryRaw<{ uid: string; qid: string; correct: unknown; answer: string | null; at: unknown }[]>(Prisma.sql`
      SELECT c."userId" AS uid, c."questionId" AS qid, c."firstCorrect" AS correct,
        CASE WHEN c."firstCorrect" THEN NULL ELSE c."firstAnswer" END AS answer, c."firstReviewedAt" AS at
      FROM "Card" c
      WHERE c."firstReviewedAt" IS NOT NULL AND c."userId" IN (${users}) AND c."questionId" IN (${questions})`),
    // Quiz answers are saved as given, before the review log written at submission.
    db.$queryRaw<{ uid: string; qid: string; correct: unknown; answer: string; at: unknown }[]>(Prisma.sql`
      SELECT t."userId" AS uid, p."questionId" AS qid, p."correct" AS correct, p."answer" AS answer, p."answeredAt" AS at
      FROM "QuizResponse" p JOIN "QuizAttempt" t ON t."id" = p."attemptId"
      WHERE ${quizFilter} AND t."userId" IN (${users}) AND p."questionId" IN (${questions})`),
    // Every answer recorded: a card's reps count each review, practice and quiz alike.
    db.$queryRaw<{ qid: string; n: unknown }[]>(Prisma.sql`
      SELECT c."questionId" AS qid, SUM(c."reps") AS n FROM "Card" c
      WHERE c."userId" IN (${users}) AND c."questionId" IN (${questions})
      GROUP BY c."questionId"`),
  ]);

  // the earliest of the practice first answer and the quiz answers, per student and question
  const first = new Map<string, FirstTry & { at: number }>();
  const consider = (uid: string, qid: string, correct: boolean, answer: string, atRaw: unknown) => {
    const at = toDate(atRaw)?.getTime() ?? Number.MAX_SAFE_INTEGER;
    const key = `${uid}|${qid}`;
    const seen = first.get(key);
    if (!seen || at < seen.at) first.set(key, { userId: uid, questionId: qid, correct, answer, at });
  };
  for (const r of practice) consider(r.uid, r.qid, truthy(r.correct), r.answer ?? "", r.at);
  for (const r of quiz) consider(r.uid, r.qid, truthy(r.correct), r.answer, r.at);
  const stats = analyseItems([...first.values()].sort((a, b) => a.at - b.at));

  const answers = new Map<string, number>();
  for (const r of counts) answers.set(r.qid, num(r.n));
  const ids = [...new Set([...stats.map((s) => s.questionId), ...answers.keys()])];
  const info = [];
  const editable = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    info.push(
      ...(await db.question.findMany({
        where: { id: { in: chunk } },
        select: { id: true, prompt: true, type: true, status: true, payload: true, document: { select: { title: true } } },
      })),
    );
    const mine = await db.question.findMany({ where: { id: { in: chunk }, ...(isAdmin(actor) ? {} : { document: editableDocumentWhere(actor) }) }, select: { id: true } });
    for (const q of mine) editable.add(q.id);
  }
  const statsById = new Map(stats.map((s) => [s.questionId, s]));
  const items: ItemRow[] = info.map((q) => {
    const s = statsById.get(q.id) ?? { questionId: q.id, students: 0, right: 0, facility: null, discrimination: null, pointBiserial: null, topWrong: null, topWrongPull: null, flags: [] };
    return {
      ...s,
      prompt: q.prompt,
      type: q.type,
      status: q.status,
      documentTitle: q.document.title,
      payload: parsePayload(q.payload),
      answers: answers.get(q.id) ?? 0,
      editable: editable.has(q.id),
    };
  });
  items.sort((a, b) => flagRank(a) - flagRank(b) || (a.facility ?? 2) - (b.facility ?? 2) || b.students - a.students);
  return {
    classId: klass.id,
    className: klass.name,
    assignmentId: only ?? null,
    assignments: klass.assignments,
    students: klass._count.enrolments,
    items,
  };
}
