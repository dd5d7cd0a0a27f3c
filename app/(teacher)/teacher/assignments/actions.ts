"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/teach/form-state";
import { createAssignment, deleteAssignment, updateAssignment } from "@/lib/server/assignments";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";

const fields = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));

export async function createAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const input = fields(formData);
  const result = await createAssignment(db, access.user, input, access.user.timezone);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/teacher/classes/${String(input.classId)}`);
  revalidatePath(`/teacher/sets/${String(input.setId)}`);
  revalidatePath("/student");
  return { ok: true, message: "assigned" };
}

export async function updateAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const input = fields(formData);
  const id = String(input.assignmentId ?? "");
  const result = await updateAssignment(db, access.user, id, input, access.user.timezone);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/teacher/assignments/${id}`);
  revalidatePath("/student");
  return { ok: true, message: "assignmentSaved" };
}

export async function deleteAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await deleteAssignment(db, access.user, String(formData.get("assignmentId") ?? ""));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/classes/${result.value.classId}`);
  revalidatePath("/student");
  return { ok: true, message: "assignmentDeleted" };
}
