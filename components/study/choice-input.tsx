"use client";

import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Draft } from "@/lib/study/draft";
import type { ExpectedAnswer, QuestionView } from "@/lib/study/question";

type ChoiceDraft = Extract<Draft, { type: "mcq" | "multi" | "true_false" }>;

interface Props {
  question: QuestionView;
  draft: ChoiceDraft;
  onChange: (d: ChoiceDraft) => void;
  /** After answering: the right answer, to mark the options. */
  expected?: ExpectedAnswer;
  disabled?: boolean;
}

/** Single choice, multiple choice and true/false: native radios and checkboxes, numbered 1–n. */
export function ChoiceInput({ question, draft, onChange, expected, disabled }: Props) {
  const t = useTranslations("studyCommon");
  const tp = useTranslations("studyPractice");
  const options: { value: string; label: string }[] =
    draft.type === "true_false"
      ? [
          { value: "true", label: t("true") },
          { value: "false", label: t("false") },
        ]
      : (question.options ?? []).map((o) => ({ value: o, label: o }));
  const isChosen = (value: string) =>
    draft.type === "mcq" ? draft.choice === value : draft.type === "multi" ? draft.chosen.includes(value) : String(draft.value) === value;
  const isRight = (value: string): boolean | undefined => {
    if (!expected) return undefined;
    if (expected.type === "boolean") return String(expected.value) === value;
    if (expected.type === "choice") return expected.values.includes(value);
    return undefined;
  };
  const choose = (value: string) => {
    if (draft.type === "mcq") onChange({ ...draft, choice: value });
    else if (draft.type === "true_false") onChange({ ...draft, value: value === "true" });
    else onChange({ ...draft, chosen: draft.chosen.includes(value) ? draft.chosen.filter((x) => x !== value) : [...draft.chosen, value] });
  };
  const multi = draft.type === "multi";
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="sr-only">{tp("answerLabel")}</legend>
      {multi && <p className="text-sm text-stone-600 dark:text-stone-400">{tp("multiHint")}</p>}
      <div className={draft.type === "true_false" ? "grid grid-cols-2 gap-2" : "grid gap-2"}>
        {options.map((o, i) => {
          const chosen = isChosen(o.value);
          const right = isRight(o.value);
          const tone =
            right === true
              ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950"
              : right === false && chosen
                ? "border-red-500 bg-red-50 dark:bg-red-950"
                : chosen
                  ? "border-brand-600 bg-brand-50 dark:bg-stone-800"
                  : "border-stone-300 dark:border-stone-700";
          return (
            <label
              key={o.value}
              className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 text-base transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${tone} ${disabled ? "cursor-default" : "hover:border-brand-600"}`}
            >
              <input
                type={multi ? "checkbox" : "radio"}
                name={`answer-${question.id}`}
                value={o.value}
                checked={chosen}
                onChange={() => choose(o.value)}
                className="sr-only"
              />
              <kbd aria-hidden className="flex h-7 w-7 shrink-0 items-center justify-center rounded border border-stone-300 font-mono text-xs text-stone-500 dark:border-stone-600">
                {i + 1}
              </kbd>
              <span className="flex-1">{o.label}</span>
              {right === true && <Check aria-hidden className="text-emerald-600" size={20} />}
              {right === false && chosen && <X aria-hidden className="text-red-600" size={20} />}
              {multi && !expected && (
                <span aria-hidden className={`h-5 w-5 rounded border-2 ${chosen ? "border-brand-600 bg-brand-600" : "border-stone-400"}`} />
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
