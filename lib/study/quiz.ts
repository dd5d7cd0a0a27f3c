/** Quiz rules shared by the server and the quiz page. */
import { z } from "zod";
import { answerInputSchema } from "./answer";

/** Answers arriving this long after a timed quiz's deadline are still taken (network, clock drift). */
export const QUIZ_GRACE_MS = 15_000;
export const DOCUMENT_QUIZ_SIZES = [5, 10, 20] as const;
export const DOCUMENT_QUIZ_MINUTES = [0, 5, 10, 20] as const;

export function quizDeadline(startedAt: Date, timeLimitSec: number | null): Date | null {
  return timeLimitSec ? new Date(startedAt.getTime() + timeLimitSec * 1000) : null;
}

export const quizAnswerSchema = answerInputSchema.pick({ questionId: true, answer: true, durationMs: true });
export type QuizAnswerInput = z.infer<typeof quizAnswerSchema>;

const key = z.string().min(8).max(100).regex(/^[A-Za-z0-9:_-]+$/);

export const startAssignmentQuizSchema = z.object({ assignmentId: z.string().min(1).max(100), key });

export const startDocumentQuizSchema = z.object({
  documentId: z.string().min(1).max(200),
  count: z.coerce.number().int().refine((n) => (DOCUMENT_QUIZ_SIZES as readonly number[]).includes(n)),
  minutes: z.coerce.number().int().refine((n) => (DOCUMENT_QUIZ_MINUTES as readonly number[]).includes(n)),
  key,
});
