import "server-only";
/**
 * The practice queue of one student (rules in lib/study/queue.ts): one statement reading a few
 * entries of one index (lib/server/study-sql.ts): the counts per state (up to the day's limits) and
 * the first unburied cards of each state; the day's answers come with the signed-in user. On the
 * first visit after the student's day has ended, the cards buried that day are unburied first.
 */
import { previewDue } from "@/lib/scheduler/fsrs";
import { startOfDay, validTimeZone } from "@/lib/study/day";
import { questionView } from "@/lib/study/question";
import {
  LEARN_AHEAD_MS,
  STATE_NEW,
  remaining,
  selectNext,
  type DayActivity,
  type QueueSource,
} from "@/lib/study/queue";
import type { NextQuestion, QueueCounts, QueueItem } from "@/lib/study/types";
import { directSql, type Db } from "./db";
import {
  dayCounts,
  queueHead,
  stateCounts,
  studyDay,
  unburyEnded,
  type AnswerWrite,
  type DayTally,
  type QueueCaps,
  type StateCounts,
  type StudyCard,
} from "./study-sql";

export type { NextQuestion, QueueCounts, QueueItem };

/** The settings of the signed-in student that the queue and the scheduler use. */
export interface StudyUser {
  id: string;
  timezone: string;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
  /**
   * The student's latest StudyDay, when it was read with the user (lib/server/session.ts): null
   * when they have none. Left out, today's is read when needed.
   */
  studyDay?: DayTally | null;
}

const dayStart = (user: Pick<StudyUser, "timezone">, now: Date) => startOfDay(now, validTimeZone(user.timezone));

/**
 * What the student answered today, for the day's limits: their StudyDay of today, or, when they
 * have none (not yet answered today, or answers from before StudyDay was kept), today's logs counted.
 */
export async function todaysActivity(db: Db, user: Pick<StudyUser, "id" | "timezone" | "studyDay">, now: Date): Promise<DayActivity> {
  const start = dayStart(user, now);
  const sql = directSql(db);
  const known = user.studyDay === undefined ? await studyDay(sql, user.id, start) : user.studyDay;
  const tally = known && known.dayStart.getTime() === start.getTime() ? known : null;
  const c = tally ?? (await dayCounts(sql, user.id, start));
  return { newToday: c.newCards, reviewsToday: c.reviews, answersToday: c.answers };
}

export async function queueCounts(db: Db, user: StudyUser, now: Date, activity?: DayActivity): Promise<QueueCounts> {
  const a = activity ?? (await todaysActivity(db, user, now));
  const caps = capsOf(user, a);
  const counts = await withEndedBurials(db, user.id, now, () => stateCounts(directSql(db), user.id, now, caps), (c) => c.burialEnded);
  return queueCountsOf(counts, caps, a);
}

/**
 * The next question to practise, with the day's counts. With `answer`, the answer is written first
 * (on PostgreSQL in the same statement as the read: one round trip for both).
 */
export async function nextQuestion(db: Db, user: StudyUser, now: Date, answer?: AnswerWrite): Promise<NextQuestion> {
  const activity = await todaysActivity(db, user, now);
  const caps = capsOf(user, activity);
  const query = { now, learnAheadUntil: new Date(now.getTime() + LEARN_AHEAD_MS), reviews: caps.reviews > 0, newCards: caps.newCards > 0 };
  let unwritten = answer;
  const read = () => {
    // written once: a second read (after unburying) finds the answer written already
    const head = queueHead(directSql(db), user.id, query, caps, unwritten);
    unwritten = undefined;
    return head;
  };
  const head = await withEndedBurials(db, user.id, now, read, (h) => h.counts.burialEnded);
  const counts = queueCountsOf(head.counts, caps, activity);
  const fresh = head.cards.filter((c) => c.state === STATE_NEW);
  const learned = head.cards.filter((c) => c.state !== STATE_NEW);
  const picked = selectNext({ due: learned, fresh, ahead: learned }, activity, user, now);
  if (!picked) return { item: null, counts };
  return { item: queueItem(picked.card, picked.source, user, now), counts };
}

/**
 * A read of the queue, read again after unburying when it says some burial has ended: the
 * student's first visit after their day ended brings yesterday's buried cards back.
 */
async function withEndedBurials<T>(db: Db, userId: string, now: Date, read: () => Promise<T>, burialEnded: (t: T) => boolean): Promise<T> {
  const first = await read();
  if (!burialEnded(first)) return first;
  await unburyEnded(directSql(db), userId, now);
  return read();
}

const capsOf = (user: StudyUser, a: DayActivity): QueueCaps => {
  const { newLeft, reviewsLeft } = remaining(user, a);
  return { newCards: newLeft, reviews: reviewsLeft };
};

function queueCountsOf({ byState }: StateCounts, caps: QueueCaps, a: DayActivity): QueueCounts {
  const count = (...states: number[]) => states.reduce((n, state) => n + (byState.get(state) ?? 0), 0);
  return { due: count(1, 3) + Math.min(count(2), caps.reviews), new: Math.min(count(0), caps.newCards), answeredToday: a.answersToday };
}

export function queueItem(card: StudyCard, source: QueueSource, user: Pick<StudyUser, "desiredRetention">, now: Date): QueueItem {
  const question = questionView(card.question);
  const item: QueueItem = { cardId: card.id, state: card.state, source, question, servedAt: now.toISOString() };
  if (question.type === "flashcard") {
    const due = previewDue(card, now, user);
    item.intervals = { 1: due[1].toISOString(), 2: due[2].toISOString(), 3: due[3].toISOString(), 4: due[4].toISOString() };
  }
  return item;
}
