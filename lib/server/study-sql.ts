import "server-only";
/**
 * The statements of the practice hot path (answer → next question) in plain SQL that runs on
 * SQLite and PostgreSQL alike. Prisma compiles every model query before running it (about half a
 * millisecond each, most of an answer's time); raw statements skip that. Everything else in the app
 * goes through the model API.
 * Prisma types raw results by the columns' declared types on both databases: DateTime → Date,
 * Boolean → boolean, COUNT → bigint. Timestamps are bound with timestampParam (SQLite compares ISO text).
 */
import { randomBytes } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { CardState, ReviewLogState } from "@/lib/scheduler/fsrs";
import type { QuestionRow } from "@/lib/study/question";
import type { Db } from "./db";
import { dialectOf, timestampParam, type Dialect } from "./progress-sql";

type Runner = Pick<Db, "$queryRaw" | "$executeRaw">;

/** A card with its FSRS state, its sibling key and its question, as the queue and the grader need it. */
export interface StudyCard extends CardState {
  id: string;
  siblingKey: string | null;
  question: QuestionRow;
}

const STUDY_CARD_COLUMNS = Prisma.raw(
  `c."id", c."state", c."due", c."siblingKey", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays",
   c."learningSteps", c."reps", c."lapses", c."lastReview",
   q."id" AS "questionId", q."type", q."prompt", q."payload", q."explanation", q."documentId", q."sourceStart", q."sourceEnd", q."sourceQuote"`,
);

interface StudyCardRow {
  id: string;
  state: number | bigint;
  due: Date;
  siblingKey: string | null;
  stability: number;
  difficulty: number;
  elapsedDays: number | bigint;
  scheduledDays: number | bigint;
  learningSteps: number | bigint;
  reps: number | bigint;
  lapses: number | bigint;
  lastReview: Date | null;
  questionId: string;
  type: string;
  prompt: string;
  payload: string;
  explanation: string;
  documentId: string;
  sourceStart: number | bigint;
  sourceEnd: number | bigint;
  sourceQuote: string;
}

const toStudyCard = (r: StudyCardRow): StudyCard => ({
  id: r.id,
  state: Number(r.state),
  due: new Date(r.due),
  siblingKey: r.siblingKey,
  stability: r.stability,
  difficulty: r.difficulty,
  elapsedDays: Number(r.elapsedDays),
  scheduledDays: Number(r.scheduledDays),
  learningSteps: Number(r.learningSteps),
  reps: Number(r.reps),
  lapses: Number(r.lapses),
  lastReview: r.lastReview ? new Date(r.lastReview) : null,
  question: {
    id: r.questionId,
    type: r.type,
    prompt: r.prompt,
    payload: r.payload,
    explanation: r.explanation,
    documentId: r.documentId,
    sourceStart: Number(r.sourceStart),
    sourceEnd: Number(r.sourceEnd),
    sourceQuote: r.sourceQuote,
  },
});

/** The student's card for a question, with the question; null when there is none. */
export async function findStudyCard(db: Runner, userId: string, questionId: string): Promise<StudyCard | null> {
  const rows = await db.$queryRaw<StudyCardRow[]>(Prisma.sql`
    SELECT ${STUDY_CARD_COLUMNS}
    FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ${userId} AND c."questionId" = ${questionId}`);
  return rows.length ? toStudyCard(rows[0]) : null;
}

export interface CandidateQuery {
  states: readonly number[];
  /** Only cards due at or before this moment. */
  dueBy?: Date;
  /** Sibling keys answered today: their other cards are buried. */
  buriedKeys: readonly string[];
  /** Cards answered today, never buried by their own key. */
  answeredIds: readonly string[];
  limit: number;
}

// SQLite binds at most 999 values per statement; beyond this many, burying is left to selectNext
const MAX_BOUND_KEYS = 400;

