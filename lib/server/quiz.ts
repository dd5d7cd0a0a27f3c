import "server-only";
/**
 * Quizzes: a fixed list of questions (an assignment's set, or a sample of a document), optionally
 * timed, answered one by one (each answer saved at once, graded but not shown), scored when
 * submitted. Submitting writes one review log per answered question (origin "quiz"), so quizzes
 * feed the scheduler too. Every query is scoped to the student: another student's attempt is
 * not found.
 */
import { fail, ok, type Result } from "@/lib/domain/result";
import { ratingForAnswer } from "@/lib/scheduler/rating";
import { flashcardRating, gradeStored } from "@/lib/study/answer";
import {
  expectedAnswer,
  isQuestionType,
  questionRowSelect,
  questionView,
  stableShuffle,
  type ExpectedAnswer,
  type QuestionRow,
  type QuestionView,
  type SourcePassage,
} from "@/lib/study/question";
import { QUIZ_GRACE_MS, quizDeadline, type QuizAnswerInput } from "@/lib/study/quiz";
import type { Db } from "./db";
import { isUniqueViolation } from "@/lib/db/errors";
import { dialectOf } from "./progress-sql";
import { recordReview, withCardRetry } from "./study-answer";
import { readableDocumentsWhere } from "./student-documents";
import type { StudyUser } from "./study-queue";

export type QuizError = "not_found" | "closed" | "no_attempts_left" | "empty" | "time_up" | "submitted" | "invalid_answer";

const parseIds = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

const parseJson = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
};

function gradeQuizAnswer(q: QuestionRow, given: unknown): boolean {
  if (q.type === "flashcard") return (flashcardRating(given) ?? 1) > 1;
  return gradeStored(q, given).correct;
}

/** Starts (or resumes) an attempt at a quiz assignment of one of the student's classes. */
export async function startAssignmentQuiz(
  db: Db,
  userId: string,
  assignmentId: string,
  idempotencyKey: string,
  now: Date,
): Promise<Result<{ attemptId: string }, QuizError>> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, mode: "quiz", class: { archivedAt: null, enrolments: { some: { userId } } } },
    select: {
      id: true,
      setId: true,
      opensAt: true,
      dueAt: true,
      timeLimitSec: true,
      maxAttempts: true,
      set: { select: { items: { where: { question: { status: "active" } }, orderBy: { position: "asc" }, select: { questionId: true } } } },
      attempts: { where: { userId }, orderBy: { startedAt: "desc" }, select: { id: true, startedAt: true, submittedAt: true, timeLimitSec: true } },
    },
  });
  if (!assignment) return fail("not_found", "quizNotFound");
  const open = assignment.attempts.find((a) => {
    const deadline = quizDeadline(a.startedAt, a.timeLimitSec);
    return !a.submittedAt && (!deadline || deadline.getTime() + QUIZ_GRACE_MS > now.getTime());
  });
  if (open) return ok({ attemptId: open.id });
  if (assignment.opensAt > now || assignment.dueAt < now) return fail("closed", "quizClosed");
  if (assignment.maxAttempts !== null && assignment.attempts.length >= assignment.maxAttempts)
    return fail("no_attempts_left", "noAttemptsLeft");
  const questionIds = assignment.set.items.map((i) => i.questionId);
  if (questionIds.length === 0) return fail("empty", "quizEmpty");
  return createAttempt(db, userId, idempotencyKey, now, {
    assignmentId: assignment.id,
    setId: assignment.setId,
    questionIds,
    timeLimitSec: assignment.timeLimitSec,
  });
}

/** Starts a practice quiz of `count` questions of a readable document (no flashcards, one question per fact). */
export async function startDocumentQuiz(
  db: Db,
  userId: string,
  input: { documentId: string; count: number; minutes: number; key: string },
  now: Date,
): Promise<Result<{ attemptId: string }, QuizError>> {
  const doc = await db.document.findFirst({ where: { AND: [{ id: input.documentId }, readableDocumentsWhere(userId)] }, select: { id: true } });
  if (!doc) return fail("not_found", "quizNotFound");
  const questions = await db.question.findMany({
    where: { documentId: doc.id, status: "active", type: { not: "flashcard" } },
    select: { id: true, siblingKey: true },
  });
  const seen = new Set<string>();
  const picked: string[] = [];
  for (const q of stableShuffle(questions, `${userId}:${input.key}`)) {
    const sibling = q.siblingKey ?? q.id;
    if (seen.has(sibling)) continue;
    seen.add(sibling);
    picked.push(q.id);
    if (picked.length >= input.count) break;
  }
  if (picked.length === 0) return fail("empty", "quizEmpty");
  return createAttempt(db, userId, input.key, now, {
    documentId: doc.id,
    questionIds: picked,
    timeLimitSec: input.minutes > 0 ? input.minutes * 60 : null,
  });
}

