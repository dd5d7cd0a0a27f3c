import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/teach/activity-chart";
import { QuestionBadges } from "@/components/teach/badges";
import { CsvLink, MasteryBars, ProgressCellView, percent } from "@/components/teach/dashboard-bits";
import { Card, PageTitle } from "@/components/ui";
import { studentDashboard } from "@/lib/server/dashboards";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { requireUser } from "@/lib/server/session";

type Params = { params: Promise<{ classId: string; userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachDash"))("studentTitle") };
}

/** One student of the class: what they studied, accuracy and retention, weakest questions. */
export default async function StudentDashboardPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { classId, userId } = await params;
  const s = await studentDashboard(db, user, classId, userId, { now: await clockNow() });
  if (!s) notFound();
  const [t, tb, format] = await Promise.all([getTranslations("teachDash"), getTranslations("teachBank"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: user.timezone }) : "—");
  const q = `?student=${encodeURIComponent(userId)}`;
  return (
    <>
      <PageTitle actions={<Link href={`/teacher/classes/${classId}/dashboard`} className="underline">{t("backToDashboard", { name: s.className })}</Link>}>
        {s.student.name}
      </PageTitle>
      <p className="-mt-4 mb-6 text-sm text-stone-600 dark:text-stone-400">{s.student.email} · {t("lastActiveAt", { date: when(s.student.lastActive) })}</p>

      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          [t("studied"), t("studiedOf", { studied: s.studied, cards: s.cards })],
          [t("accuracy"), s.answers ? percent(s.correct / s.answers) : "—"],
          [t("retention"), percent(s.retention)],
          [t("mastered"), s.cards ? percent(s.mastered / s.cards) : "—"],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <dt className="text-xs text-stone-500">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="-mt-3 mb-6 text-xs text-stone-500">{t("metricsHelp", { answers: s.answers, reviews: s.reviewAnswers })}</p>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="mb-3 flex items-center justify-between">
            <h2 className="font-semibold">{t("assignments")}</h2>
            <CsvLink classId={classId} table="student-assignments" query={q} />
          </div>
          {s.assignments.length === 0 ? (
            <p className="text-sm text-stone-600 dark:text-stone-400">{t("noAssignments")}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200 dark:border-stone-800">
                  <th scope="col" className="py-2">{t("assignment")}</th>
                  <th scope="col" className="py-2">{t("status")}</th>
                  <th scope="col" className="py-2">{t("lastActive")}</th>
                </tr>
              </thead>
              <tbody>
                {s.assignments.map((a) => (
                  <tr key={a.id} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                    <td className="py-2">{a.title} <span className="text-xs text-stone-500">· {t(`mode.${a.mode}`)}</span></td>
                    <td className="py-2"><ProgressCellView cell={s.cells[a.id]} /></td>
                    <td className="py-2 text-xs">{when(s.cells[a.id].lastActive)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {s.quizAttempts.length > 0 && (
            <>
              <h3 className="mb-2 mt-5 font-medium">{t("quizAttempts")}</h3>
              <ul className="space-y-1 text-sm">
                {s.quizAttempts.map((a) => (
                  <li key={a.id}>
                    {a.assignmentTitle} · {a.submittedAt ? t("scoreOf", { correct: a.correctCount, total: a.total, score: percent(a.score) }) : t("notSubmitted")} · {when(a.submittedAt ?? a.startedAt)}
                    {a.late && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t("state.late")}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("masteryByDocument")}</h2>
          <MasteryBars groups={s.masteryByDocument} />
          <h2 className="mb-3 mt-6 font-semibold">{t("masteryByKind")}</h2>
          <MasteryBars groups={s.masteryByKind} labelOf={(g) => (tb.has(`kind.${g.key}`) ? tb(`kind.${g.key}`) : t("otherKind"))} />
        </Card>
      </div>

      <Card className="mb-6">
        <div className="mb-3 flex items-center justify-between">
          <h2 className="font-semibold">{t("weakest")}</h2>
          <CsvLink classId={classId} table="student-weakest" query={q} />
        </div>
        {s.weakest.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noWeak")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200 dark:border-stone-800">
                <th scope="col" className="py-2">{t("question")}</th>
                <th scope="col" className="py-2">{t("accuracy")}</th>
                <th scope="col" className="py-2">{t("lastAnswered")}</th>
              </tr>
            </thead>
            <tbody>
              {s.weakest.map((w) => (
                <tr key={w.questionId} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                  <td className="py-2 pr-3">
                    <Link href={`/teacher/questions/${w.questionId}`} className="hover:underline">{w.prompt}</Link>
                    <span className="ml-2"><QuestionBadges status={w.status} type={w.type} /></span>
                  </td>
                  <td className="py-2">{t("rightOf", { correct: w.correct, answers: w.answers, accuracy: percent(w.accuracy) })}</td>
                  <td className="py-2 text-xs">{when(w.lastAnswered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      <Card>
        <div className="mb-3 flex items-center justify-between">
          <h2 className="font-semibold">{t("activityTitle")}</h2>
          <CsvLink classId={classId} table="activity" query={q} />
        </div>
        <ActivityChart classId={classId} studentId={userId} />
      </Card>
    </>
  );
}
