/**
 * The one wrapper over ts-fsrs (FSRS-6, default weights, fuzz off). Pure: no database, no clock.
 * `CardState` is the FSRS part of a `Card` row, field for field; the mapping to and from ts-fsrs's
 * `Card` is here and nowhere else, so the scheduler gives exactly ts-fsrs's results
 * (lib/scheduler/fsrs.test.ts replays histories through both).
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type ReviewLog as FsrsReviewLog,
} from "ts-fsrs";

export { Rating, State };

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type RatingValue = 1 | 2 | 3 | 4;
export const RATINGS: readonly RatingValue[] = [1, 2, 3, 4];
export const isRating = (v: unknown): v is RatingValue => v === 1 || v === 2 || v === 3 || v === 4;

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State). */
export type CardStateValue = 0 | 1 | 2 | 3;

/** The FSRS columns of a `Card` row. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** The columns of a `ReviewLog` row that hold ts-fsrs's log (the state before the answer). */
export interface ReviewLogState {
  rating: RatingValue;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export interface SchedulerOptions {
  /** The learner's desired retention, 0.70–0.99 (settings); ts-fsrs's `request_retention`. */
  desiredRetention: number;
}

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;

const clampRetention = (r: number): number =>
  Number.isFinite(r) ? Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, r)) : DEFAULT_RETENTION;

/** The ts-fsrs parameters Wengu uses: FSRS-6 defaults, the learner's retention, no fuzz. */
export const parametersFor = (options: SchedulerOptions) =>
  generatorParameters({ request_retention: clampRetention(options.desiredRetention), enable_fuzz: false });

const schedulers = new Map<number, FSRS>();

/** One ts-fsrs instance per retention value (they are stateless between calls). */
export function schedulerFor(options: SchedulerOptions): FSRS {
  const retention = clampRetention(options.desiredRetention);
  let f = schedulers.get(retention);
  if (!f) {
    f = fsrs(parametersFor({ desiredRetention: retention }));
    schedulers.set(retention, f);
  }
  return f;
}

/** A card never answered, due at `now`. */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(c: CardState): FsrsCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    last_review: c.lastReview ?? undefined,
  };
}

export function fromFsrsCard(c: FsrsCard): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

export function fromFsrsLog(log: FsrsReviewLog): ReviewLogState {
  return {
    rating: log.rating as RatingValue,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

export interface ScheduledReview {
  /** The card after the answer. */
  card: CardState;
  /** ts-fsrs's log of the answer (the state before it). */
  log: ReviewLogState;
}

/** The card after answering it with `rating` at `now`. */
export function scheduleReview(card: CardState, rating: RatingValue, now: Date, options: SchedulerOptions): ScheduledReview {
  const item = schedulerFor(options).next(toFsrsCard(card), now, rating as Grade);
  return { card: fromFsrsCard(item.card), log: fromFsrsLog(item.log) };
}

/** When the card would next be due for each rating (the four buttons of a flashcard). */
export function previewDue(card: CardState, now: Date, options: SchedulerOptions): Record<RatingValue, Date> {
  const preview = schedulerFor(options).repeat(toFsrsCard(card), now);
  return {
    1: preview[Rating.Again].card.due,
    2: preview[Rating.Hard].card.due,
    3: preview[Rating.Good].card.due,
    4: preview[Rating.Easy].card.due,
  };
}

/** The probability of recalling the card at `now` (0..1); 0 for a new card. */
export function retrievability(card: CardState, now: Date, options: SchedulerOptions): number {
  if (card.state === State.New) return 0;
  return schedulerFor(options).get_retrievability(toFsrsCard(card), now, false);
}

/** The FSRS state columns as stored in `ReviewLog.after` (JSON). */
export function serialiseCardState(c: CardState): string {
  return JSON.stringify({ ...c, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null });
}

export function parseCardState(json: string): CardState | null {
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    if (typeof v.due !== "string") return null;
    return {
      due: new Date(v.due),
      stability: Number(v.stability),
      difficulty: Number(v.difficulty),
      elapsedDays: Number(v.elapsedDays),
      scheduledDays: Number(v.scheduledDays),
      learningSteps: Number(v.learningSteps),
      reps: Number(v.reps),
      lapses: Number(v.lapses),
      state: Number(v.state),
      lastReview: typeof v.lastReview === "string" ? new Date(v.lastReview) : null,
    };
  } catch {
    return null;
  }
}
