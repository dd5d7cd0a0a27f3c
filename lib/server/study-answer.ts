import "server-only";
/**
 * Answering a question: graded on the server, then one append-only review log written and the
 * card updated in one transaction. The client's idempotency key makes a retry, a double-click or
 * a second tab harmless: the unique (userId, idempotencyKey) index lets only the first write in,
 * and every later request with that key gets the first one's result back and writes nothing.
 * Two different answers to the same card at the same moment are both kept: the card update is
 * conditional on the card's `reps` (a version number), and the loser retries on the new state.
 */
import type { Prisma } from "@prisma/client";
import { fail, ok, type Result } from "@/lib/domain/result";
import {
  parseCardState,
  scheduleReview,
  serialiseCardState,
  type CardState,
  type RatingValue,
} from "@/lib/scheduler/fsrs";
import { ratingForAnswer, type RatingOverride } from "@/lib/scheduler/rating";
import { flashcardRating, gradeStored, type AnswerInput } from "@/lib/study/answer";
import { dayBounds, validTimeZone } from "@/lib/study/day";
import { STATE_NEW, STATE_REVIEW } from "@/lib/study/queue";
import {
  expectedAnswer,
  isQuestionType,
  type QuestionRow,
  type SourcePassage,
} from "@/lib/study/question";
import type { AnswerOutcome, AnswerResult } from "@/lib/study/types";
import { isUniqueViolation } from "@/lib/db/errors";
import { directSql, type Db } from "./db";
import { prismaStepRunner, runSteps, UnexpectedChanges, type WriteStep } from "./direct-sql";
import type { Dialect } from "./progress-sql";
import { findReview, findStudyCard, reviewSteps, type StudyCard } from "./study-sql";
import { nextQuestion, todaysActivity, type StudyUser } from "./study-queue";

export type { AnswerOutcome, AnswerResult };

export type AnswerError = "not_found" | "invalid_answer";


/**
 * Document titles, kept for a minute: shown with every answer's passage, and a relation select
 * would cost a statement on each answer. A renamed document shows its new title within a minute.
 */
const titles = new Map<string, { title: string; at: number }>();
async function documentTitle(db: Db, documentId: string): Promise<string> {
  const hit = titles.get(documentId);
  if (hit && Date.now() - hit.at < 60_000) return hit.title;
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { title: true } });
  const title = doc?.title ?? "";
  if (titles.size > 1000) titles.clear();
  titles.set(documentId, { title, at: Date.now() });
  return title;
}

const sourceOf = async (db: Db, q: QuestionRow): Promise<SourcePassage> => ({
  documentId: q.documentId,
  documentTitle: await documentTitle(db, q.documentId),
  start: q.sourceStart,
  end: q.sourceEnd,
  quote: q.sourceQuote,
});

export interface ReviewToRecord {
  userId: string;
  /** The student's time zone: siblings are buried until their day ends. */
  timezone: string;
  cardId: string;
  siblingKey: string | null;
  questionId: string;
  card: CardState;
  rating: RatingValue;
  correct: boolean;
  answer: unknown;
  durationMs: number;
  idempotencyKey: string;
  origin: "practice" | "quiz";
  attemptId?: string | null;
  now: Date;
  desiredRetention: number;
}

/**
 * One answer as a write (lib/server/study-sql.ts): the review log and the card moved on. The write
 * throws UnexpectedChanges when the card is no longer in the state it was read in, and a unique
 * violation (isUniqueViolation) when the idempotency key was used already.
 */
export function reviewWrite(r: ReviewToRecord): { steps: WriteStep[]; after: CardState } {
  const { card: after, log } = scheduleReview(r.card, r.rating, r.now, { desiredRetention: r.desiredRetention });
  const row = {
    userId: r.userId,
    cardId: r.cardId,
    questionId: r.questionId,
    idempotencyKey: r.idempotencyKey,
    rating: r.rating,
    correct: r.correct,
    answer: JSON.stringify(r.answer ?? null),
    durationMs: r.durationMs,
    origin: r.origin,
    attemptId: r.attemptId ?? null,
    log,
    after: serialiseCardState(after),
    reviewedAt: r.now,
  };
  const day = dayBounds(r.now, validTimeZone(r.timezone));
  return { steps: reviewSteps(row, { expectedReps: r.card.reps, siblingKey: r.siblingKey }, after, day), after };
}

/** reviewWrite inside the caller's Prisma transaction (a quiz's answers are written with its attempt). */
export async function recordReview(tx: Prisma.TransactionClient, dialect: Dialect, r: ReviewToRecord): Promise<CardState> {
  const { steps, after } = reviewWrite(r);
  await runSteps(prismaStepRunner(tx, dialect), steps);
  return after;
}

/** Runs `write` again when another answer changed the card first. */
export async function withCardRetry<T>(write: (attempt: number) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(attempt);
    } catch (error) {
      if (!(error instanceof UnexpectedChanges) || attempt >= attempts - 1) throw error;
    }
  }
}

