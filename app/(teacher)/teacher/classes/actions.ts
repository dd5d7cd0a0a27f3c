"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  setClassArchived,
} from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import type { FormState } from "@/components/teach/form-state";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await createClass(db, access.user, { name: text(formData, "name") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${result.value.id}`);
}

export async function renameClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const classId = text(formData, "classId");
  const result = await renameClass(db, access.user, classId, { name: text(formData, "name") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath("/teacher");
  return { ok: true, message: "classRenamed" };
}

export async function archiveClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const classId = text(formData, "classId");
  const result = await setClassArchived(db, access.user, classId, text(formData, "archived") === "1");
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath("/teacher");
  return { ok: true, message: text(formData, "archived") === "1" ? "classArchived" : "classRestored" };
}

export async function regenerateJoinCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const classId = text(formData, "classId");
  const result = await regenerateJoinCode(db, access.user, classId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, message: "joinCodeRegenerated" };
}

export async function removeStudentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const classId = text(formData, "classId");
  const result = await removeStudent(db, access.user, classId, text(formData, "userId"));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, message: "studentRemoved" };
}
