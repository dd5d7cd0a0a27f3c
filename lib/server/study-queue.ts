import "server-only";
/**
 * The practice queue of one student (rules in lib/study/queue.ts): three statements, each reading
 * a few entries of one index (lib/server/study-sql.ts): the day's answers, the counts per state
 * (up to the day's limits), and the first unburied cards of each state. On the first visit after
 * the student's day has ended, the cards buried that day are unburied first.
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
import { BURIAL_ENDED, candidateCards, dayCounts, stateCounts, studyDay, unburyEnded, type DayTally, type StudyCard } from "./study-sql";

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
  return (await countQueue(db, user, now, activity)).counts;
}

/** The counts, and whether ended burials were lifted on the way (cards read before are then stale). */
async function countQueue(db: Db, user: StudyUser, now: Date, activity?: DayActivity): Promise<{ counts: QueueCounts; unburied: boolean }> {
  const a = activity ?? (await todaysActivity(db, user, now));
  const { newLeft, reviewsLeft } = remaining(user, a);
  const sql = directSql(db);
  let groups = await stateCounts(sql, user.id, now, { newCards: newLeft, reviews: reviewsLeft });
  const unburied = (groups.get(BURIAL_ENDED) ?? 0) > 0;
  if (unburied) {
    // the student's first visit after their day ended: yesterday's buried cards come back
    await unburyEnded(sql, user.id, now);
    groups = await stateCounts(sql, user.id, now, { newCards: newLeft, reviews: reviewsLeft });
  }
  const count = (...states: number[]) => states.reduce((n, state) => n + (groups.get(state) ?? 0), 0);
  const [learning, reviews, fresh] = [count(1, 3), count(2), count(0)];
  return { counts: { due: learning + Math.min(reviews, reviewsLeft), new: Math.min(fresh, newLeft), answeredToday: a.answersToday }, unburied };
}

/** The next question to practise, with the day's counts. */
export async function nextQuestion(db: Db, user: StudyUser, now: Date): Promise<NextQuestion> {
  const activity = await todaysActivity(db, user, now);
  const { newLeft, reviewsLeft } = remaining(user, activity);
  const candidates = () =>
    candidateCards(directSql(db), user.id, {
      now,
      learnAheadUntil: new Date(now.getTime() + LEARN_AHEAD_MS),
      reviews: reviewsLeft > 0,
      newCards: newLeft > 0,
    });
  const [read, { counts, unburied }] = await Promise.all([candidates(), countQueue(db, user, now, activity)]);
  const cards = unburied ? await candidates() : read;
  const fresh = cards.filter((c) => c.state === STATE_NEW);
  const learned = cards.filter((c) => c.state !== STATE_NEW);
  const picked = selectNext({ due: learned, fresh, ahead: learned }, activity, user, now);
  if (!picked) return { item: null, counts };
  return { item: queueItem(picked.card, picked.source, user, now), counts };
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
