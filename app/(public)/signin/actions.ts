"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/config";
import { isLocale, isRole } from "@/lib/domain/constants";
import { fieldErrorsOf } from "@/lib/domain/result";
import { LOCALE_COOKIE } from "@/lib/i18n/request";
import { signIn } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { signInSchema } from "@/lib/validations/auth";

export interface SignInState {
  error?: "invalidCredentials" | "rateLimited" | "generic";
  fieldErrors?: Record<string, string>;
  email?: string;
}

/** Only a path on this site is followed after signing in (an absolute URL keeps its path only). */
function safeCallback(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "http://wengu.invalid");
    const path = parsed.pathname + parsed.search;
    return path.startsWith("/") && !path.startsWith("//") && path !== "/signin" ? path : null;
  } catch {
    return null;
  }
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), email };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (error.type === "CredentialsSignin") return { error: code === "rate_limited" ? "rateLimited" : "invalidCredentials", email };
      return { error: "generic", email };
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { role: true, locale: true } });
  if (!user) return { error: "invalidCredentials", email };
  if (isLocale(user.locale))
    (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  redirect(safeCallback(parsed.data.callbackUrl) ?? ROLE_HOME[isRole(user.role) ? user.role : "student"]);
}
