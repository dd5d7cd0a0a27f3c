import "server-only";
/**
 * The statements of practice (answer → next question), run through DirectSql
 * (lib/server/direct-sql.ts): one SQL text for SQLite and PostgreSQL. The drivers return values
 * in their own types (SQLite: ISO text and 0/1, PostgreSQL: Date and boolean, counts as text),
 * so rows are decoded with asDate/asNumber.
 */
import { randomBytes } from "node:crypto";
import type { CardState, ReviewLogState } from "@/lib/scheduler/fsrs";
import type { QuestionRow } from "@/lib/study/question";
import { STATE_NEW, STATE_REVIEW } from "@/lib/study/queue";
import { compareText } from "@/lib/domain/order";
import { asBoolean, asDate, asNumber, type DirectSql, type SqlParam, type WriteStep } from "./direct-sql";

/** A card with its FSRS state, its sibling key and its question, as the queue and the grader need it. */
export interface StudyCard extends CardState {
  id: string;
  /** False once its question is no longer in use: it is kept, but never served. */
  active: boolean;
  siblingKey: string | null;
  question: QuestionRow;
}

const QUESTION_COLUMNS = `q."id" AS "questionId", q."type", q."prompt", q."payload", q."explanation", q."documentId", q."sourceStart", q."sourceEnd", q."sourceQuote"`;

const STUDY_CARD_COLUMNS = `c."id", c."active", c."state", c."due", c."siblingKey", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays",
   c."learningSteps", c."reps", c."lapses", c."lastReview", ${QUESTION_COLUMNS}`;

type StudyCardRow = Record<
  | "id" | "active" | "state" | "due" | "siblingKey" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses"
  | "lastReview" | "questionId" | "type" | "prompt" | "payload" | "explanation" | "documentId" | "sourceStart" | "sourceEnd" | "sourceQuote",
  unknown
>;

const toQuestionRow = (r: Record<"questionId" | "type" | "prompt" | "payload" | "explanation" | "documentId" | "sourceStart" | "sourceEnd" | "sourceQuote", unknown>): QuestionRow => ({
  id: String(r.questionId),
  type: String(r.type),
  prompt: String(r.prompt),
  payload: String(r.payload),
  explanation: String(r.explanation),
  documentId: String(r.documentId),
  sourceStart: asNumber(r.sourceStart),
  sourceEnd: asNumber(r.sourceEnd),
  sourceQuote: String(r.sourceQuote),
});

const toStudyCard = (r: StudyCardRow): StudyCard => ({
  id: String(r.id),
  active: asBoolean(r.active),
  state: asNumber(r.state),
  due: asDate(r.due),
  siblingKey: r.siblingKey == null ? null : String(r.siblingKey),
  stability: asNumber(r.stability),
  difficulty: asNumber(r.difficulty),
  elapsedDays: asNumber(r.elapsedDays),
  scheduledDays: asNumber(r.scheduledDays),
  learningSteps: asNumber(r.learningSteps),
  reps: asNumber(r.reps),
  lapses: asNumber(r.lapses),
  lastReview: r.lastReview == null ? null : asDate(r.lastReview),
  question: toQuestionRow(r),
});

const FIND_STUDY_CARD = `SELECT ${STUDY_CARD_COLUMNS}
  FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
  WHERE c."userId" = ? AND c."questionId" = ?`;

/** The student's card for a question, with the question; null when there is none. */
export async function findStudyCard(sql: DirectSql, userId: string, questionId: string): Promise<StudyCard | null> {
  const [row] = await sql.all<StudyCardRow>(FIND_STUDY_CARD, [userId, questionId]);
  return studyCardOf(row);
}

/** findStudyCard's statement, to be read with another row (lib/server/session.ts authorizeWith). */
export const studyCardQuery = (userId: string, questionId: string): { text: string; params: SqlParam[] } => ({
  text: FIND_STUDY_CARD,
  params: [userId, questionId],
});

/** The card in a row read by studyCardQuery; null when the row has none. */
export const studyCardOf = (row: Record<string, unknown> | null | undefined): StudyCard | null =>
  row && row.id != null ? toStudyCard(row as StudyCardRow) : null;

/** An answer already written, found by its idempotency key, with its question. */
export interface StoredReview {
  correct: boolean | null;
  rating: number;
  answer: string;
  after: string;
  reviewedAt: Date;
  question: QuestionRow;
}

