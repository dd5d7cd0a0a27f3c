"use client";

import { useTranslations } from "next-intl";
import type { QuestionType } from "@/lib/bank/format";

const BLANK = /_{2,}|（\s{2,}）/g;

/** The prompt, with a cloze's blank drawn as a blank. */
export function QuestionPrompt({ prompt, type, id }: { prompt: string; type: QuestionType; id?: string }) {
  const t = useTranslations("studyCommon");
  const parts = type === "cloze" ? prompt.split(BLANK) : [prompt];
  return (
    <p id={id} className="text-lg leading-relaxed sm:text-xl" lang="zh-CN">
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <span className="mx-1 inline-block min-w-16 border-b-2 border-brand-600 align-baseline" role="img" aria-label={t("blank")}>
              &nbsp;
            </span>
          )}
        </span>
      ))}
    </p>
  );
}
