"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { fieldErrorsOf } from "@/lib/domain/result";
import { LOCALE_COOKIE } from "@/lib/i18n/request";
import { studySettingsSchema } from "@/lib/study/settings";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { saveStudySettings } from "@/lib/server/student-settings";

export interface SettingsState {
  saved?: boolean;
  fieldErrors?: Record<string, string>;
  error?: string;
  values?: Record<string, string>;
}

const FIELDS = ["newPerDay", "reviewsPerDay", "desiredRetention", "locale", "timezone"] as const;

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const access = await authorize("student", "teacher");
  if (!access.ok) return { error: "forbidden" };
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const parsed = studySettingsSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  await saveStudySettings(db, access.user.id, parsed.data);
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  revalidatePath("/", "layout");
  return { saved: true, values };
}
