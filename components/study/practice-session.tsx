"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ArrowRight, PartyPopper } from "lucide-react";
import { buttonClass, Notice } from "@/components/ui";
import type { RatingValue } from "@/lib/scheduler/fsrs";
import type { RatingOverride } from "@/lib/scheduler/rating";
import { draftForDigit, emptyDraft, isComplete, toGiven, type Draft, type GivenAnswer } from "@/lib/study/draft";
import type { AnswerOutcome, AnswerResult, NextQuestion } from "@/lib/study/types";
import { newIdempotencyKey } from "@/lib/study/uuid";
import { AnswerFeedback } from "./answer-feedback";
import { isPlainKey, keyBelongsToControl } from "./keyboard";
import { postJson } from "./post-json";
import { QuestionCard } from "./question-card";

type Phase = "answer" | "saving" | "feedback";

/**
 * The practice loop in the browser: one question at a time, answered through
 * POST /api/study/answer, which returns the result and the next question together, so the next
 * one is on screen the moment the learner continues. The idempotency key is made when a question
 * is shown and reused by every retry of its answer.
 */
export function PracticeSession({ initial }: { initial: NextQuestion }) {
  const t = useTranslations("studyPractice");
  const tc = useTranslations("studyCommon");
  const router = useRouter();
  const [current, setCurrent] = useState<NextQuestion>(initial);
  const [draft, setDraft] = useState<Draft | null>(() => (initial.item ? emptyDraft(initial.item.question) : null));
  const [phase, setPhase] = useState<Phase>("answer");
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [queued, setQueued] = useState<NextQuestion | null>(null);
  const [override, setOverride] = useState<RatingOverride | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => newIdempotencyKey());
  const shownAt = useRef(0);
  const inFlight = useRef(false);
  const continueRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);

  const item = current.item;
  const itemKey = item ? `${item.cardId}:${item.servedAt}` : "done";

  useEffect(() => {
    shownAt.current = performance.now();
  }, [itemKey]);

  const show = useCallback((next: NextQuestion) => {
    setCurrent(next);
    setDraft(next.item ? emptyDraft(next.item.question) : null);
    setPhase("answer");
    setResult(null);
    setQueued(null);
    setOverride(null);
    setError(null);
    setIdempotencyKey(newIdempotencyKey());
    cardRef.current?.scrollIntoView({ block: "nearest" });
  }, []);

  const submit = useCallback(
    async (rating?: RatingValue) => {
      if (!item || !draft || inFlight.current || phase !== "answer") return;
      const isFlashcard = item.question.type === "flashcard";
      if (!isFlashcard && !isComplete(item.question, draft)) {
        setError(t("invalidAnswer"));
        return;
      }
      if (isFlashcard && !rating) return;
      const answer: GivenAnswer = isFlashcard ? rating! : toGiven(item.question, draft);
      inFlight.current = true;
      setPhase("saving");
      setError(null);
      const res = await postJson<AnswerOutcome>("/api/study/answer", {
        questionId: item.question.id,
        answer,
        durationMs: Math.max(0, Math.round(performance.now() - shownAt.current)),
        idempotencyKey,
        override: isFlashcard ? null : override,
      });
      inFlight.current = false;
      if (res.ok) {
        if (isFlashcard) {
          show(res.data.next);
        } else {
          setResult(res.data.result);
          setQueued(res.data.next);
          setCurrent((c) => ({ ...c, counts: res.data.next.counts }));
          setPhase("feedback");
        }
        return;
      }
      setPhase("answer");
      if (res.status === 401) {
        router.push("/signin");
      } else if (res.status === 404) {
        setError(t("notFound"));
        router.refresh();
      } else if (res.status === 0 || res.status >= 500) {
        setError(t("networkError"));
      } else {
        setError(t("invalidAnswer"));
      }
    },
    [item, draft, phase, idempotencyKey, override, show, t, router],
  );

  const proceed = useCallback(() => {
    if (phase === "feedback" && queued) show(queued);
  }, [phase, queued, show]);

  useEffect(() => {
    if (phase === "feedback") continueRef.current?.focus();
  }, [phase]);

  // 1–4 choose or rate, Enter submits or continues, Space reveals a flashcard
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isPlainKey(e) || !item || !draft) return;
      const { typing, control } = keyBelongsToControl(e);
      if (phase === "feedback") {
        if ((e.key === "Enter" || e.key === " ") && !control && !typing) {
          e.preventDefault();
          proceed();
        }
        return;
      }
      if (phase !== "answer" || typing) return;
      const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : null;
      if (draft.type === "flashcard") {
        if (e.key === " " && !draft.revealed && !control) {
          e.preventDefault();
          setDraft({ ...draft, revealed: true });
        } else if (draft.revealed && digit && digit <= 4) {
          e.preventDefault();
          void submit(digit as RatingValue);
        }
        return;
      }
      if (digit) {
        const d = draftForDigit(item.question, draft, digit);
        if (d) {
          e.preventDefault();
          setDraft(d);
        }
      } else if (e.key === "Enter" && !control) {
        e.preventDefault();
        void submit();
      }
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const counts = current.counts;
  const header = (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400" data-testid="practice-counts">
      <span>{t("dueCount", { count: counts.due })}</span>
      <span>{t("newCount", { count: counts.new })}</span>
      <span>{t("answeredToday", { count: counts.answeredToday })}</span>
    </div>
  );

  if (!item || !draft) {
    return (
      <>
        {header}
        <section className="rounded-lg border border-stone-200 bg-white p-6 text-center shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="practice-done">
          <PartyPopper aria-hidden className="mx-auto mb-3 text-brand-600" size={36} />
          <h2 className="text-xl font-semibold">{t("doneTitle")}</h2>
          <p className="mt-2 text-stone-600 dark:text-stone-400">{t("doneBody")}</p>
          <div className="mt-4 flex flex-wrap justify-center gap-2">
            <Link href="/student" className={buttonClass("secondary")}>
              {t("backToToday")}
            </Link>
            <Link href="/student/quizzes" className={buttonClass("primary")}>
              {t("takeQuiz")}
            </Link>
          </div>
        </section>
      </>
    );
  }

  const isFlashcard = item.question.type === "flashcard";
  const locked = phase !== "answer";
  return (
    <>
      {header}
      <section
        ref={cardRef}
        key={itemKey}
        className="min-h-[26rem] scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-6"
        aria-busy={phase === "saving"}
      >
        <QuestionCard
          question={item.question}
          draft={draft}
          onDraft={setDraft}
          onSubmit={() => void submit()}
          locked={locked}
          expected={result?.expected}
          correct={result?.correct}
          onRate={(r) => void submit(r)}
          intervals={item.intervals}
          servedAt={item.servedAt}
          busy={phase === "saving"}
          badge={tc(`states.${item.state}`)}
        />
        {error && (
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <Notice tone="error">{error}</Notice>
          </div>
        )}
        {!isFlashcard && phase !== "feedback" && (
          <div className="mt-6 space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-stone-600 dark:text-stone-400">{t("overrideLabel")}</span>
              {(["guessed", "easy"] as const).map((o) => (
                <button
                  key={o}
                  type="button"
                  aria-pressed={override === o}
                  disabled={locked}
                  onClick={() => setOverride(override === o ? null : o)}
                  className={`rounded-full border px-3 py-1 ${override === o ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 dark:border-stone-700"}`}
                >
                  {o === "guessed" ? t("guessed") : t("tooEasy")}
                </button>
              ))}
            </div>
            <div className="flex items-center justify-between gap-3">
              <p className="hidden text-xs text-stone-500 sm:block">{t("keyboardHelp")}</p>
              <button type="button" onClick={() => void submit()} disabled={locked} className={buttonClass("primary", "w-full sm:w-auto sm:min-w-32")}>
                {phase === "saving" ? t("submitting") : error === t("networkError") ? t("retry") : t("submit")}
              </button>
            </div>
          </div>
        )}
        {phase === "feedback" && result && (
          <div className="mt-6 space-y-4 border-t border-stone-200 pt-4 dark:border-stone-800">
            <AnswerFeedback result={result} />
            <div className="flex justify-end">
              <button ref={continueRef} type="button" onClick={proceed} className={buttonClass("primary", "w-full sm:w-auto sm:min-w-32")}>
                {t("continue")}
                <ArrowRight aria-hidden size={16} />
              </button>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
