"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { studyDocument } from "@/lib/server/study-deck";

const schema = z.object({ documentId: z.string().min(1).max(200) });

/** "Study this document": its new questions go to the front of the practice queue. */
export async function studyDocumentAction(formData: FormData): Promise<void> {
  const access = await authorize("student", "teacher");
  if (!access.ok) redirect("/signin");
  const parsed = schema.safeParse({ documentId: formData.get("documentId") });
  if (!parsed.success) redirect("/student/documents");
  const moved = await studyDocument(db, access.user.id, parsed.data.documentId, await now());
  if (moved === null) redirect("/student/documents");
  redirect("/student/practice");
}
