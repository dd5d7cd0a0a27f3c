/**
 * The rules of the practice queue, pure so they can be tested without a database
 * (lib/server/study-queue.ts runs the queries and hands their rows to these functions):
 * 1. cards in (re)learning that are due: always, they are today's short steps;
 * 2. reviews that are due, the most overdue first, while the day's review limit lasts;
 * 3. new cards, in their order, while the day's new-card limit lasts;
 * 4. nothing else due: (re)learning cards due within the next 20 minutes ("learn ahead").
 * A question whose sibling (same siblingKey: the same fact) was answered today is buried until
 * tomorrow; the very card answered today is not its own sibling (its learning steps go on). The
 * queue reads only unburied cards, and counts only them (lib/server/study-sql.ts).
 * Limits count practice answers since local midnight: new = answers on cards that were new,
 * reviews = answers on cards in review.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;

/** What the student answered today (since local midnight). */
export interface DayActivity {
  /** Practice answers on cards that were new. */
  newToday: number;
  /** Practice answers on cards in review. */
  reviewsToday: number;
  /** All answers, practice and quiz. */
  answersToday: number;
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
    if (card.due.getTime() > now.getTime()) continue;
    if (card.state === STATE_REVIEW && reviewsLeft <= 0) continue;
    if (card.state === STATE_NEW) continue;
    return { card, source: "due" };
  }
  if (newLeft > 0) {
    const card = candidates.fresh.find((c) => c.state === STATE_NEW);
    if (card) return { card, source: "new" };
  }
  const ahead = candidates.ahead.find(
    (c) =>
      (c.state === STATE_LEARNING || c.state === STATE_RELEARNING) &&
      c.due.getTime() <= now.getTime() + LEARN_AHEAD_MS,
  );
  return ahead ? { card: ahead, source: "ahead" } : null;
}
