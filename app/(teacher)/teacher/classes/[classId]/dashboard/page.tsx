import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/teach/activity-chart";
import { CsvLink, MasteryBars, ProgressCellView, percent } from "@/components/teach/dashboard-bits";
import { Card, PageTitle, buttonClass } from "@/components/ui";
import { classDashboard } from "@/lib/server/dashboards";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { requireUser } from "@/lib/server/session";

type Params = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachDash"))("classTitle") };
}

/** Who has done what: each student on each assignment, mastery per document and kind, activity. */
export default async function ClassDashboardPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { classId } = await params;
  const d = await classDashboard(db, user, classId, { now: await clockNow() });
  if (!d) notFound();
  const [t, tb, format] = await Promise.all([getTranslations("teachDash"), getTranslations("teachBank"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: user.timezone }) : "—");
  const overdue = d.students.reduce((n, s) => n + s.overdue, 0);
  return (
    <>
      <PageTitle
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/teacher/classes/${d.classId}/items`} className={buttonClass("primary")}>{t("itemAnalysis")}</Link>
            <Link href={`/teacher/classes/${d.classId}`} className={buttonClass("secondary")}>{t("backToClass")}</Link>
          </div>
        }
      >
        {t("classHeading", { name: d.className })}
      </PageTitle>

      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          [t("students"), d.students.length],
          [t("activeLastWeek"), d.activeLastWeek],
          [t("assignments"), d.assignments.length],
          [t("overdueCount"), overdue],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <dt className="text-xs text-stone-500">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{t("progressTitle")}</h2>
          <span className="flex gap-4">
            <CsvLink classId={d.classId} table="progress" label={t("csvDetail")} />
            <CsvLink classId={d.classId} table="students" label={t("csvSummary")} />
          </span>
        </div>
        {d.students.length === 0 || d.assignments.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{d.students.length === 0 ? t("noStudents") : t("noAssignments")}</p>
        ) : (
          <div className="max-h-[70vh] overflow-auto">
            <table className="w-full border-separate border-spacing-0 text-left text-sm" data-testid="progress-table">
              <thead className="sticky top-0 z-10 bg-white dark:bg-stone-900">
                <tr>
                  <th scope="col" className="sticky left-0 bg-white px-2 py-2 dark:bg-stone-900">{t("student")}</th>
                  {d.assignments.map((a) => (
                    <th key={a.id} scope="col" className="min-w-28 px-2 py-2 align-bottom font-medium">
                      <Link href={`/teacher/assignments/${a.id}`} className="hover:underline">{a.title}</Link>
                      <span className="block text-xs font-normal text-stone-500">
                        {t(`mode.${a.mode}`)} · {t("dueShort", { date: format.dateTime(a.dueAt, { month: "numeric", day: "numeric", timeZone: user.timezone }) })}
                      </span>
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-2">{t("completion")}</th>
                  <th scope="col" className="px-2 py-2">{t("quizAverage")}</th>
                  <th scope="col" className="px-2 py-2">{t("lastActive")}</th>
                </tr>
              </thead>
              <tbody>
                {d.students.map((s) => (
                  <tr key={s.userId} className="border-t border-stone-100 dark:border-stone-800">
                    <th scope="row" className="sticky left-0 bg-white px-2 py-2 text-left font-normal dark:bg-stone-900">
                      <Link href={`/teacher/classes/${d.classId}/students/${s.userId}`} className="underline">{s.name}</Link>
                    </th>
                    {d.assignments.map((a) => (
                      <td key={a.id} className="px-2 py-2">
                        <ProgressCellView cell={d.cells[a.id][s.userId]} />
                      </td>
                    ))}
                    <td className="px-2 py-2">{percent(s.completion)}</td>
                    <td className="px-2 py-2">{percent(s.quizAverage)}</td>
                    <td className="px-2 py-2 text-xs">{when(s.lastActive)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-xs text-stone-500">{t("progressHelp")}</p>
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="mb-3 flex items-center justify-between">
            <h2 className="font-semibold">{t("masteryByDocument")}</h2>
            <CsvLink classId={d.classId} table="mastery" />
          </div>
          <MasteryBars groups={d.masteryByDocument} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("masteryByKind")}</h2>
          <MasteryBars groups={d.masteryByKind} labelOf={(g) => (tb.has(`kind.${g.key}`) ? tb(`kind.${g.key}`) : t("otherKind"))} />
        </Card>
      </div>

      <Card>
        <div className="mb-3 flex items-center justify-between">
          <h2 className="font-semibold">{t("activityTitle")}</h2>
          <CsvLink classId={d.classId} table="activity" />
        </div>
        <ActivityChart classId={d.classId} />
      </Card>
    </>
  );
}