const FIND_REVIEW = `SELECT l."correct", l."rating", l."answer", l."after", l."reviewedAt", ${QUESTION_COLUMNS}
  FROM "ReviewLog" l JOIN "Question" q ON q."id" = l."questionId"
  WHERE l."userId" = ? AND l."idempotencyKey" = ?`;

export async function findReview(sql: DirectSql, userId: string, idempotencyKey: string): Promise<StoredReview | null> {
  const [r] = await sql.all<Record<string, unknown>>(FIND_REVIEW, [userId, idempotencyKey]);
  if (!r) return null;
  return {
    correct: r.correct == null ? null : asBoolean(r.correct),
    rating: asNumber(r.rating),
    answer: String(r.answer),
    after: String(r.after),
    reviewedAt: asDate(r.reviewedAt),
    question: toQuestionRow(r),
  };
}

export interface CandidateQuery {
  now: Date;
  /** (Re)learning cards due up to this moment are read (learning ahead). */
  learnAheadUntil: Date;
  /** Read reviews due now (false once the day's review limit is reached). */
  reviews: boolean;
  /** Read new cards (false once the day's new-card limit is reached). */
  newCards: boolean;
}

/**
 * An answer written in the same statement as the queue is read (PostgreSQL): that read sees the
 * cards as they were before the write, so the head leaves out the answered card and the siblings
 * the answer buries, their counts are taken off, and the card is put back as the answer leaves it.
 */
export interface AnswerWrite {
  steps: readonly WriteStep[];
  /** The card as the answer leaves it. */
  after: StudyCard;
  siblingKey: string | null;
  /** Start of the student's day: the siblings not answered since are buried by the answer. */
  dayStart: Date;
}

const EXCLUDING = `AND c."id" <> ? AND NOT COALESCE(c."siblingKey" = ? AND (c."lastReview" IS NULL OR c."lastReview" < ?), FALSE)`;
const excludingParams = (a: AnswerWrite | undefined): SqlParam[] => (a ? [a.after.id, a.siblingKey, a.dayStart] : []);

// the head of one ordered index range per state: an IN list over states would read every due card
// and sort them; buried cards sit in another part of the index
const candidatesOfState = (state: number, due: boolean, excluding: boolean) => `SELECT * FROM (SELECT ${STUDY_CARD_COLUMNS}
    FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
    WHERE c."userId" = ? AND c."active" = TRUE AND c."state" = ${state} AND c."buried" = FALSE ${due ? `AND c."due" <= ?` : ""} ${excluding ? EXCLUDING : ""}
    ORDER BY c."due", c."id" LIMIT 1) AS s${state}`;

const candidateParams = (userId: string, q: CandidateQuery, answer?: AnswerWrite): SqlParam[] => {
  const x = excludingParams(answer);
  const params: SqlParam[] = [userId, q.learnAheadUntil, ...x, userId, q.learnAheadUntil, ...x];
  if (q.reviews) params.push(userId, q.now, ...x);
  if (q.newCards) params.push(userId, ...x);
  return params;
};

// counted up to the day's limits at most (from the index alone): the queue shows no more than it
// will serve; `ended` says whether a burial has ended (lib/server/study-queue.ts unburies the cards then)
const countOfState = (state: number) =>
  `(SELECT COUNT(*) FROM (SELECT 1 FROM "Card" c WHERE c."userId" = ? AND c."active" = TRUE AND c."state" = ${state} AND c."buried" = FALSE ${
    state === STATE_NEW ? "" : `AND c."due" <= ?`
  } LIMIT ?) AS n${state}) AS "n${state}"`;
const STATE_COUNTS = `SELECT ${[0, 1, 2, 3].map(countOfState).join(",\n    ")},
    (SELECT COUNT(*) FROM (SELECT 1 FROM "Card" c WHERE c."userId" = ? AND c."buried" = TRUE AND c."buriedUntil" <= ? LIMIT 1) AS e) AS "ended"`;

/**
 * Counted beyond the limits by this many when an answer's cards are taken off the counts afterwards
 * (an answer buries the other questions on its fact: a handful).
 */
const TAKEN_OFF_AT_MOST = 64;

const countParams = (userId: string, now: Date, caps: QueueCaps, slack = 0): SqlParam[] => {
  const all = Number.MAX_SAFE_INTEGER;
  return [
    userId, Math.max(0, caps.newCards) + slack,
    userId, now, all,
    userId, now, Math.max(0, caps.reviews) + slack,
    userId, now, all,
    userId, now,
  ];
};

