"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, Notice } from "@/components/ui";
import { signInAction, type SignInState } from "./actions";
import { AuthFormActions } from "../auth-form-actions";

export function SignInForm({ callbackUrl, justSignedUp }: { callbackUrl?: string; justSignedUp: boolean }) {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {justSignedUp && !state.error && <Notice tone="success">{t("signedUp")}</Notice>}
      {state.error && <Notice tone="error">{t(state.error === "generic" ? "invalidCredentials" : state.error)}</Notice>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.email} error={fe.email && tv(fe.email)} />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required error={fe.password && tv(fe.password)} />
      <AuthFormActions pending={pending} pendingLabel={t("pending")} submitLabel={t("submitSignIn")} otherHref="/signup" otherLabel={t("noAccount")} />
    </form>
  );
}
