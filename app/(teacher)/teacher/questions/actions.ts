"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/teach/form-state";
import { db } from "@/lib/server/db";
import { approveQuestion, approveQuestions, createManualQuestion, editQuestion, retireQuestion } from "@/lib/server/question-review";
import { authorize } from "@/lib/server/session";
import { approveSetDrafts } from "@/lib/server/sets";

const fields = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));

function revalidateQuestion(id: string) {
  revalidatePath(`/teacher/questions/${id}`);
  revalidatePath("/teacher/review");
}

/** Approve, retire or restore: the one-click status changes shown wherever a question is. */
export async function questionStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const id = String(formData.get("questionId") ?? "");
  const to = String(formData.get("status") ?? "");
  const result = to === "retired" ? await retireQuestion(db, access.user, id) : to === "active" ? await approveQuestion(db, access.user, id) : null;
  if (!result) return { ok: false, message: "generic" };
  if (!result.ok) return { ok: false, message: result.message };
  revalidateQuestion(id);
  const back = String(formData.get("revalidate") ?? "");
  if (back.startsWith("/teacher/")) revalidatePath(back);
  return { ok: true, message: to === "retired" ? "questionRetired" : "questionApproved" };
}

export async function editQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const input = fields(formData);
  const id = String(input.questionId ?? "");
  const result = await editQuestion(db, access.user, id, input, { approve: input.approve === "1" });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidateQuestion(id);
  return { ok: true, message: input.approve === "1" ? "questionSavedApproved" : "questionSaved" };
}

export async function createQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await createManualQuestion(db, access.user, fields(formData));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/teacher/questions");
  redirect(`/teacher/questions/${result.value.id}?created=1`);
}

export async function approvePageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const approved = await approveQuestions(db, access.user, formData.getAll("questionId").map(String));
  revalidatePath("/teacher/review");
  return { ok: true, message: "approvedMany", data: { count: approved } };
}

export async function approveSetDraftsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const setId = String(formData.get("setId") ?? "");
  const result = await approveSetDrafts(db, access.user, setId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/sets/${setId}`);
  return { ok: true, message: "approvedMany", data: { count: result.value.approved } };
}