// the counted cards an answer takes out of the queue (the card itself, the siblings it buries), per state
const TAKEN_OFF = `SELECT ${[0, 1, 2, 3].map((state) => `COALESCE(SUM(CASE WHEN c."state" = ${state} THEN 1 ELSE 0 END), 0) AS "x${state}"`).join(", ")}
    FROM "Card" c WHERE c."userId" = ? AND c."active" = TRUE AND c."buried" = FALSE AND (c."state" = ${STATE_NEW} OR c."due" <= ?)
      AND (c."id" = ? OR (c."siblingKey" = ? AND (c."lastReview" IS NULL OR c."lastReview" < ?)))`;
const takenOffParams = (userId: string, now: Date, a: AnswerWrite): SqlParam[] => [userId, now, a.after.id, a.siblingKey, a.dayStart];

/** How many new cards and reviews the student may still be served today. */
export interface QueueCaps {
  newCards: number;
  reviews: number;
}

/** Active, unburied cards per state (new ones all, the others only when due), new and review cards up to their caps. */
export interface StateCounts {
  byState: Map<number, number>;
  /** Some card's burial has ended but the card is still marked buried. */
  burialEnded: boolean;
}

type CountRow = Record<"n0" | "n1" | "n2" | "n3" | "ended", unknown>;
const toStateCounts = (r: CountRow): StateCounts => ({
  byState: new Map([0, 1, 2, 3].map((state) => [state, asNumber(r[`n${state}` as keyof CountRow])])),
  burialEnded: asNumber(r.ended) > 0,
});

/** How many cards the student has per state at `now`, new and review cards counted up to `caps` at most. */
export async function stateCounts(
  sql: DirectSql,
  userId: string,
  now: Date,
  caps: QueueCaps,
): Promise<StateCounts> {
  const [row] = await sql.all<CountRow>(STATE_COUNTS, countParams(userId, now, caps));
  return toStateCounts(row);
}

/** The statement texts of the queue's head, built once for each combination of limits left. */
const queueTexts = new Map<string, { candidates: string; head: string }>();
function queueText(reviews: boolean, newCards: boolean, answered: boolean): { candidates: string; head: string } {
  const key = `${reviews}${newCards}${answered}`;
  let texts = queueTexts.get(key);
  if (!texts) {
    const parts = [candidatesOfState(1, true, answered), candidatesOfState(3, true, answered)];
    if (reviews) parts.push(candidatesOfState(2, true, answered));
    if (newCards) parts.push(candidatesOfState(0, false, answered));
    const candidates = parts.join("\n  UNION ALL ");
    const head = answered
      ? `SELECT h.*, k."n0", k."n1", k."n2", k."n3", k."ended", x."x0", x."x1", x."x2", x."x3"\n  FROM (${STATE_COUNTS}) AS k\n  CROSS JOIN (${TAKEN_OFF}) AS x\n  LEFT JOIN (${candidates}) AS h ON TRUE`
      : `SELECT h.*, k."n0", k."n1", k."n2", k."n3", k."ended"\n  FROM (${STATE_COUNTS}) AS k\n  LEFT JOIN (${candidates}) AS h ON TRUE`;
    queueTexts.set(key, (texts = { candidates, head }));
  }
  return texts;
}

export const byDueThenId = (a: StudyCard, b: StudyCard) => a.due.getTime() - b.due.getTime() || compareText(a.id, b.id);

export interface QueueHead {
  cards: StudyCard[];
  counts: StateCounts;
}

/**
 * The head of the queue: the first active, unburied card of each state the queue may serve
 * ((re)learning cards due by `learnAheadUntil`, reviews due now, new cards), in (due, id) order, and
 * the counts per state (stateCounts). lib/study/queue.ts chooses among the cards; the head of each
 * state is all it needs. One statement on PostgreSQL, where each costs a round trip; two on SQLite,
 * where they cost none and run faster apart.
 *
 * With `answer`, the answer is written first: on PostgreSQL in the same statement (AnswerWrite), on
 * SQLite just before.
 */
