import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuestionBadges } from "@/components/teach/badges";
import { CsvLink, percent } from "@/components/teach/dashboard-bits";
import { QuestionActions } from "@/components/teach/question-actions";
import { Button, Card, PageTitle, inputClass } from "@/components/ui";
import { db } from "@/lib/server/db";
import { itemAnalysis } from "@/lib/server/item-analysis";
import { requireUser } from "@/lib/server/session";
import { answerText, MIN_FOR_FLAGS, TOO_EASY, TOO_HARD } from "@/lib/teaching/item-analysis";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachDash"))("itemAnalysis") };
}

const flagTone = {
  too_easy: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  too_hard: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  misleading: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
} as const;

const fixed = (x: number | null) => (x === null ? "—" : x.toFixed(2));

/** Per question: attempts, facility, discrimination, the most chosen wrong answer, and flags with one-click fixes. */
export default async function ItemAnalysisPage({ params, searchParams }: Props) {
  const user = await requireUser("teacher");
  const [{ classId }, sp] = await Promise.all([params, searchParams]);
  const assignmentId = typeof sp.assignment === "string" && sp.assignment ? sp.assignment : undefined;
  const ia = await itemAnalysis(db, user, classId, { assignmentId });
  if (!ia) notFound();
  const [t, tb] = await Promise.all([getTranslations("teachDash"), getTranslations("teachBank")]);
  const tf = { true: tb("true"), false: tb("false") };
  const flagged = ia.items.filter((i) => i.flags.length > 0).length;
  const here = `/teacher/classes/${ia.classId}/items${ia.assignmentId ? `?assignment=${ia.assignmentId}` : ""}`;
  return (
    <>
      <PageTitle actions={<Link href={`/teacher/classes/${ia.classId}/dashboard`} className="underline">{t("backToDashboard", { name: ia.className })}</Link>}>
        {t("itemAnalysisOf", { name: ia.className })}
      </PageTitle>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
        {t("itemHelp", { easy: Math.round(TOO_EASY * 100), hard: Math.round(TOO_HARD * 100), min: MIN_FOR_FLAGS })}
      </p>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filterAssignment")}>
          <div>
            <label htmlFor="ia-assignment" className="mb-1 block text-sm font-medium">{t("assignment")}</label>
            <select id="ia-assignment" name="assignment" defaultValue={ia.assignmentId ?? ""} className={`${inputClass} w-auto`}>
              <option value="">{t("allAssignments")}</option>
              {ia.assignments.map((a) => (
                <option key={a.id} value={a.id}>{a.title}</option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">{t("apply")}</Button>
        </form>
        <span className="flex items-center gap-4 text-sm">
          <span role="status">{t("flaggedCount", { flagged, total: ia.items.length })}</span>
          <CsvLink classId={ia.classId} table="items" query={ia.assignmentId ? `?assignment=${ia.assignmentId}` : ""} />
        </span>
      </div>
      <Card>
        {ia.items.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noItems")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="item-table">
              <thead className="border-b border-stone-200 dark:border-stone-800">
                <tr>
                  <th scope="col" className="px-2 py-2">{t("question")}</th>
                  <th scope="col" className="px-2 py-2" title={t("answersHelp")}>{t("answersCol")}</th>
                  <th scope="col" className="px-2 py-2" title={t("facilityHelp")}>{t("facility")}</th>
                  <th scope="col" className="px-2 py-2" title={t("discriminationHelp")}>{t("discrimination")}</th>
                  <th scope="col" className="px-2 py-2" title={t("pointBiserialHelp")}>{t("pointBiserial")}</th>
                  <th scope="col" className="px-2 py-2">{t("topWrong")}</th>
                  <th scope="col" className="px-2 py-2">{t("flags")}</th>
                </tr>
              </thead>
              <tbody>
                {ia.items.map((i) => (
                  <tr key={i.questionId} className="border-b border-stone-100 align-top last:border-0 dark:border-stone-800" data-question-id={i.questionId}>
                    <td className="max-w-md px-2 py-3">
                      <Link href={`/teacher/questions/${i.questionId}`} className="hover:underline">{i.prompt}</Link>
                      <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                        <QuestionBadges status={i.status} type={i.type} />
                        {i.payload.answer !== undefined && <span>{t("rightAnswer", { answer: answerText(JSON.stringify(i.payload.answer), tf) })}</span>}
                      </span>
                    </td>
                    <td className="px-2 py-3">{i.answers} <span className="block text-xs text-stone-500">{t("studentsN", { count: i.students })}</span></td>
                    <td className="px-2 py-3">{percent(i.facility)}</td>
                    <td className="px-2 py-3">{fixed(i.discrimination)}</td>
                    <td className="px-2 py-3">{fixed(i.pointBiserial)}</td>
                    <td className="px-2 py-3">{i.topWrong ? <>{answerText(i.topWrong.answer, tf) || "—"} <span className="text-xs text-stone-500">({percent(i.topWrong.share)})</span></> : "—"}</td>
                    <td className="px-2 py-3">
                      <span className="flex flex-wrap gap-1">
                        {i.flags.map((f) => (
                          <span key={f} className={`rounded px-1.5 py-0.5 text-xs ${flagTone[f]}`}>{t(`flag.${f}`)}</span>
                        ))}
                      </span>
                      {i.flags.length > 0 ? (
                        <div className="mt-2">
                          <QuestionActions id={i.questionId} prompt={i.prompt} status={i.status} editable={i.editable} revalidate={here} />
                        </div>
                      ) : (
                        <Link href={`/teacher/questions/${i.questionId}`} className="text-xs underline">{t("fixOrRetire")}</Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
