"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui";
import { ActionForm, SubmitButton } from "./action-form";
import type { FormState } from "./form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Give a set to a class (or change an assignment): mode, open and due dates (wall-clock time in
 * the teacher's zone), and for quizzes a time limit and a number of attempts.
 */
export function AssignmentForm({
  action,
  classes,
  sets,
  fixed,
  defaults,
  submitLabel,
  narrow = false,
}: {
  action: Action;
  /** Choices when the class is not fixed. */
  classes?: { id: string; name: string }[];
  sets?: { id: string; title: string }[];
  fixed: Record<string, string>;
  defaults: { title: string; mode: "practice" | "quiz"; opensAt: string; dueAt: string; timeLimitMin?: string; maxAttempts?: string };
  submitLabel: string;
  /** One column (for a side panel). */
  narrow?: boolean;
}) {
  const t = useTranslations("teachAssign");
  const [mode, setMode] = useState(defaults.mode);
  const modeFixed = "mode" in fixed;
  return (
    <ActionForm action={action} className={narrow ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"} label={submitLabel}>
      {Object.entries(fixed).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {classes && (
        <div className="space-y-1">
          <label htmlFor="assign-class" className="block text-sm font-medium">{t("class")}</label>
          <select id="assign-class" name="classId" required className={inputClass} defaultValue={classes[0]?.id}>
            {classes.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
      )}
      {sets && (
        <div className="space-y-1">
          <label htmlFor="assign-set" className="block text-sm font-medium">{t("set")}</label>
          <select id="assign-set" name="setId" required className={inputClass} defaultValue={sets[0]?.id}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </div>
      )}
      <Field name="title" id="assign-title" label={t("title")} defaultValue={defaults.title} required maxLength={120} />
      {!modeFixed && (
        <fieldset className="space-y-1">
          <legend className="block text-sm font-medium">{t("mode")}</legend>
          <div className="flex flex-wrap gap-4 pt-1">
            {(["practice", "quiz"] as const).map((m) => (
              <label key={m} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                {t(`mode_${m}`)}
              </label>
            ))}
          </div>
          <p className="text-xs text-stone-500">{t(`modeHelp_${mode}`)}</p>
        </fieldset>
      )}
      <Field name="opensAt" id="assign-opens" type="datetime-local" label={t("opensAt")} defaultValue={defaults.opensAt} required />
      <Field name="dueAt" id="assign-due" type="datetime-local" label={t("dueAt")} defaultValue={defaults.dueAt} required />
      {mode === "quiz" && (
        <>
          <Field name="timeLimitMin" id="assign-limit" type="number" min={1} max={600} label={t("timeLimit")} hint={t("timeLimitHint")} defaultValue={defaults.timeLimitMin} />
          <Field name="maxAttempts" id="assign-attempts" type="number" min={1} max={100} label={t("maxAttempts")} hint={t("maxAttemptsHint")} defaultValue={defaults.maxAttempts} />
        </>
      )}
      <div className={narrow ? "" : "sm:col-span-2"}>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
