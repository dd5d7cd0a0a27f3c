"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { FormState } from "@/components/teach/form-state";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { createSetFromFilter } from "@/lib/server/sets";
import { deleteOwnDocument, markForRetry, processUploadedDocument, setDocumentShared } from "@/lib/server/uploads";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

export async function shareDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const id = text(formData, "documentId");
  const shared = text(formData, "shared") === "1";
  const result = await setDocumentShared(db, access.user, id, shared);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/teacher/documents/${id}`);
  return { ok: true, message: shared ? "documentShared" : "documentUnshared" };
}

export async function retryDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const id = text(formData, "documentId");
  const result = await markForRetry(db, access.user, id);
  if (!result.ok) return { ok: false, message: result.message };
  after(() => processUploadedDocument(db, id));
  revalidatePath(`/teacher/documents/${id}`);
  return { ok: true, message: "documentRetrying" };
}

export async function deleteDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await deleteOwnDocument(db, access.user, text(formData, "documentId"));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/teacher/documents");
  redirect("/teacher/documents");
}

/** "Build a set from this document": every question not retired, in the order of the text. */
export async function setFromDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const result = await createSetFromFilter(db, access.user, { title: text(formData, "title") }, { documentId: text(formData, "documentId") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${result.value.id}`);
}
