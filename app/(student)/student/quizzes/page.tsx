import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, Card, Notice, PageTitle, SelectField } from "@/components/ui";
import { validTimeZone } from "@/lib/study/day";
import { DOCUMENT_QUIZ_MINUTES, DOCUMENT_QUIZ_SIZES } from "@/lib/study/quiz";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { recentAttempts } from "@/lib/server/quiz";
import { requireUser } from "@/lib/server/session";
import { listDocuments } from "@/lib/server/student-documents";
import { studentAssignments } from "@/lib/server/student-today";
import { startAssignmentQuizAction, startDocumentQuizAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyQuiz"))("title") };
}

export default async function QuizzesPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requireUser("student", "teacher");
  const at = await now();
  const [{ error }, t, format, assignments, documents, attempts] = await Promise.all([
    searchParams,
    getTranslations("studyQuiz"),
    getFormatter(),
    studentAssignments(db, user.id, at),
    listDocuments(db, user.id),
    recentAttempts(db, user.id),
  ]);
  const zone = validTimeZone(user.timezone);
  const quizzes = assignments.filter((a) => a.mode === "quiz");
  const openAttempt = new Set(attempts.filter((a) => !a.submittedAt).map((a) => a.id));
  const when = (d: Date) => format.dateTime(d, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone });
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-stone-600 dark:text-stone-400">{t("intro")}</p>
      {error && <Notice tone="error">{t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.generic")}</Notice>}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("assigned")}</h2>
        {quizzes.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noAssigned")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="assigned-quizzes">
            {quizzes.map((a) => {
              const left = a.maxAttempts === null ? null : Math.max(0, a.maxAttempts - a.attempts);
              const closed = a.overdue;
              return (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium">{a.title}</p>
                    <p className="text-sm text-stone-600 dark:text-stone-400">
                      {[
                        a.className,
                        t("due", { date: when(a.dueAt) }),
                        a.timeLimitSec ? t("timeLimit", { minutes: Math.round(a.timeLimitSec / 60) }) : null,
                        left !== null ? t("attemptsLeft", { count: left }) : null,
                        a.bestScore !== null ? `${Math.round(a.bestScore * 100)}%` : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </div>
                  {closed ? (
                    <span className="text-sm text-stone-500">{t("closedShort")}</span>
                  ) : left === 0 ? (
                    <span className="text-sm text-stone-500">{t("noAttemptsLeftShort")}</span>
                  ) : (
                    <form action={startAssignmentQuizAction}>
                      <input type="hidden" name="assignmentId" value={a.id} />
                      <input type="hidden" name="key" value={randomUUID()} />
                      <button type="submit" className={buttonClass("primary")}>
                        {t("start")}
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("fromDocument")}</h2>
        <form action={startDocumentQuizAction} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem_9rem_auto] sm:items-end">
          <input type="hidden" name="key" value={randomUUID()} />
          <SelectField id="quiz-document" name="documentId" label={t("document")} required options={documents.map((d) => ({ value: d.id, label: d.title }))} />
          <SelectField id="quiz-count" name="count" label={t("count")} defaultValue="10" options={DOCUMENT_QUIZ_SIZES.map((n) => ({ value: n, label: String(n) }))} />
          <SelectField
            id="quiz-minutes"
            name="minutes"
            label={t("minutes")}
            defaultValue="0"
            options={DOCUMENT_QUIZ_MINUTES.map((m) => ({ value: m, label: m === 0 ? t("noLimit") : t("minutesOption", { count: m }) }))}
          />
          <button type="submit" className={buttonClass("primary")} disabled={documents.length === 0}>
            {t("start")}
          </button>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("history")}</h2>
        {attempts.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noHistory")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="quiz-history">
            {attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div>
                  <p className="font-medium">{a.title}</p>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {when(a.startedAt)} ·{" "}
                    {a.submittedAt
                      ? t("scoreLine", { correct: a.correctCount, total: a.total, percent: Math.round((a.score ?? 0) * 100) })
                      : t("inProgress")}
                  </p>
                </div>
                <Link href={`/student/quizzes/${a.id}`} className={buttonClass("secondary")}>
                  {openAttempt.has(a.id) ? t("resume") : t("review")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