async function createAttempt(
  db: Db,
  userId: string,
  idempotencyKey: string,
  now: Date,
  data: { assignmentId?: string; setId?: string; documentId?: string; questionIds: string[]; timeLimitSec: number | null },
): Promise<Result<{ attemptId: string }, QuizError>> {
  try {
    const attempt = await db.quizAttempt.create({
      data: {
        userId,
        idempotencyKey,
        startedAt: now,
        assignmentId: data.assignmentId ?? null,
        setId: data.setId ?? null,
        documentId: data.documentId ?? null,
        questionIds: JSON.stringify(data.questionIds),
        timeLimitSec: data.timeLimitSec,
        total: data.questionIds.length,
      },
      select: { id: true },
    });
    return ok({ attemptId: attempt.id });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // the same start arrived twice (double-click): the first attempt is the one
    const first = await db.quizAttempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: { id: true } });
    if (!first) throw error;
    return ok({ attemptId: first.id });
  }
}

export interface QuizReviewItem {
  question: QuestionView;
  given: unknown;
  correct: boolean;
  answered: boolean;
  expected: ExpectedAnswer;
  explanation: string;
  source: SourcePassage;
}

export interface AttemptView {
  id: string;
  title: string;
  assignmentId: string | null;
  documentId: string | null;
  questions: QuestionView[];
  /** Saved answers by question id. */
  answers: Record<string, unknown>;
  startedAt: string;
  deadline: string | null;
  submittedAt: string | null;
  score: number | null;
  correctCount: number;
  total: number;
  /** After submission: every question with the right answer. */
  review: QuizReviewItem[] | null;
}

const questionWithDoc = { ...questionRowSelect, siblingKey: true, status: true, document: { select: { title: true } } } as const;

/** The student's own attempt; a timed attempt past its deadline is submitted first. */
export async function getAttempt(db: Db, user: StudyUser, attemptId: string, now: Date): Promise<AttemptView | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: user.id },
    select: {
      id: true,
      assignmentId: true,
      documentId: true,
      questionIds: true,
      startedAt: true,
      submittedAt: true,
      timeLimitSec: true,
      score: true,
      correctCount: true,
      total: true,
      assignment: { select: { title: true } },
      responses: { select: { questionId: true, answer: true, correct: true } },
    },
  });
  if (!attempt) return null;
  const deadline = quizDeadline(attempt.startedAt, attempt.timeLimitSec);
  if (!attempt.submittedAt && deadline && deadline.getTime() + QUIZ_GRACE_MS < now.getTime()) {
    await submitAttempt(db, user, attempt.id, now);
    return getAttempt(db, user, attemptId, now);
  }
  const ids = parseIds(attempt.questionIds);
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: questionWithDoc });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const questions = ids.map((id) => byId.get(id)).filter((r): r is (typeof rows)[number] => Boolean(r));
  const doc = attempt.documentId
    ? await db.document.findFirst({ where: { id: attempt.documentId }, select: { title: true } })
    : null;
  const answers: Record<string, unknown> = {};
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  for (const r of attempt.responses) answers[r.questionId] = parseJson(r.answer);
  const submitted = attempt.submittedAt !== null;
  return {
    id: attempt.id,
    title: attempt.assignment?.title ?? doc?.title ?? "",
    assignmentId: attempt.assignmentId,
    documentId: attempt.documentId,
    questions: questions.map(questionView),
    answers,
    startedAt: attempt.startedAt.toISOString(),
    deadline: deadline?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: attempt.score,
    correctCount: attempt.correctCount,
    total: attempt.total,
    review: submitted
      ? questions.map((q) => {
          const r = responses.get(q.id);
          return {
            question: questionView(q),
            given: r ? parseJson(r.answer) : null,
            correct: r?.correct ?? false,
            answered: Boolean(r),
            expected: expectedAnswer(q),
            explanation: q.explanation,
            source: { documentId: q.documentId, documentTitle: q.document.title, start: q.sourceStart, end: q.sourceEnd, quote: q.sourceQuote },
          };
        })
      : null,
  };
}

