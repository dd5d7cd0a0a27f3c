import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuizReview } from "@/components/study/quiz-review";
import { QuizRunner } from "@/components/study/quiz-runner";
import { buttonClass, Card, PageTitle } from "@/components/ui";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { getAttempt } from "@/lib/server/quiz";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyQuiz"))("title") };
}

export default async function QuizAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireUser("student", "teacher");
  const [{ attemptId }, t] = await Promise.all([params, getTranslations("studyQuiz")]);
  const at = await now();
  const attempt = await getAttempt(db, user, attemptId, at);
  if (!attempt) notFound();
  if (!attempt.review) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageTitle>{t("title")}</PageTitle>
        <QuizRunner
          attemptId={attempt.id}
          title={attempt.title}
          questions={attempt.questions}
          answers={attempt.answers}
          deadline={attempt.deadline}
          serverNow={at.toISOString()}
        />
      </div>
    );
  }
  const percent = Math.round((attempt.score ?? 0) * 100);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageTitle>{t("resultTitle")}</PageTitle>
      <Card className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <p className="text-sm text-stone-600 dark:text-stone-400">{attempt.title}</p>
          <p className="text-4xl font-semibold tabular-nums" data-testid="quiz-score">
            {percent}%
          </p>
          <p className="text-stone-600 dark:text-stone-400" data-testid="quiz-correct-count">
            {t("correctCount", { correct: attempt.correctCount, total: attempt.total })}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href="/student/quizzes" className={buttonClass("secondary")}>
            {t("backToQuizzes")}
          </Link>
          <Link href="/student/practice" className={buttonClass("primary")}>
            {t("practiceNow")}
          </Link>
        </div>
      </Card>
      <h2 className="text-lg font-semibold">{t("reviewTitle")}</h2>
      <QuizReview items={attempt.review} />
    </div>
  );
}
