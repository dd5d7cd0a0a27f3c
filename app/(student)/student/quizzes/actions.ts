"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { quizAnswerSchema, startAssignmentQuizSchema, startDocumentQuizSchema } from "@/lib/study/quiz";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { saveQuizAnswer, startAssignmentQuiz, startDocumentQuiz, submitAttempt } from "@/lib/server/quiz";
import { authorize } from "@/lib/server/session";

export async function startAssignmentQuizAction(formData: FormData): Promise<void> {
  const access = await authorize("student", "teacher");
  if (!access.ok) redirect("/signin");
  const parsed = startAssignmentQuizSchema.safeParse({ assignmentId: formData.get("assignmentId"), key: formData.get("key") });
  if (!parsed.success) redirect("/student/quizzes?error=invalid");
  const started = await startAssignmentQuiz(db, access.user.id, parsed.data.assignmentId, parsed.data.key, await now());
  if (!started.ok) redirect(`/student/quizzes?error=${started.code}`);
  redirect(`/student/quizzes/${started.value.attemptId}`);
}

export async function startDocumentQuizAction(formData: FormData): Promise<void> {
  const access = await authorize("student", "teacher");
  if (!access.ok) redirect("/signin");
  const parsed = startDocumentQuizSchema.safeParse({
    documentId: formData.get("documentId"),
    count: formData.get("count"),
    minutes: formData.get("minutes"),
    key: formData.get("key"),
  });
  if (!parsed.success) redirect("/student/quizzes?error=invalid");
  const started = await startDocumentQuiz(db, access.user.id, parsed.data, await now());
  if (!started.ok) redirect(`/student/quizzes?error=${started.code}`);
  redirect(`/student/quizzes/${started.value.attemptId}`);
}

export type QuizActionResult = { ok: true } | { ok: false; code: string };

const attemptIdSchema = z.string().min(1).max(100);

/** Saves one answer of an open attempt (called by the quiz page as the student moves on). */
export async function saveQuizAnswerAction(attemptId: string, input: unknown): Promise<QuizActionResult> {
  const access = await authorize("student", "teacher");
  if (!access.ok) return { ok: false, code: access.code };
  const id = attemptIdSchema.safeParse(attemptId);
  const parsed = quizAnswerSchema.safeParse(input);
  if (!id.success || !parsed.success) return { ok: false, code: "invalid" };
  const saved = await saveQuizAnswer(db, access.user.id, id.data, parsed.data, await now());
  return saved.ok ? { ok: true } : { ok: false, code: saved.code };
}

export async function submitQuizAction(attemptId: string): Promise<QuizActionResult> {
  const access = await authorize("student", "teacher");
  if (!access.ok) return { ok: false, code: access.code };
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) return { ok: false, code: "invalid" };
  const done = await submitAttempt(db, access.user, id.data, await now());
  return done.ok ? { ok: true } : { ok: false, code: done.code };
}
