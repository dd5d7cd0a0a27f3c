import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BookOpenCheck, CalendarClock, Flame, Sparkles } from "lucide-react";
import { buttonClass, Card, PageTitle } from "@/components/ui";
import { validTimeZone } from "@/lib/study/day";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { todaySummary } from "@/lib/server/student-today";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyToday"))("title") };
}

function Stat({ icon, label, value, testId }: { icon: React.ReactNode; label: string; value: string; testId: string }) {
  return (
    <div className="flex items-center gap-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <span className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-stone-800 dark:text-brand-100">{icon}</span>
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">{label}</p>
        <p className="text-2xl font-semibold tabular-nums" data-testid={testId}>
          {value}
        </p>
      </div>
    </div>
  );
}

export default async function StudentTodayPage() {
  const user = await requireUser("student", "teacher");
  const at = await now();
  const [summary, t, format] = await Promise.all([todaySummary(db, user, at), getTranslations("studyToday"), getFormatter()]);
  const { counts, streak, assignments } = summary;
  const zone = validTimeZone(user.timezone);
  const anything = counts.due + counts.new > 0;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="mb-4 font-medium">{t("greeting", { name: user.name })}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat icon={<CalendarClock aria-hidden size={20} />} label={t("dueNow")} value={String(counts.due)} testId="today-due" />
        <Stat icon={<Sparkles aria-hidden size={20} />} label={t("newToday")} value={String(counts.new)} testId="today-new" />
        <Stat icon={<Flame aria-hidden size={20} />} label={t("streak")} value={t("streakDays", { count: streak })} testId="today-streak" />
      </div>
      <div className="my-6 flex flex-wrap items-center gap-3">
        {anything ? (
          <Link href="/student/practice" className={buttonClass("primary", "min-h-12 px-8 text-base")}>
            <BookOpenCheck aria-hidden size={20} />
            {t("start")}
          </Link>
        ) : (
          <p className="text-stone-600 dark:text-stone-400" data-testid="today-done">
            {t("nothingLeft")}
          </p>
        )}
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {t("answeredToday")} {counts.answeredToday}
        </span>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("assignments")}</h2>
        {assignments.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noAssignments")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="today-assignments">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-800">
                      {t.has(`modes.${a.mode}`) ? t(`modes.${a.mode}`) : a.mode}
                    </span>
                    {a.title}
                  </p>
                  <p className={`text-sm ${a.overdue ? "text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-400"}`}>
                    {a.className} ·{" "}
                    {a.overdue
                      ? t("overdue")
                      : t("dueOn", { date: format.dateTime(a.dueAt, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone }) })}
                    {" · "}
                    {a.mode === "practice"
                      ? t("practiceProgress", { done: a.done, total: a.total })
                      : t("quizAttempts", { attempts: a.attempts, max: a.maxAttempts === null ? "none" : String(a.maxAttempts) })}
                    {a.bestScore !== null && ` · ${t("bestScore", { score: Math.round(a.bestScore * 100) })}`}
                  </p>
                </div>
                <Link href={a.mode === "quiz" ? "/student/quizzes" : "/student/practice"} className={buttonClass("secondary")}>
                  {a.mode === "quiz" ? t("takeQuiz") : t("practiceIt")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
