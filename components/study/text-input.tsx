"use client";

import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";

interface Props {
  id: string;
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  disabled?: boolean;
  correct?: boolean;
}

/**
 * Typed answers (cloze, short answer). Enter submits, except the Enter that confirms a candidate
 * in a Chinese input method: during composition the browser reports `isComposing` (and Safari
 * keyCode 229), and that key press belongs to the IME.
 */
export function TextAnswerInput({ id, value, onChange, onSubmit, disabled, correct }: Props) {
  const t = useTranslations("studyPractice");
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    onSubmit();
  };
  const tone =
    correct === true ? "border-emerald-500" : correct === false ? "border-red-500" : "border-stone-300 dark:border-stone-700";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        {t("answerLabel")}
      </label>
      <input
        id={id}
        type="text"
        lang="zh-CN"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="done"
        value={value}
        disabled={disabled}
        placeholder={t("typePlaceholder")}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        className={`block min-h-12 w-full rounded-md border-2 bg-white px-3 py-2 text-lg text-stone-900 placeholder:text-stone-400 disabled:opacity-90 dark:bg-stone-950 dark:text-stone-100 ${tone}`}
      />
    </div>
  );
}