/** Saves (or changes) the answer to one question of an open attempt; the grade stays hidden until submission. */
export async function saveQuizAnswer(
  db: Db,
  userId: string,
  attemptId: string,
  input: QuizAnswerInput,
  now: Date,
): Promise<Result<{ saved: true }, QuizError>> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, questionIds: true, startedAt: true, submittedAt: true, timeLimitSec: true },
  });
  if (!attempt || !parseIds(attempt.questionIds).includes(input.questionId)) return fail("not_found", "quizNotFound");
  if (attempt.submittedAt) return fail("submitted", "quizSubmitted");
  const deadline = quizDeadline(attempt.startedAt, attempt.timeLimitSec);
  if (deadline && now.getTime() > deadline.getTime() + QUIZ_GRACE_MS) return fail("time_up", "timeUp");
  const question = await db.question.findUnique({ where: { id: input.questionId }, select: questionRowSelect });
  if (!question) return fail("not_found", "quizNotFound");
  if (question.type === "flashcard" && !flashcardRating(input.answer)) return fail("invalid_answer", "invalidAnswer");
  const correct = gradeQuizAnswer(question, input.answer);
  const data = { answer: JSON.stringify(input.answer), correct, durationMs: input.durationMs, answeredAt: now };
  await db.quizResponse.upsert({
    where: { attemptId_questionId: { attemptId, questionId: input.questionId } },
    create: { attemptId, questionId: input.questionId, ...data },
    update: data,
  });
  return ok({ saved: true });
}

class AlreadySubmitted extends Error {}

/**
 * Scores an attempt and feeds every answer to the scheduler, in one transaction. Submitting
 * twice (double-click, two tabs, the timer and the button at once) changes nothing the second time.
 */
export async function submitAttempt(
  db: Db,
  user: StudyUser,
  attemptId: string,
  now: Date,
): Promise<Result<{ score: number; correctCount: number; total: number }, QuizError>> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: user.id },
    select: { id: true, questionIds: true, submittedAt: true, score: true, correctCount: true, total: true },
  });
  if (!attempt) return fail("not_found", "quizNotFound");
  if (attempt.submittedAt) return ok({ score: attempt.score ?? 0, correctCount: attempt.correctCount, total: attempt.total });
  const ids = parseIds(attempt.questionIds);
  const responses = await db.quizResponse.findMany({
    where: { attemptId: attempt.id, questionId: { in: ids } },
    select: { questionId: true, answer: true, correct: true, durationMs: true, question: { select: { ...questionRowSelect, siblingKey: true } } },
  });
  const correctCount = responses.filter((r) => r.correct).length;
  const total = ids.length;
  const score = total ? correctCount / total : 0;
  try {
    await withCardRetry(() =>
      db.$transaction(async (tx) => {
        const claimed = await tx.quizAttempt.updateMany({
          where: { id: attempt.id, userId: user.id, submittedAt: null },
          data: { submittedAt: now, score, correctCount, total },
        });
        if (claimed.count !== 1) throw new AlreadySubmitted();
        for (const r of responses) {
          const card = await tx.card.upsert({
            where: { userId_questionId: { userId: user.id, questionId: r.questionId } },
            create: { userId: user.id, questionId: r.questionId, siblingKey: r.question.siblingKey, due: now },
            update: {},
          });
          const given = parseJson(r.answer);
          const type = isQuestionType(r.question.type) ? r.question.type : "short_answer";
          const rating =
            type === "flashcard" ? (flashcardRating(given) ?? 1) : ratingForAnswer({ type, correct: r.correct, durationMs: r.durationMs });
          await recordReview(tx, dialectOf(db), {
            userId: user.id,
            timezone: user.timezone,
            cardId: card.id,
            siblingKey: card.siblingKey,
            questionId: r.questionId,
            card,
            rating,
            correct: r.correct,
            answer: given,
            durationMs: r.durationMs,
            idempotencyKey: `quiz:${attempt.id}:${r.questionId}`,
            origin: "quiz",
            attemptId: attempt.id,
            now,
            desiredRetention: user.desiredRetention,
          });
        }
      }),
    );
  } catch (error) {
    if (!(error instanceof AlreadySubmitted) && !isUniqueViolation(error)) throw error;
    const done = await db.quizAttempt.findFirst({ where: { id: attempt.id, userId: user.id }, select: { score: true, correctCount: true, total: true } });
    return ok({ score: done?.score ?? 0, correctCount: done?.correctCount ?? 0, total: done?.total ?? total });
  }
  return ok({ score, correctCount, total });
}

export interface AttemptSummary {
  id: string;
  title: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  correctCount: number;
  total: number;
}

/** The student's recent attempts. */
export async function recentAttempts(db: Db, userId: string, take = 20): Promise<AttemptSummary[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      correctCount: true,
      total: true,
      documentId: true,
      assignment: { select: { title: true } },
    },
  });
  const docIds = [...new Set(rows.map((r) => r.documentId).filter((d): d is string => Boolean(d)))];
  const docs = docIds.length ? await db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, title: true } }) : [];
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  return rows.map((r) => ({
    id: r.id,
    title: r.assignment?.title ?? (r.documentId ? (titles.get(r.documentId) ?? "") : ""),
    startedAt: r.startedAt,
    submittedAt: r.submittedAt,
    score: r.score,
    correctCount: r.correctCount,
    total: r.total,
  }));
}
