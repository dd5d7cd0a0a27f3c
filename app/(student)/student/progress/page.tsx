import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DailyBars } from "@/components/charts/daily-bars";
import { MasteryBars } from "@/components/charts/mastery-bars";
import { SimpleBars } from "@/components/charts/simple-bars";
import { StateDonut } from "@/components/charts/state-donut";
import { buttonClass, Card, PageTitle } from "@/components/ui";
import { sourceHref } from "@/lib/study/question";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { studentProgress } from "@/lib/server/progress";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyProgress"))("title") };
}

const shortDay = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
const shorten = (s: string, n = 11) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <p className="text-sm text-stone-600 dark:text-stone-400">{label}</p>
      <p className="text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("student", "teacher");
  const [p, t, tc, tb] = await Promise.all([
    studentProgress(db, user, await now()),
    getTranslations("studyProgress"),
    getTranslations("studyCommon"),
    getTranslations("studyBrowse"),
  ]);
  const masteryLabels = { mastered: t("mastered"), learning: t("learning"), unseen: t("unseen") };
  const mastery = (r: { total: number; studied: number; mastered: number }) => ({
    mastered: r.mastered,
    learning: r.studied - r.mastered,
    unseen: r.total - r.studied,
  });
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <div className="grid gap-3 sm:grid-cols-4">
        <Stat label={t("streak")} value={t("streakDays", { count: p.streak })} testId="progress-streak" />
        <Stat label={t("answers")} value={String(p.totals.answers)} testId="progress-answers" />
        <Stat
          label={t("accuracy")}
          value={p.totals.answers ? `${Math.round((p.totals.correct / p.totals.answers) * 100)}%` : "—"}
          testId="progress-accuracy"
        />
        <Stat label={t("cards")} value={String(p.totals.cards)} testId="progress-cards" />
      </div>
      {p.totals.answers === 0 && (
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <p>{t("empty")}</p>
          <Link href="/student/practice" className={buttonClass("primary")}>
            {t("startPractice")}
          </Link>
        </Card>
      )}
      <Card>
        <h2 className="mb-2 font-semibold">{t("reviewsTitle")}</h2>
        <DailyBars
          title={t("reviewsTitle")}
          rightLabel={t("right")}
          wrongLabel={t("wrong")}
          data={p.answersPerDay.map((d) => ({ label: shortDay(d.day), right: d.correct, wrong: d.count - d.correct }))}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="font-semibold">{t("retentionTitle")}</h2>
          <p className="mb-2 text-xs text-stone-600 dark:text-stone-400">{t("retentionHint")}</p>
          <SimpleBars
            testId="chart-retention"
            title={t("retentionTitle")}
            valueLabel={t("retentionValue")}
            percent
            data={p.retention.map((r) => ({
              label: t(`buckets.${r.bucket}`),
              value: r.total ? Math.round((r.correct / r.total) * 100) : 0,
              note: t("retentionNote", { count: r.total }),
            }))}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("statesTitle")}</h2>
          <StateDonut title={t("statesTitle")} data={p.cardsByState.map((s) => ({ label: tc(`states.${s.state}`), value: s.count }))} />
        </Card>
      </div>
      <Card>
        <h2 className="mb-2 font-semibold">{t("forecastTitle")}</h2>
        <SimpleBars
          testId="chart-forecast"
          title={t("forecastTitle")}
          valueLabel={t("forecastValue")}
          color="#0ea5e9"
          data={p.forecast.map((d) => ({ label: shortDay(d.day), value: d.count }))}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="font-semibold">{t("masteryDocTitle")}</h2>
          <p className="mb-2 text-xs text-stone-600 dark:text-stone-400">{t("masteryHint")}</p>
          <MasteryBars
            testId="chart-mastery-documents"
            title={t("masteryDocTitle")}
            labels={masteryLabels}
            data={p.byDocument.map((d) => ({ label: shorten(d.title), ...mastery(d) }))}
          />
        </Card>
        <Card>
          <h2 className="font-semibold">{t("masteryKindTitle")}</h2>
          <p className="mb-2 text-xs text-stone-600 dark:text-stone-400">{t("masteryHint")}</p>
          <MasteryBars
            testId="chart-mastery-kinds"
            title={t("masteryKindTitle")}
            labels={masteryLabels}
            data={p.byKind.map((k) => ({
              label: k.key && tb.has(`kinds.${k.key}`) ? tb(`kinds.${k.key}`) : t("noKind"),
              ...mastery(k),
            }))}
          />
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">{t("weakestTitle")}</h2>
        {p.weakest.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noWeak")}</p>
        ) : (
          <ol className="space-y-2" data-testid="weakest-questions">
            {p.weakest.map((w) => (
              <li key={w.questionId} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-100 pb-2 last:border-0 dark:border-stone-800">
                <Link href={sourceHref({ documentId: w.documentId, start: w.sourceStart, end: w.sourceEnd })} className="min-w-0 flex-1 hover:underline">
                  <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-800">{tc(`types.${w.type}`)}</span>
                  {w.prompt}
                </Link>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {t("accuracyOf", { correct: w.correct, answers: w.answers })}
                  {w.lapses > 0 && ` · ${t("lapses", { count: w.lapses })}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