export async function queueHead(sql: DirectSql, userId: string, q: CandidateQuery, caps: QueueCaps, answer?: AnswerWrite): Promise<QueueHead> {
  if (sql.dialect === "sqlite") {
    // the write first, then plain reads: in the process they cost no round trip
    const texts = queueText(q.reviews, q.newCards, false);
    const rows = answer
      ? await sql.writeThenRead<StudyCardRow>(answer.steps, texts.candidates, candidateParams(userId, q))
      : await sql.all<StudyCardRow>(texts.candidates, candidateParams(userId, q));
    return { cards: rows.map(toStudyCard).sort(byDueThenId), counts: await stateCounts(sql, userId, q.now, caps) };
  }
  const texts = queueText(q.reviews, q.newCards, answer !== undefined);
  if (!answer) {
    const rows = await sql.all<StudyCardRow & CountRow>(texts.head, [...countParams(userId, q.now, caps), ...candidateParams(userId, q)]);
    return { cards: rows.filter((r) => r.id != null).map(toStudyCard).sort(byDueThenId), counts: toStateCounts(rows[0]) };
  }
  const params = [...countParams(userId, q.now, caps, TAKEN_OFF_AT_MOST), ...takenOffParams(userId, q.now, answer), ...candidateParams(userId, q, answer)];
  const rows = await sql.writeThenRead<StudyCardRow & CountRow & Record<"x0" | "x1" | "x2" | "x3", unknown>>(answer.steps, texts.head, params);
  const counts = toStateCounts(rows[0]);
  for (const state of [0, 1, 2, 3]) counts.byState.set(state, counts.byState.get(state)! - asNumber(rows[0][`x${state}` as "x0"]));
  const head = { cards: rows.filter((r) => r.id != null).map(toStudyCard), counts };
  putBack(head, answer.after, q);
  head.cards.sort(byDueThenId);
  return head;
}

/** The answered card, left out of a head read before its answer was written, put back as the answer left it. */
function putBack(head: QueueHead, card: StudyCard, q: CandidateQuery): void {
  if (!card.active) return;
  const due = card.due.getTime();
  const isNew = card.state === STATE_NEW;
  const candidate = isNew ? q.newCards : card.state === STATE_REVIEW ? q.reviews && due <= q.now.getTime() : due <= q.learnAheadUntil.getTime();
  if (candidate) head.cards.push(card);
  if (isNew || due <= q.now.getTime()) head.counts.byState.set(card.state, (head.counts.byState.get(card.state) ?? 0) + 1);
}

const UNBURY = `UPDATE "Card" SET "buried" = FALSE, "buriedUntil" = NULL WHERE "userId" = ? AND "buried" = TRUE AND "buriedUntil" <= ?`;

/** Unburies the student's cards whose burial has ended by `now` (their day is over). */
export async function unburyEnded(sql: DirectSql, userId: string, now: Date): Promise<void> {
  await sql.write([{ text: UNBURY, params: [userId, now] }]);
}

const DAY_COUNTS = `SELECT COUNT(*) AS "answers",
    COALESCE(SUM(CASE WHEN "origin" = 'practice' AND "state" = 0 THEN 1 ELSE 0 END), 0) AS "newCards",
    COALESCE(SUM(CASE WHEN "origin" = 'practice' AND "state" = 2 THEN 1 ELSE 0 END), 0) AS "reviews"
  FROM "ReviewLog" WHERE "userId" = ? AND "reviewedAt" >= ?`;

/** Answers since `since`, with those of practice on new cards and on cards in review (the day's limits). */
export async function dayCounts(sql: DirectSql, userId: string, since: Date): Promise<{ answers: number; newCards: number; reviews: number }> {
  const [row] = await sql.all<{ answers: unknown; newCards: unknown; reviews: unknown }>(DAY_COUNTS, [userId, since]);
  return { answers: asNumber(row?.answers ?? 0), newCards: asNumber(row?.newCards ?? 0), reviews: asNumber(row?.reviews ?? 0) };
}

/** A student's answers on one of their days, as StudyDay keeps them. */
export interface DayTally {
  dayStart: Date;
  answers: number;
  newCards: number;
  reviews: number;
}

const STUDY_DAY = `SELECT "dayStart", "answers", "newCards", "reviews" FROM "StudyDay" WHERE "userId" = ? AND "dayStart" = ?`;

/** The student's tally of the day that began at `dayStart`; null when they have not answered since. */
export async function studyDay(sql: DirectSql, userId: string, dayStart: Date): Promise<DayTally | null> {
  const [row] = await sql.all<Record<keyof DayTally, unknown>>(STUDY_DAY, [userId, dayStart]);
  return row ? toDayTally(row) : null;
}

