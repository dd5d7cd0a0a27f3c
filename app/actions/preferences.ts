"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale } from "@/lib/domain/constants";
import { LOCALE_COOKIE } from "@/lib/i18n/request";
import { getCurrentUser } from "@/lib/server/session";
import { setUserLocale } from "@/lib/server/users";

/** Switches the interface language; remembered in a cookie and, when signed in, in the settings. */
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
}
