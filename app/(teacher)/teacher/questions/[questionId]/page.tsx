import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { QuestionBadges } from "@/components/teach/badges";
import { QuestionActions, SourcePassage } from "@/components/teach/question-actions";
import { QuestionEditor } from "@/components/teach/question-editor";
import { QuestionPreview } from "@/components/teach/question-preview";
import { Card, Notice, PageTitle } from "@/components/ui";
import { db } from "@/lib/server/db";
import { getQuestionDetail } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { formFromQuestion } from "@/lib/teaching/question-form";
import { editQuestionAction } from "../actions";

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachReview"))("questionTitle") };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const user = await requireUser("teacher");
  const [{ questionId }, sp] = await Promise.all([params, searchParams]);
  const q = await getQuestionDetail(db, user, decodeURIComponent(questionId));
  if (!q) notFound();
  const [t, format] = await Promise.all([getTranslations("teachReview"), getFormatter()]);
  return (
    <>
      <PageTitle actions={<Link href="/teacher/review" className="underline">{t("backToQueue")}</Link>}>{t("questionTitle")}</PageTitle>
      {sp.created === "1" && <div className="mb-4"><Notice tone="success">{t("created")}</Notice></div>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <QuestionBadges status={q.status} type={q.type} origin={q.origin} score={q.qualityScore} />
            <span className="font-mono text-xs text-stone-500">{q.id}</span>
          </div>
          <QuestionPreview type={q.type} prompt={q.prompt} payload={q.payload} explanation={q.explanation} />
          <div className="mt-4">
            <SourcePassage passage={q.passage} documentTitle={q.documentTitle} />
          </div>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {q.factKind && (<><dt className="text-stone-500">{t("factKind")}</dt><dd>{q.factKind}</dd></>)}
            <dt className="text-stone-500">{t("tags")}</dt><dd>{q.tags.join("、") || "—"}</dd>
            {q.qualityFlags.length > 0 && (<><dt className="text-stone-500">{t("flagsLabel")}</dt><dd>{q.qualityFlags.join("、")}</dd></>)}
            <dt className="text-stone-500">{t("inSets")}</dt><dd>{q.setCount}</dd>
            <dt className="text-stone-500">{t("updated")}</dt><dd>{format.dateTime(q.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          </dl>
          <div className="mt-4">
            <QuestionActions id={q.id} prompt={q.prompt} status={q.status} editable={q.editable} showOpen={false} />
          </div>
          {q.status === "retired" && <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{t("retiredNote")}</p>}
        </Card>
        <Card id="edit">
          <h2 className="mb-1 font-semibold">{t("editTitle")}</h2>
          {q.editable ? (
            <>
              <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{t("editHelp")}</p>
              <QuestionEditor
                action={editQuestionAction}
                initial={formFromQuestion(q)}
                hidden={{ questionId: q.id }}
                typeFixed
                submitLabel={t("save")}
                approveLabel={q.status !== "active" ? t("saveApprove") : undefined}
              />
            </>
          ) : (
            <p className="text-sm text-stone-600 dark:text-stone-400">{t("notEditable")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
