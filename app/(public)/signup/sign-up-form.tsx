"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui";
import { signUpAction, type SignUpState } from "./actions";
import { AuthFormActions } from "../auth-form-actions";

export function SignUpForm() {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const fe = state.fieldErrors ?? {};
  const err = (k: string) => (fe[k] ? tv(fe[k]) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name} error={err("name")} />
      <Field name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values?.email} error={err("email")} />
      <Field name="password" type="password" label={t("password")} autoComplete="new-password" required hint={t("passwordHint")} error={err("password")} />
      <Field name="confirm" type="password" label={t("confirmPassword")} autoComplete="new-password" required error={err("confirm")} />
      <AuthFormActions pending={pending} pendingLabel={t("pending")} submitLabel={t("submitSignUp")} otherHref="/signin" otherLabel={t("haveAccount")} />
    </form>
  );
}
