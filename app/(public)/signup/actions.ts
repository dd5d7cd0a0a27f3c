"use server";

import { redirect } from "next/navigation";
import { fieldErrorsOf } from "@/lib/domain/result";
import { createStudentAccount } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validations/auth";

export interface SignUpState {
  fieldErrors?: Record<string, string>;
  values?: { name: string; email: string };
}

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = signUpSchema.safeParse({ ...values, password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const created = await createStudentAccount(parsed.data);
  if (!created.ok) return { fieldErrors: created.fieldErrors, values };
  redirect("/signin?registered=1");
}
