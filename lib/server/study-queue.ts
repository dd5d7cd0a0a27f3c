import "server-only";
/**
 * The practice queue of one student (rules in lib/study/queue.ts): a few indexed statements on
 * Card(userId, active, state, due) and ReviewLog(userId, reviewedAt), nothing per card (lib/server/study-sql.ts).
 */
import { Prisma } from "@prisma/client";
import { previewDue } from "@/lib/scheduler/fsrs";
import { startOfDay, validTimeZone } from "@/lib/study/day";
import { questionView } from "@/lib/study/question";
import {
  LEARN_AHEAD_MS,
  remaining,
  selectNext,
  summariseToday,
  type DayActivity,
  type QueueSource,
} from "@/lib/study/queue";
import type { NextQuestion, QueueCounts, QueueItem } from "@/lib/study/types";
import type { Db } from "./db";
import { candidateCards, stateCounts, type StudyCard } from "./study-sql";
import { dialectOf, timestampParam } from "./progress-sql";

export type { NextQuestion, QueueCounts, QueueItem };

/** The settings of the signed-in student that the queue and the scheduler use. */
export interface StudyUser {
  id: string;
  timezone: string;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
}

/** What the student answered today, for limits and burying siblings. */
export async function todaysActivity(db: Db, user: Pick<StudyUser, "id" | "timezone">, now: Date): Promise<DayActivity> {
  const since = startOfDay(now, validTimeZone(user.timezone));
  // one statement (a relation select would be two); runs on the answer path, so it counts
  const logs = await db.$queryRaw<{ state: number | bigint; origin: string; cardId: string; siblingKey: string | null }[]>(Prisma.sql`
    SELECT l."state" AS "state", l."origin" AS "origin", l."cardId" AS "cardId", c."siblingKey" AS "siblingKey"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE l."userId" = ${user.id} AND l."reviewedAt" >= ${timestampParam(since, dialectOf(db))}`);
  return summariseToday(logs.map((l) => ({ state: Number(l.state), origin: l.origin, cardId: l.cardId, siblingKey: l.siblingKey })));
}

export async function queueCounts(db: Db, user: StudyUser, now: Date, activity?: DayActivity): Promise<QueueCounts> {
  const a = activity ?? (await todaysActivity(db, user, now));
  const { newLeft, reviewsLeft } = remaining(user, a);
  const groups = await stateCounts(db, user.id, now);
  const count = (...states: number[]) => states.reduce((n, state) => n + (groups.get(state) ?? 0), 0);
  const [learning, reviews, fresh] = [count(1, 3), count(2), count(0)];
  return { due: learning + Math.min(reviews, reviewsLeft), new: Math.min(fresh, newLeft), answeredToday: a.answersToday };
}

/** The next question to practise, with the day's counts. */
export async function nextQuestion(db: Db, user: StudyUser, now: Date): Promise<NextQuestion> {
  const activity = await todaysActivity(db, user, now);
  const { newLeft, reviewsLeft } = remaining(user, activity);
  const unburied = { buriedKeys: [...activity.siblingKeys], answeredIds: [...activity.cardIds], limit: 3 };
  const [due, counts] = await Promise.all([
    candidateCards(db, user.id, { ...unburied, states: reviewsLeft > 0 ? [1, 2, 3] : [1, 3], dueBy: now }),
    queueCounts(db, user, now, activity),
  ]);
  let picked = selectNext({ due, fresh: [], ahead: [] }, activity, user, now);
  if (!picked && newLeft > 0) {
    const fresh = await candidateCards(db, user.id, { ...unburied, states: [0] });
    picked = selectNext({ due: [], fresh, ahead: [] }, activity, user, now);
  }
  if (!picked) {
    const ahead = await candidateCards(db, user.id, { ...unburied, states: [1, 3], dueBy: new Date(now.getTime() + LEARN_AHEAD_MS) });
    picked = selectNext({ due: [], fresh: [], ahead }, activity, user, now);
  }
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