/** The result stored under an idempotency key, or null when the key is new. */
async function storedResult(db: Db, userId: string, idempotencyKey: string): Promise<AnswerResult | null> {
  const log = await findReview(directSql(db), userId, idempotencyKey);
  if (!log) return null;
  let given: unknown = null;
  try {
    given = JSON.parse(log.answer);
  } catch {
    given = null;
  }
  return {
    questionId: log.question.id,
    correct: log.correct ?? log.rating > 1,
    rating: log.rating as RatingValue,
    expected: expectedAnswer(log.question),
    given,
    explanation: log.question.explanation,
    source: await sourceOf(db, log.question),
    nextDue: (parseCardState(log.after)?.due ?? log.reviewedAt).toISOString(),
    answeredAt: log.reviewedAt.toISOString(),
    replayed: true,
  };
}

/** Grades an answer and maps it to a rating; null when the answer cannot be a rating (flashcards). */
export function rateAnswer(
  question: QuestionRow,
  given: unknown,
  durationMs: number,
  override?: RatingOverride | null,
): { correct: boolean; rating: RatingValue } | null {
  if (question.type === "flashcard") {
    const rating = flashcardRating(given);
    return rating ? { correct: rating > 1, rating } : null;
  }
  const { correct } = gradeStored(question, given);
  const type = isQuestionType(question.type) ? question.type : "short_answer";
  return { correct, rating: ratingForAnswer({ type, correct, durationMs, override }) };
}

/**
 * Practice: answers one of the student's cards and returns the result with the next question.
 * Another student's question, or one without a card, is not found.
 */
export async function answerQuestion(
  db: Db,
  user: StudyUser,
  input: AnswerInput,
  now: Date,
  /** The card for input.questionId when the caller has read it already (studyCardQuery). */
  known?: { card: StudyCard | null },
): Promise<Result<AnswerOutcome, AnswerError>> {
  // a key seen before is found by the unique index when the log is written (the unique violation below), which
  // saves a lookup on every first answer; a retry after the card moved on is caught the same way
  const sql = directSql(db);
  const card = known ? known.card : await findStudyCard(sql, user.id, input.questionId);
  if (!card) {
    const previous = await storedResult(db, user.id, input.idempotencyKey);
    if (previous) return ok({ result: previous, next: await nextQuestion(db, user, now) });
    return fail("not_found", "questionNotFound");
  }
  const rated = rateAnswer(card.question, input.answer, input.durationMs, input.override);
  if (!rated) return fail("invalid_answer", "invalidAnswer");

  try {
    return ok(
      await withCardRetry(async (attempt) => {
        const current = attempt === 0 ? card : await findStudyCard(sql, user.id, card.question.id);
        if (!current) throw new Error(`card ${card.id} is gone`);
        const write = reviewWrite({
          userId: user.id,
          timezone: user.timezone,
          cardId: card.id,
          siblingKey: card.siblingKey,
          questionId: card.question.id,
          card: current,
          rating: rated.rating,
          correct: rated.correct,
          answer: input.answer,
          durationMs: input.durationMs,
          idempotencyKey: input.idempotencyKey,
          origin: "practice",
          now,
          desiredRetention: user.desiredRetention,
        });
        // the write and the next question's read: one round trip on PostgreSQL
        const next = await nextQuestion(db, await withAnswerCounted(db, user, current.state, now), now, {
          steps: write.steps,
          after: { ...current, ...write.after },
          siblingKey: current.siblingKey,
          dayStart: dayBounds(now, validTimeZone(user.timezone)).start,
        });
        const result: AnswerResult = {
          questionId: card.question.id,
          correct: rated.correct,
          rating: rated.rating,
          expected: expectedAnswer(card.question),
          given: input.answer,
          explanation: card.question.explanation,
          source: await sourceOf(db, card.question),
          nextDue: write.after.due.toISOString(),
          answeredAt: now.toISOString(),
          replayed: false,
        };
        return { result, next };
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // the same answer arrived twice at once: the first one won, give its result
    const first = await storedResult(db, user.id, input.idempotencyKey);
    if (!first) throw error;
    return ok({ result: first, next: await nextQuestion(db, user, now) });
  }
}

/** The student with this answer counted in today's tally, as the write counts it in StudyDay. */
async function withAnswerCounted(db: Db, user: StudyUser, stateBefore: number, now: Date): Promise<StudyUser> {
  const before = await todaysActivity(db, user, now);
  const studyDay = {
    dayStart: dayBounds(now, validTimeZone(user.timezone)).start,
    answers: before.answersToday + 1,
    newCards: before.newToday + (stateBefore === STATE_NEW ? 1 : 0),
    reviews: before.reviewsToday + (stateBefore === STATE_REVIEW ? 1 : 0),
  };
  return { ...user, studyDay };
}
