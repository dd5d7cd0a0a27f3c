"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/teach/form-state";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import {
  addFilteredToSet,
  addQuestionsToSet,
  createSet,
  createSetFromFilter,
  deleteSet,
  moveSetItem,
  removeQuestionFromSet,
  updateSet,
  type Move,
} from "@/lib/server/sets";
import { MAX_SET_SIZE, questionFilterSchema } from "@/lib/validations/teach";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");
const filterOf = (formData: FormData) => questionFilterSchema.parse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));

export async function createSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await createSet(db, access.user, { title: text(formData, "title"), description: text(formData, "description") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${result.value.id}`);
}

export async function buildSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const parsedFilter = questionFilterSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsedFilter.success) return { ok: false, message: "generic" };
  const limit = Number(text(formData, "limit")) || MAX_SET_SIZE;
  const result = await createSetFromFilter(db, access.user, { title: text(formData, "title") }, parsedFilter.data, limit);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${result.value.id}`);
}

export async function updateSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const setId = text(formData, "setId");
  const result = await updateSet(db, access.user, setId, { title: text(formData, "title"), description: text(formData, "description") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/teacher/sets/${setId}`);
  return { ok: true, message: "setSaved" };
}

export async function deleteSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await deleteSet(db, access.user, text(formData, "setId"));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/teacher/sets");
  redirect("/teacher/sets");
}

export async function moveItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const setId = text(formData, "setId");
  const move = text(formData, "move");
  if (!["up", "down", "top", "bottom"].includes(move)) return { ok: false, message: "generic" };
  const result = await moveSetItem(db, access.user, setId, text(formData, "questionId"), move as Move);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/sets/${setId}`);
  return {};
}

export async function removeItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const setId = text(formData, "setId");
  const result = await removeQuestionFromSet(db, access.user, setId, text(formData, "questionId"));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/sets/${setId}`);
  return {};
}

export async function addSelectedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const setId = text(formData, "setId");
  const ids = formData.getAll("questionId").map(String);
  const result = formData.get("all") === "1"
    ? await addFilteredToSet(db, access.user, setId, filterOf(formData))
    : await addQuestionsToSet(db, access.user, setId, ids);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/sets/${setId}`);
  return { ok: true, message: result.value.skippedFull > 0 ? "addedSomeSetFull" : "addedToSet", data: { added: result.value.added } };
}
