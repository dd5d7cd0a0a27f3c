"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, Notice } from "@/components/ui";
import type { FormState } from "@/components/teach/form-state";
import { joinClassAction } from "./actions";

/** Typing a code (code undefined) or confirming the code of a join link; on success the action redirects to /join?joined=…. */
export function JoinForm({ code, className }: { code?: string; className?: string }) {
  const t = useTranslations("teachJoin");
  const tm = useTranslations("teachMessages");
  const [state, action, pending] = useActionState<FormState, FormData>(joinClassAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          name="code"
          label={t("codeLabel")}
          hint={t("codeHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
          error={state.ok === false && state.message ? (tm.has(state.message) ? tm(state.message) : tm("generic")) : undefined}
        />
      )}
      {code && state.ok === false && state.message && <Notice tone="error">{tm.has(state.message) ? tm(state.message) : tm("generic")}</Notice>}
      <Button type="submit" disabled={pending} className={className}>
        {pending ? t("joining") : t(code ? "joinClass" : "submit")}
      </Button>
    </form>
  );
}
