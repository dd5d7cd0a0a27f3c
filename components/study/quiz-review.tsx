"use client";

import { CheckCircle2, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ExpectedAnswer, QuestionView, SourcePassage } from "@/lib/study/question";
import { ExpectedAnswerView } from "./expected-answer";
import { GivenAnswerView } from "./given-answer";
import { QuestionPrompt } from "./question-prompt";
import { SourcePassageView } from "./source-passage";

export interface ReviewItem {
  question: QuestionView;
  given: unknown;
  correct: boolean;
  answered: boolean;
  expected: ExpectedAnswer;
  explanation: string;
  source: SourcePassage;
}

/** Every question of a submitted quiz: the student's answer, the right one, the explanation and the passage. */
export function QuizReview({ items }: { items: ReviewItem[] }) {
  const t = useTranslations("studyQuiz");
  const tc = useTranslations("studyCommon");
  return (
    <ol className="space-y-4" data-testid="quiz-review">
      {items.map((item, i) => (
        <li
          key={item.question.id}
          data-correct={item.correct}
          className={`rounded-lg border-l-4 bg-white p-4 shadow-sm dark:bg-stone-900 ${item.correct ? "border-emerald-500" : "border-red-500"}`}
        >
          <div className="mb-2 flex items-center gap-2 text-sm">
            {item.correct ? (
              <CheckCircle2 aria-label={tc("right")} className="text-emerald-600" size={18} />
            ) : (
              <XCircle aria-label={tc("wrong")} className="text-red-600" size={18} />
            )}
            <span className="font-medium">{i + 1}.</span>
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-800">{tc(`types.${item.question.type}`)}</span>
          </div>
          {item.question.type === "flashcard" ? (
            <p className="text-lg">{item.question.front}</p>
          ) : (
            <QuestionPrompt prompt={item.question.prompt} type={item.question.type} />
          )}
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-stone-600 dark:text-stone-400">{t("yourAnswer")}</dt>
              <dd className={item.correct ? "" : "text-red-700 dark:text-red-400"}>
                <GivenAnswerView type={item.question.type} given={item.answered ? item.given : null} />
              </dd>
            </div>
            <div>
              <dt className="text-sm text-stone-600 dark:text-stone-400">{tc("correctAnswer")}</dt>
              <dd className="font-medium">
                <ExpectedAnswerView expected={item.expected} />
              </dd>
            </div>
          </dl>
          {item.explanation && <p className="mt-3 text-sm leading-relaxed text-stone-700 dark:text-stone-300">{item.explanation}</p>}
          <div className="mt-3">
            <SourcePassageView source={item.source} />
          </div>
        </li>
      ))}
    </ol>
  );
}
