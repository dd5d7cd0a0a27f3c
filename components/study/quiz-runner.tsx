"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ArrowLeft, ArrowRight, Timer } from "lucide-react";
import { saveQuizAnswerAction, submitQuizAction } from "@/app/(student)/student/quizzes/actions";
import { buttonClass, Notice } from "@/components/ui";
import { draftForDigit, draftFromGiven, isComplete, toGiven, type Draft } from "@/lib/study/draft";
import type { QuestionView } from "@/lib/study/question";
import { isPlainKey, keyBelongsToControl } from "./keyboard";
import { QuestionCard } from "./question-card";

interface Props {
  attemptId: string;
  title: string;
  questions: QuestionView[];
  answers: Record<string, unknown>;
  /** ISO; null when untimed. */
  deadline: string | null;
  /** The server's time when the page was rendered, to count down with the server's clock. */
  serverNow: string;
}

const formatClock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/**
 * Taking a quiz: one question at a time, every answer saved when the student moves on (so a
 * reload or a dropped connection loses nothing), a countdown that submits at zero, and a
 * confirmation before submitting with unanswered questions.
 */
export function QuizRunner({ attemptId, title, questions, answers, deadline, serverNow }: Props) {
  const t = useTranslations("studyQuiz");
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, draftFromGiven(q, answers[q.id])])),
  );
  // answers as last saved on the server (JSON), by question id
  const saved = useRef<Record<string, string>>(Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, JSON.stringify(a)])));
  const pending = useRef(new Set<Promise<boolean>>());
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [remaining, setRemaining] = useState<number | null>(() =>
    deadline ? new Date(deadline).getTime() - new Date(serverNow).getTime() : null,
  );
  const timeOnQuestion = useRef<Record<string, number>>({});
  const shownAt = useRef(0);
  const submittedRef = useRef(false);

  const question = questions[index];
  const draft = drafts[question.id];
  const answeredCount = questions.filter((q) => isComplete(q, drafts[q.id])).length;

  useEffect(() => {
    shownAt.current = performance.now();
  }, [index]);

  /** Saves one question's answer when it is complete and changed; false when it could not be saved. */
  const saveQuestion = useCallback(
    (q: QuestionView, d: Draft): Promise<boolean> => {
      if (!isComplete(q, d)) return Promise.resolve(true);
      const answer = toGiven(q, d);
      const json = JSON.stringify(answer);
      if (saved.current[q.id] === json) return Promise.resolve(true);
      const run = (async () => {
        try {
          const res = await saveQuizAnswerAction(attemptId, { questionId: q.id, answer, durationMs: Math.round(timeOnQuestion.current[q.id] ?? 0) });
          if (!res.ok) {
            setError(t.has(`errors.${res.code}`) ? t(`errors.${res.code}`) : t("errors.generic"));
            return res.code === "time_up";
          }
          saved.current[q.id] = json;
          return true;
        } catch {
          setError(t("errors.network"));
          return false;
        }
      })();
      pending.current.add(run);
      void run.finally(() => pending.current.delete(run));
      return run;
    },
    [attemptId, t],
  );

  /** Adds the time spent on the current question and saves its answer in the background. */
  const leaveCurrent = useCallback((): Promise<boolean> => {
    const q = questions[index];
    timeOnQuestion.current[q.id] = (timeOnQuestion.current[q.id] ?? 0) + (performance.now() - shownAt.current);
    shownAt.current = performance.now();
    return saveQuestion(q, drafts[q.id]);
  }, [questions, index, drafts, saveQuestion]);

  // an answer is also saved a moment after it changes, so a reload or a closed tab keeps it
  useEffect(() => {
    const timer = setTimeout(() => void saveQuestion(question, draft), 800);
    return () => clearTimeout(timer);
  }, [question, draft, saveQuestion]);

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= questions.length || to === index) return;
      void leaveCurrent();
      setIndex(to);
    },
    [questions.length, index, leaveCurrent],
  );

  /** Waits for saves in flight, then saves every answer not yet saved; false when one could not be. */
  const saveAll = useCallback(async (): Promise<boolean> => {
    await leaveCurrent();
    await Promise.all([...pending.current]);
    const results = await Promise.all(questions.map((q) => saveQuestion(q, drafts[q.id])));
    return results.every(Boolean);
  }, [leaveCurrent, questions, drafts, saveQuestion]);

  const submit = useCallback(
    async (force: boolean) => {
      if (submittedRef.current) return;
      if (!force) {
        if (answeredCount < questions.length && !confirming) {
          setConfirming(true);
          return;
        }
        if (!(await saveAll())) return;
      } else {
        await saveAll().catch(() => false);
      }
      submittedRef.current = true;
      setSubmitting(true);
      try {
        const res = await submitQuizAction(attemptId);
        if (!res.ok && res.code !== "submitted") throw new Error(res.code);
        router.refresh();
      } catch {
        submittedRef.current = false;
        setSubmitting(false);
        setError(t("errors.network"));
      }
    },
    [saveAll, answeredCount, questions.length, confirming, attemptId, router, t],
  );

  // countdown, with the server's deadline; at zero the quiz is submitted
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  }, [submit]);
  useEffect(() => {
    if (!deadline) return;
    const offset = new Date(serverNow).getTime() - Date.now();
    const tick = () => {
      const left = new Date(deadline).getTime() - (Date.now() + offset);
      setRemaining(left);
      if (left <= 0) void submitRef.current(true);
    };
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [deadline, serverNow]);
  const timeUp = remaining !== null && remaining <= 0;

  const setDraft = (d: Draft) => {
    setDrafts((all) => ({ ...all, [question.id]: d }));
    setConfirming(false);
  };

  // keys: 1–9 choose or rate, Space reveals a flashcard, Enter goes to the next question
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isPlainKey(e) || submitting) return;
      const { typing, control } = keyBelongsToControl(e);
      if (typing) return;
      const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : null;
      if (draft.type === "flashcard") {
        if (e.key === " " && !draft.revealed && !control) {
          e.preventDefault();
          setDraft({ ...draft, revealed: true });
        } else if (draft.revealed && digit && digit <= 4) {
          e.preventDefault();
          setDraft({ ...draft, rating: digit });
        }
      } else if (digit) {
        const d = draftForDigit(question, draft, digit);
        if (d) {
          e.preventDefault();
          setDraft(d);
        }
      }
      if (e.key === "Enter" && !control) {
        e.preventDefault();
        if (index < questions.length - 1) go(index + 1);
        else void submit(false);
      }
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const last = index === questions.length - 1;
  return (
    <div className="space-y-4" data-testid="quiz-runner">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        {remaining !== null && (
          <p
            className={`inline-flex items-center gap-1 rounded-full px-3 py-1 text-sm font-medium tabular-nums ${remaining < 60_000 ? "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-stone-100 dark:bg-stone-800"}`}
            data-testid="quiz-timer"
            role="timer"
          >
            <Timer aria-hidden size={16} />
            {timeUp ? t("timeUp") : t("timeLeft", { time: formatClock(remaining) })}
          </p>
        )}
      </div>
      <nav aria-label={t("palette")} className="flex flex-wrap gap-1">
        {questions.map((q, i) => {
          const done = isComplete(q, drafts[q.id]);
          return (
            <button
              key={q.id}
              type="button"
              onClick={() => go(i)}
              aria-current={i === index ? "step" : undefined}
              aria-label={`${i + 1}${done ? ` (${t("answered")})` : ""}`}
              className={`h-9 w-9 rounded-md border text-sm tabular-nums ${i === index ? "border-brand-600 ring-2 ring-brand-600" : "border-stone-300 dark:border-stone-700"} ${done ? "bg-brand-600 text-white" : "bg-white dark:bg-stone-900"}`}
            >
              {i + 1}
            </button>
          );
        })}
      </nav>
      <section className="min-h-[24rem] rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-6">
        <QuestionCard
          key={question.id}
          question={question}
          draft={draft}
          onDraft={setDraft}
          onSubmit={() => (last ? void submit(false) : go(index + 1))}
          onRate={(r) => draft.type === "flashcard" && setDraft({ ...draft, rating: r })}
          locked={submitting}
          badge={t("question", { n: index + 1, total: questions.length })}
        />
      </section>
      {error && <Notice tone="error">{error}</Notice>}
      {confirming && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text" className="mb-3">
            {t("unansweredConfirm", { count: questions.length - answeredCount })}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass("primary")} onClick={() => void submit(false)} disabled={submitting}>
              {t("confirmSubmit")}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
              {t("keepGoing")}
            </button>
          </div>
        </div>
      )}
      <div className="flex items-center justify-between gap-2">
        <button type="button" className={buttonClass("secondary")} onClick={() => go(index - 1)} disabled={index === 0 || submitting}>
          <ArrowLeft aria-hidden size={16} />
          {t("prev")}
        </button>
        {last ? (
          <button type="button" className={buttonClass("primary", "min-w-28")} onClick={() => void submit(false)} disabled={submitting}>
            {submitting ? t("submitting") : t("submit")}
          </button>
        ) : (
          <div className="flex gap-2">
            <button type="button" className={buttonClass("ghost")} onClick={() => void submit(false)} disabled={submitting}>
              {t("submit")}
            </button>
            <button type="button" className={buttonClass("primary", "min-w-28")} onClick={() => go(index + 1)} disabled={submitting}>
              {t("next")}
              <ArrowRight aria-hidden size={16} />
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
