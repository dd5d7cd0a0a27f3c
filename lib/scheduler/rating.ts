/**
 * From an objective answer to an FSRS rating. Flashcards are rated by the learner; every other
 * type is graded on the server and mapped here:
 * - wrong → Again;
 * - right but slow → Hard: slower than the type's threshold below (reading and choosing takes less
 *   time than typing or ordering; the thresholds are generous so that reading a long Chinese prompt
 *   is not counted as hesitation);
 * - right → Good.
 * The learner may correct the mapping before submitting: "I guessed" makes a right answer Hard
 * (Again for true/false, where a guess is right half the time), "too easy" makes it Easy.
 * Neither changes a wrong answer, which stays Again.
 */
import type { QuestionType } from "@/lib/bank/format";
import type { RatingValue } from "./fsrs";

export const OVERRIDES = ["guessed", "easy"] as const;
export type RatingOverride = (typeof OVERRIDES)[number];

/** Above this time (ms) a right answer counts as Hard. */
export const SLOW_THRESHOLD_MS: Record<QuestionType, number> = {
  true_false: 15_000,
  mcq: 25_000,
  multi: 35_000,
  cloze: 35_000,
  short_answer: 40_000,
  ordering: 60_000,
  matching: 60_000,
  flashcard: Number.POSITIVE_INFINITY, // self-rated
};

export interface ObjectiveAnswer {
  type: QuestionType;
  correct: boolean;
  durationMs: number;
  override?: RatingOverride | null;
}

export function ratingForAnswer({ type, correct, durationMs, override }: ObjectiveAnswer): RatingValue {
  if (!correct) return 1;
  if (override === "guessed") return type === "true_false" ? 1 : 2;
  if (override === "easy") return 4;
  return durationMs > SLOW_THRESHOLD_MS[type] ? 2 : 3;
}
