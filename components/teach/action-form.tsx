"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { FormState } from "./form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form posting to a server action, with the outcome announced next to it. `confirm` (a
 * "teachMessages" key) asks before submitting, for things that cannot be undone.
 */
export function ActionForm({
  action,
  children,
  className = "",
  confirm,
  inline = false,
  label,
}: {
  action: Action;
  children: ReactNode;
  className?: string;
  confirm?: string;
  inline?: boolean;
  /** Accessible name of the form, when a page has several of the same kind. */
  label?: string;
}) {
  const t = useTranslations("teachMessages");
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const message = state.message ?? (state.fieldErrors ? Object.values(state.fieldErrors)[0] : undefined);
  return (
    <form
      action={formAction}
      aria-label={label}
      className={inline ? `inline-flex flex-wrap items-center gap-2 ${className}` : className}
      onSubmit={(e) => {
        if (confirm && !window.confirm(t(confirm))) e.preventDefault();
      }}
    >
      {children}
      {message && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}>
          {t.has(message) ? t(message, state.data ?? {}) : t("generic")}
        </p>
      )}
    </form>
  );
}

/** A submit button that disables itself while its form is being sent. */
export function SubmitButton({
  children,
  variant = "primary",
  className = "",
  name,
  value,
  ariaLabel,
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "ghost" | "danger";
  className?: string;
  name?: string;
  value?: string;
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} className={className} name={name} value={value} aria-label={ariaLabel}>
      {children}
    </Button>
  );
}
