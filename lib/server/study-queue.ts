import "server-only";
/**
 * The practice queue of one student (rules in lib/study/queue.ts): a few indexed queries on
 * Card(userId, state, due) and ReviewLog(userId, reviewedAt), nothing per card.
 */
import { Prisma } from "@prisma/client";
import { previewDue, type CardState } from "@/lib/scheduler/fsrs";
import { startOfDay, validTimeZone } from "@/lib/study/day";
import { questionRowSelect, questionView } from "@/lib/study/question";
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

const cardSelect = {
  id: true,
  state: true,
  due: true,
  siblingKey: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
  question: { select: questionRowSelect },
} as const satisfies Prisma.CardSelect;

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

/** Cards of active questions that are not buried by a sibling answered today. */
function unburied(userId: string, activity: DayActivity): Prisma.CardWhereInput {
  // SQLite allows 999 bound values per statement; beyond that, siblings are left to selectNext
  const keys = [...activity.siblingKeys].slice(0, 400);
  const ids = [...activity.cardIds].slice(0, 400);
  return {
    userId,
    question: { status: "active" },
    ...(keys.length ? { OR: [{ siblingKey: null }, { siblingKey: { notIn: keys } }, ...(ids.length ? [{ id: { in: ids } }] : [])] } : {}),
  };
}

export async function queueCounts(db: Db, user: StudyUser, now: Date, activity?: DayActivity): Promise<QueueCounts> {
  const a = activity ?? (await todaysActivity(db, user, now));
  const { newLeft, reviewsLeft } = remaining(user, a);
  // one grouped query: new cards, and cards of the other states that are due
  const groups = await db.card.groupBy({
    by: ["state"],
    where: { userId: user.id, question: { status: "active" }, OR: [{ state: 0 }, { state: { in: [1, 2, 3] }, due: { lte: now } }] },
    _count: { _all: true },
  });
  const count = (...states: number[]) => groups.filter((g) => states.includes(g.state)).reduce((n, g) => n + g._count._all, 0);
  const [learning, reviews, fresh] = [count(1, 3), count(2), count(0)];
  return { due: learning + Math.min(reviews, reviewsLeft), new: Math.min(fresh, newLeft), answeredToday: a.answersToday };
}

/** The next question to practise, with the day's counts. */
export async function nextQuestion(db: Db, user: StudyUser, now: Date): Promise<NextQuestion> {
  const activity = await todaysActivity(db, user, now);
  const { newLeft, reviewsLeft } = remaining(user, activity);
  const where = unburied(user.id, activity);
  const [due, counts] = await Promise.all([
    db.card.findMany({
      where: { ...where, state: { in: reviewsLeft > 0 ? [1, 2, 3] : [1, 3] }, due: { lte: now } },
      orderBy: [{ due: "asc" }, { id: "asc" }],
      take: 3,
      select: cardSelect,
    }),
    queueCounts(db, user, now, activity),
  ]);
  let picked = selectNext({ due, fresh: [], ahead: [] }, activity, user, now);
  if (!picked && newLeft > 0) {
    const fresh = await db.card.findMany({ where: { ...where, state: 0 }, orderBy: [{ due: "asc" }, { id: "asc" }], take: 3, select: cardSelect });
    picked = selectNext({ due: [], fresh, ahead: [] }, activity, user, now);
  }
  if (!picked) {
    const ahead = await db.card.findMany({
      where: { ...where, state: { in: [1, 3] }, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) } },
      orderBy: [{ due: "asc" }, { id: "asc" }],
      take: 3,
      select: cardSelect,
    });
    picked = selectNext({ due: [], fresh: [], ahead }, activity, user, now);
  }
  if (!picked) return { item: null, counts };
  return { item: queueItem(picked.card, picked.source, user, now), counts };
}

type SelectedCard = Prisma.CardGetPayload<{ select: typeof cardSelect }>;

export function queueItem(card: SelectedCard, source: QueueSource, user: Pick<StudyUser, "desiredRetention">, now: Date): QueueItem {
  const question = questionView(card.question);
  const item: QueueItem = { cardId: card.id, state: card.state, source, question, servedAt: now.toISOString() };
  if (question.type === "flashcard") {
    const due = previewDue(card as CardState, now, user);
    item.intervals = { 1: due[1].toISOString(), 2: due[2].toISOString(), 3: due[3].toISOString(), 4: due[4].toISOString() };
  }
  return item;
}