export const toDayTally = (r: Record<keyof DayTally, unknown>): DayTally => ({
  dayStart: asDate(r.dayStart),
  answers: asNumber(r.answers),
  newCards: asNumber(r.newCards),
  reviews: asNumber(r.reviews),
});

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

const INSERT_REVIEW_LOG = `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "questionId", "idempotencyKey", "rating", "correct", "answer", "durationMs",
    "origin", "attemptId", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays",
    "learningSteps", "after", "reviewedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

// the card keeps its earliest answer (first written wins a tie); every SET reads the row as it was
const FIRST_ANSWER = `"firstReviewedAt" IS NULL OR "firstReviewedAt" > ?`;
const MOVE_CARD = `UPDATE "Card" SET "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "state" = ?, "lastReview" = ?, "buried" = FALSE, "buriedUntil" = NULL, "updatedAt" = ?,
    "firstCorrect" = CASE WHEN ${FIRST_ANSWER} THEN ? ELSE "firstCorrect" END,
    "firstAnswer" = CASE WHEN ${FIRST_ANSWER} THEN ? ELSE "firstAnswer" END,
    "firstReviewedAt" = CASE WHEN ${FIRST_ANSWER} THEN ? ELSE "firstReviewedAt" END
  WHERE "id" = ? AND "userId" = ? AND "reps" = ?`;

const COUNT_ANSWER = `INSERT INTO "StudyDay" ("userId", "dayStart", "answers", "newCards", "reviews") VALUES (?, ?, 1, ?, ?)
  ON CONFLICT ("userId", "dayStart") DO UPDATE SET "answers" = "StudyDay"."answers" + 1,
    "newCards" = "StudyDay"."newCards" + excluded."newCards", "reviews" = "StudyDay"."reviews" + excluded."reviews"`;

// a card answered today is never buried (its own learning steps go on)
const BURY_SIBLINGS = `UPDATE "Card" SET "buried" = TRUE, "buriedUntil" = ?
  WHERE "userId" = ? AND "siblingKey" = ? AND "id" <> ? AND ("lastReview" IS NULL OR "lastReview" < ?)`;

/** When the student's day starts and ends, for burying the siblings of an answered card. */
export interface StudyDay {
  start: Date;
  end: Date;
}

/**
 * One answer as a write: the review log appended (a unique violation when its idempotency key was
 * used already), the card moved to `after` if it is still at `expectedReps` answers (a version
 * number; otherwise the write is undone with UnexpectedChanges: another answer changed it first),
 * its siblings not answered today buried until the day ends, and the answer counted in the
 * student's day (StudyDay: a practice answer on a new card or a review counts towards the limits).
 */
export function reviewSteps(
  r: ReviewRow,
  card: { expectedReps: number; siblingKey: string | null },
  after: CardState,
  day: StudyDay,
): WriteStep[] {
  const b = r.log;
  const bury: WriteStep[] = card.siblingKey
    ? [{ text: BURY_SIBLINGS, params: [day.end, r.userId, card.siblingKey, r.cardId, day.start] }]
    : [];
  return [
    {
      text: INSERT_REVIEW_LOG,
      params: [
        timeOrderedId(), r.userId, r.cardId, r.questionId, r.idempotencyKey, r.rating, r.correct, r.answer, r.durationMs,
        r.origin, r.attemptId, b.state, b.due, b.stability, b.difficulty, b.elapsedDays, b.lastElapsedDays, b.scheduledDays,
        b.learningSteps, r.after, r.reviewedAt,
      ],
    },
    {
      text: MOVE_CARD,
      params: [
        after.due, after.stability, after.difficulty, after.elapsedDays, after.scheduledDays, after.learningSteps,
        after.reps, after.lapses, after.state, after.lastReview, r.reviewedAt,
        r.reviewedAt, r.correct, r.reviewedAt, r.answer, r.reviewedAt, r.reviewedAt,
        r.cardId, r.userId, card.expectedReps,
      ],
      changes: 1,
    },
    ...bury,
    {
      text: COUNT_ANSWER,
      params: [r.userId, day.start, r.origin === "practice" && b.state === STATE_NEW ? 1 : 0, r.origin === "practice" && b.state === STATE_REVIEW ? 1 : 0],
    },
  ];
}
