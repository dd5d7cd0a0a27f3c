import { compareText } from "@/lib/domain/order";
import "server-only";
/**
 * Item analysis of a class's questions (all its assignments, or one): each student's first try
 * at each question (the first answer their card keeps, or a quiz response if earlier), then
 * lib/teaching/item-analysis.ts. A fixed number of queries, reading the cards of the class, never
 * the review logs.
 */
import { directSql, type Db } from "@/lib/server/db";
import { ownClassWhere } from "@/lib/server/classes";
import { editableDocumentWhere } from "@/lib/server/questions";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { analyseItems, type FirstTry, type ItemStats } from "@/lib/teaching/item-analysis";
import { num, truthy } from "@/lib/teaching/progress";
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

/** A stored time in milliseconds (a Date, or SQLite's ISO text); unknown times sort last. */
function timeOf(v: unknown): number {
  const t = v instanceof Date ? v.getTime() : typeof v === "number" ? v : typeof v === "string" && v !== "" ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t;
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
  // Plain SQL through DirectSql: the first answers are a row per card of the class (students ×
  // questions), which Prisma's raw queries decode slowly; the drivers hand them over directly.
  const questions = only
    ? `SELECT i."questionId" FROM "QuestionSetItem" i JOIN "Assignment" a ON a."setId" = i."setId" WHERE a."classId" = ? AND a."id" = ?`
    : `SELECT i."questionId" FROM "QuestionSetItem" i JOIN "Assignment" a ON a."setId" = i."setId" WHERE a."classId" = ?`;
  const questionParams = only ? [klass.id, only] : [klass.id];
  const users = `SELECT e."userId" FROM "Enrolment" e WHERE e."classId" = ?`;
  const quizFilter = only ? `t."assignmentId" = ?` : `t."assignmentId" IN (SELECT x."id" FROM "Assignment" x WHERE x."classId" = ?)`;
  const sql = directSql(db);
  const [cards, quiz] = await Promise.all([
    // Every card of the class's students on its questions, read once: its first answer (practice,
    // or a quiz once submitted), kept on the card (firstReviewedAt, …), and its reps, which count
    // every answer recorded, practice and quiz alike.
    sql.all<{ uid: string; qid: string; reps: unknown; correct: unknown; answer: string | null; at: unknown }>(
      `SELECT c."userId" AS uid, c."questionId" AS qid, c."reps" AS reps, c."firstCorrect" AS correct,
        CASE WHEN c."firstCorrect" THEN NULL ELSE c."firstAnswer" END AS answer, c."firstReviewedAt" AS at
      FROM "Card" c
      JOIN (SELECT DISTINCT x."questionId" AS qid FROM (${questions}) x) cq ON cq.qid = c."questionId"
      WHERE c."userId" IN (${users})`,
      [...questionParams, klass.id],
    ),
    // Quiz answers are saved as given, before the review log written at submission.
    sql.all<{ uid: string; qid: string; correct: unknown; answer: string; at: unknown }>(
      `SELECT t."userId" AS uid, p."questionId" AS qid, p."correct" AS correct, p."answer" AS answer, p."answeredAt" AS at
      FROM "QuizResponse" p JOIN "QuizAttempt" t ON t."id" = p."attemptId"
      WHERE ${quizFilter} AND t."userId" IN (${users}) AND p."questionId" IN (${questions})`,
      [only ?? klass.id, klass.id, ...questionParams],
    ),
  ]);

  // the earliest of the practice first answer and the quiz answers, per student and question
  const first = new Map<string, FirstTry & { at: number }>();
  const consider = (uid: string, qid: string, correct: boolean, answer: string, atRaw: unknown) => {
    const at = timeOf(atRaw);
    const key = `${uid}|${qid}`;
    const seen = first.get(key);
    if (!seen || at < seen.at) first.set(key, { userId: uid, questionId: qid, correct, answer, at });
  };
  // every answer recorded per question (the sum of its cards' reps)
  const answers = new Map<string, number>();
  for (const r of cards) {
    answers.set(r.qid, (answers.get(r.qid) ?? 0) + num(r.reps));
    if (r.at !== null && r.at !== undefined) consider(r.uid, r.qid, truthy(r.correct), r.answer ?? "", r.at);
  }
  for (const r of quiz) consider(r.uid, r.qid, truthy(r.correct), r.answer, r.at);
  // in time order; first tries at the same moment by student, then question (rows come in no set order)
  const byTime = (a: FirstTry & { at: number }, b: FirstTry & { at: number }) =>
    a.at - b.at || compareText(a.userId, b.userId) || compareText(a.questionId, b.questionId);
  const stats = analyseItems([...first.values()].sort(byTime));

  // questions with cards but no first try after the others, in id order
  const ids = [...new Set([...stats.map((s) => s.questionId), ...[...answers.keys()].sort()])];
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
