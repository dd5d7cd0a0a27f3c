"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { joinClassByCode } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { joinCodeInputSchema } from "@/lib/validations/teach";
import type { FormState } from "@/components/teach/form-state";

export async function joinClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const access = await authorize("student", "teacher");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const code = joinCodeInputSchema.safeParse(formData.get("code") ?? "");
  if (!code.success) return { ok: false, message: code.error.issues[0].message };
  const result = await joinClassByCode(db, access.user.id, code.data);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/student");
  redirect(`/join?joined=${encodeURIComponent(result.value.classId)}${result.value.alreadyMember ? "&already=1" : ""}`);
}
