/**
 * What the client sends for one answer (validated by the route handler and the quiz actions),
 * and how a stored question is graded. Grading itself is the content pipeline's `gradeAnswer`.
 */
import { z } from "zod";
import { gradeAnswer, type GivenAnswer } from "@/lib/content/generate/grade";
import { OVERRIDES } from "@/lib/scheduler/rating";
import { toBankQuestion, type QuestionRow } from "./question";

/** An answer as JSON: a choice, a list, pairs, a boolean, typed text or a flashcard rating. */
const givenAnswerSchema = z.union([
  z.string().max(2_000),
  z.number().int().min(0).max(1_000),
  z.boolean(),
  z.array(z.string().max(2_000)).max(50),
  z.array(z.tuple([z.string().max(2_000), z.string().max(2_000)])).max(50),
  z.null(),
]);

export const answerInputSchema = z.object({
  questionId: z.string().min(1).max(200),
  answer: givenAnswerSchema,
  /** Time from showing the question to submitting it; clamped to an hour. */
  durationMs: z.number().int().min(0).transform((ms) => Math.min(ms, 3_600_000)),
  /** A UUID made by the client when it shows the question: a retry sends the same one. */
  idempotencyKey: z.string().min(8).max(100).regex(/^[A-Za-z0-9:_-]+$/),
  override: z.enum(OVERRIDES).nullish(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

export interface Graded {
  correct: boolean;
  /** 0..1, share of parts right. */
  score: number;
}

export function gradeStored(row: QuestionRow, given: unknown): Graded {
  const r = gradeAnswer(toBankQuestion(row), given as GivenAnswer);
  return { correct: r.correct, score: r.score };
}

/** A flashcard's answer is the learner's rating 1–4. */
export function flashcardRating(given: unknown): 1 | 2 | 3 | 4 | null {
  return given === 1 || given === 2 || given === 3 || given === 4 ? given : null;
}