/** Active cards of the student in `states`, oldest due first, without buried siblings. */
export async function candidateCards(db: Db, userId: string, q: CandidateQuery): Promise<StudyCard[]> {
  const d = dialectOf(db);
  const keys = q.buriedKeys.slice(0, MAX_BOUND_KEYS);
  const ids = q.answeredIds.slice(0, MAX_BOUND_KEYS);
  const unburied = keys.length
    ? Prisma.sql`AND (c."siblingKey" IS NULL OR c."siblingKey" NOT IN (${Prisma.join(keys)})${ids.length ? Prisma.sql` OR c."id" IN (${Prisma.join(ids)})` : Prisma.empty})`
    : Prisma.empty;
  const due = q.dueBy ? Prisma.sql`AND c."due" <= ${timestampParam(q.dueBy, d)}` : Prisma.empty;
  const rows = await db.$queryRaw<StudyCardRow[]>(Prisma.sql`
    SELECT ${STUDY_CARD_COLUMNS}
    FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ${userId} AND c."active" = TRUE AND c."state" IN (${Prisma.join(q.states)}) ${due} ${unburied}
    ORDER BY c."due", c."id"
    LIMIT ${q.limit}`);
  return rows.map(toStudyCard);
}

/** How many active cards the student has per state: new ones all, the others only when due at `now`. */
export async function stateCounts(db: Db, userId: string, now: Date): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ state: number | bigint; n: number | bigint }[]>(Prisma.sql`
    SELECT c."state" AS "state", COUNT(*) AS "n"
    FROM "Card" c
    WHERE c."userId" = ${userId} AND c."active" = TRUE AND (c."state" = 0 OR (c."state" IN (1, 2, 3) AND c."due" <= ${timestampParam(now, dialectOf(db))}))
    GROUP BY c."state"`);
  return new Map(rows.map((r) => [Number(r.state), Number(r.n)]));
}

export interface ReviewRow {
  userId: string;
  cardId: string;
  questionId: string;
  idempotencyKey: string;
  rating: number;
  correct: boolean;
  answer: string;
  durationMs: number;
  origin: string;
  attemptId: string | null;
  /** The scheduler's log of the answer (the card's state before it). */
  log: ReviewLogState;
  /** The card after it, as JSON. */
  after: string;
  reviewedAt: Date;
}

let counter = 0;

/**
 * A new row id in the shape of Prisma's cuid(): "c", the time in base 36, a counter, random
 * characters. Ids sort in the order rows were made, as the ones Prisma makes do.
 */
export function timeOrderedId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

/** Appends one review log (throws Prisma's P2002 when the idempotency key was used already). */
export async function insertReviewLog(tx: Runner, d: Dialect, r: ReviewRow): Promise<void> {
  const b = r.log;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "questionId", "idempotencyKey", "rating", "correct", "answer", "durationMs",
      "origin", "attemptId", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays",
      "learningSteps", "after", "reviewedAt")
    VALUES (${timeOrderedId()}, ${r.userId}, ${r.cardId}, ${r.questionId}, ${r.idempotencyKey}, ${r.rating}, ${r.correct}, ${r.answer}, ${r.durationMs},
      ${r.origin}, ${r.attemptId}, ${b.state}, ${timestampParam(b.due, d)}, ${b.stability}, ${b.difficulty}, ${b.elapsedDays}, ${b.lastElapsedDays},
      ${b.scheduledDays}, ${b.learningSteps}, ${r.after}, ${timestampParam(r.reviewedAt, d)})`);
}

/**
 * Moves a card to `after` if it is still at `expectedReps` answers (a version number); returns
 * false when another answer changed it first.
 */
export async function moveCard(tx: Runner, d: Dialect, card: { id: string; userId: string; expectedReps: number }, after: CardState, now: Date): Promise<boolean> {
  const count = await tx.$executeRaw(Prisma.sql`
    UPDATE "Card" SET "due" = ${timestampParam(after.due, d)}, "stability" = ${after.stability}, "difficulty" = ${after.difficulty},
      "elapsedDays" = ${after.elapsedDays}, "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps},
      "reps" = ${after.reps}, "lapses" = ${after.lapses}, "state" = ${after.state},
      "lastReview" = ${after.lastReview ? timestampParam(after.lastReview, d) : null}, "updatedAt" = ${timestampParam(now, d)}
    WHERE "id" = ${card.id} AND "userId" = ${card.userId} AND "reps" = ${card.expectedReps}`);
  return count === 1;
}
