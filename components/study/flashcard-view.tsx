"use client";

import { useTranslations } from "next-intl";
import { RATINGS, type RatingValue } from "@/lib/scheduler/fsrs";
import { intervalParts } from "@/lib/study/interval";
import type { QuestionView } from "@/lib/study/question";
import { SourcePassageView } from "./source-passage";

const ratingTone: Record<RatingValue, string> = {
  1: "border-red-400 hover:bg-red-50 dark:hover:bg-red-950",
  2: "border-amber-400 hover:bg-amber-50 dark:hover:bg-amber-950",
  3: "border-emerald-500 hover:bg-emerald-50 dark:hover:bg-emerald-950",
  4: "border-sky-500 hover:bg-sky-50 dark:hover:bg-sky-950",
};

interface Props {
  question: QuestionView;
  revealed: boolean;
  onReveal: () => void;
  /** Rating buttons: absent in a quiz's review. */
  onRate?: (rating: RatingValue) => void;
  /** When each rating would bring the card back, and the time they were computed at. */
  intervals?: Record<RatingValue, string>;
  servedAt?: string;
  busy?: boolean;
  /** The rating chosen (a quiz keeps it until submission). */
  selected?: number;
}

/** A flashcard: the front, Space to reveal the back and its passage, then 1–4 to rate. */
export function FlashcardView({ question, revealed, onReveal, onRate, intervals, servedAt, busy, selected }: Props) {
  const t = useTranslations("studyCommon");
  const tp = useTranslations("studyPractice");
  const from = servedAt ? new Date(servedAt).getTime() : 0;
  return (
    <div className="space-y-4">
      <div className="rounded-md border border-dashed border-stone-300 p-4 text-xl font-medium dark:border-stone-700" lang="zh-CN">
        {question.front}
      </div>
      {revealed ? (
        <>
          <div className="rounded-md bg-stone-100 p-4 text-lg leading-relaxed dark:bg-stone-800" lang="zh-CN" data-testid="flashcard-back">
            {question.back}
          </div>
          {question.source && <SourcePassageView source={question.source} />}
          {onRate && (
            <div>
              <p className="mb-2 text-sm font-medium">{tp("rateLabel")}</p>
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {RATINGS.map((r) => (
                  <button
                    key={r}
                    type="button"
                    disabled={busy}
                    aria-pressed={selected === undefined ? undefined : selected === r}
                    onClick={() => onRate(r)}
                    className={`flex min-h-14 flex-col items-center justify-center rounded-md border-2 px-2 py-1 disabled:opacity-60 ${selected === r ? "bg-stone-200 dark:bg-stone-700" : "bg-white dark:bg-stone-900"} ${ratingTone[r]}`}
                  >
                    <span className="font-medium">
                      <kbd className="mr-1 font-mono text-xs text-stone-500">{r}</kbd>
                      {t(`ratings.${r}`)}
                    </span>
                    {intervals && (
                      <span className="text-xs text-stone-600 dark:text-stone-400" data-testid={`interval-${r}`}>
                        {t("interval", intervalParts(from, new Date(intervals[r]).getTime()))}
                      </span>
                    )}
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      ) : (
        <button type="button" onClick={onReveal} className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {tp("reveal")}
          <kbd className="rounded border border-white/50 px-1.5 font-mono text-xs">Space</kbd>
        </button>
      )}
    </div>
  );
}
