/**
 * The rules of the practice queue, pure so they can be tested without a database
 * (lib/server/study-queue.ts runs the queries and hands their rows to these functions):
 * 1. cards in (re)learning that are due: always, they are today's short steps;
 * 2. reviews that are due, the most overdue first, while the day's review limit lasts;
 * 3. new cards, in their order, while the day's new-card limit lasts;
 * 4. nothing else due: (re)learning cards due within the next 20 minutes ("learn ahead").
 * A question whose sibling (same siblingKey: the same fact) was answered today is buried until
 * tomorrow; the very card answered today is not its own sibling (its learning steps go on).
 * Limits count practice answers since local midnight: new = answers on cards that were new,
 * reviews = answers on cards in review.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;

export interface TodayLog {
  /** The card's state before the answer. */
  state: number;
  origin: string;
  cardId: string;
  siblingKey: string | null;
}

export interface DayActivity {
  newToday: number;
  reviewsToday: number;
  answersToday: number;
  /** Sibling keys answered today (practice or quiz). */
  siblingKeys: Set<string>;
  /** Cards answered today. */
  cardIds: Set<string>;
}

export function summariseToday(logs: readonly TodayLog[]): DayActivity {
  const a: DayActivity = { newToday: 0, reviewsToday: 0, answersToday: logs.length, siblingKeys: new Set(), cardIds: new Set() };
  for (const log of logs) {
    if (log.origin === "practice") {
      if (log.state === STATE_NEW) a.newToday++;
      else if (log.state === STATE_REVIEW) a.reviewsToday++;
    }
    if (log.siblingKey) a.siblingKeys.add(log.siblingKey);
    a.cardIds.add(log.cardId);
  }
  return a;
}

export interface Limits {
  newPerDay: number;
  reviewsPerDay: number;
}

export function remaining(limits: Limits, a: DayActivity): { newLeft: number; reviewsLeft: number } {
  return {
    newLeft: Math.max(0, limits.newPerDay - a.newToday),
    reviewsLeft: Math.max(0, limits.reviewsPerDay - a.reviewsToday),
  };
}

export interface CardCandidate {
  id: string;
  state: number;
  due: Date;
  siblingKey: string | null;
}

export const isBuried = (card: Pick<CardCandidate, "id" | "siblingKey">, a: DayActivity): boolean =>
  card.siblingKey !== null && a.siblingKeys.has(card.siblingKey) && !a.cardIds.has(card.id);

export type QueueSource = "due" | "new" | "ahead";

export interface Candidates<C extends CardCandidate> {
  /** Cards not new and due at `now`, ordered by due date, oldest first. */
  due: readonly C[];
  /** New cards in their order. */
  fresh: readonly C[];
  /** (Re)learning cards due within LEARN_AHEAD_MS, soonest first. */
  ahead: readonly C[];
}

export function selectNext<C extends CardCandidate>(
  candidates: Candidates<C>,
  activity: DayActivity,
  limits: Limits,
  now: Date,
): { card: C; source: QueueSource } | null {
  const { newLeft, reviewsLeft } = remaining(limits, activity);
  for (const card of candidates.due) {
    if (card.due.getTime() > now.getTime() || isBuried(card, activity)) continue;
    if (card.state === STATE_REVIEW && reviewsLeft <= 0) continue;
    if (card.state === STATE_NEW) continue;
    return { card, source: "due" };
  }
  if (newLeft > 0) {
    const card = candidates.fresh.find((c) => c.state === STATE_NEW && !isBuried(c, activity));
    if (card) return { card, source: "new" };
  }
  const ahead = candidates.ahead.find(
    (c) =>
      (c.state === STATE_LEARNING || c.state === STATE_RELEARNING) &&
      c.due.getTime() <= now.getTime() + LEARN_AHEAD_MS &&
      !isBuried(c, activity),
  );
  return ahead ? { card: ahead, source: "ahead" } : null;
}
