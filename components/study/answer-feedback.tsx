"use client";

import { CheckCircle2, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { intervalParts } from "@/lib/study/interval";
import type { AnswerResult } from "@/lib/study/types";
import { ExpectedAnswerView, givenText } from "./expected-answer";
import { SourcePassageView } from "./source-passage";

/** After an answer: right or wrong, the right answer, the explanation, the passage, when it comes back. */
export function AnswerFeedback({ result, showNextReview = true }: { result: AnswerResult; showNextReview?: boolean }) {
  const t = useTranslations("studyCommon");
  const tp = useTranslations("studyPractice");
  const given = result.expected.type === "text" ? givenText(result.given) : null;
  const next = intervalParts(new Date(result.answeredAt).getTime(), new Date(result.nextDue).getTime());
  return (
    <div className="space-y-4" data-testid="answer-feedback">
      <p
        role="status"
        data-correct={result.correct}
        className={`flex items-center gap-2 text-lg font-semibold ${result.correct ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
      >
        {result.correct ? <CheckCircle2 aria-hidden size={22} /> : <XCircle aria-hidden size={22} />}
        {result.correct ? t("right") : t("wrong")}
      </p>
      <dl className="space-y-3">
        {!result.correct && given !== null && (
          <div>
            <dt className="text-sm font-medium text-stone-600 dark:text-stone-400">{t("yourAnswer")}</dt>
            <dd className="line-through decoration-red-500">{given || t("noAnswer")}</dd>
          </div>
        )}
        <div>
          <dt className="text-sm font-medium text-stone-600 dark:text-stone-400">{t("correctAnswer")}</dt>
          <dd className="font-medium" data-testid="correct-answer">
            <ExpectedAnswerView expected={result.expected} />
          </dd>
        </div>
        {result.explanation && (
          <div>
            <dt className="text-sm font-medium text-stone-600 dark:text-stone-400">{t("explanation")}</dt>
            <dd className="leading-relaxed">{result.explanation}</dd>
          </div>
        )}
      </dl>
      <SourcePassageView source={result.source} />
      {showNextReview && (
        <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="next-review">
          {tp("nextReview", { when: t("inInterval", next) })}
        </p>
      )}
    </div>
  );
}
