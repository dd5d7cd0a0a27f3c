import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { QuestionBadges } from "@/components/teach/badges";
import { Pagination } from "@/components/teach/pagination";
import { QuestionActions, SourcePassage } from "@/components/teach/question-actions";
import { QuestionPreview } from "@/components/teach/question-preview";
import { Button, Card, PageTitle, buttonClass, inputClass } from "@/components/ui";
import { db } from "@/lib/server/db";
import { reviewDocuments, reviewQueue } from "@/lib/server/question-review";
import { requireUser } from "@/lib/server/session";
import { pageSchema } from "@/lib/validations/teach";
import { approvePageAction } from "../questions/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachReview"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Drafts and low-scored questions, each with its source passage and one-click decisions. */
export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser("teacher");
  const sp = await searchParams;
  const documentId = typeof sp.documentId === "string" && sp.documentId ? sp.documentId : undefined;
  const page = pageSchema.parse(typeof sp.page === "string" ? sp.page : 1);
  const [t, queue, documents] = await Promise.all([
    getTranslations("teachReview"),
    reviewQueue(db, user, { documentId, page }),
    reviewDocuments(db, user),
  ]);
  const here = `/teacher/review${documentId ? `?documentId=${encodeURIComponent(documentId)}` : ""}`;
  return (
    <>
      <PageTitle actions={<Link href="/teacher/questions/new" className={buttonClass("secondary")}>{t("writeQuestion")}</Link>}>{t("title")}</PageTitle>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">{t("help")}</p>
      <form method="get" action="/teacher/review" className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label={t("filter")}>
        <div>
          <label htmlFor="review-document" className="mb-1 block text-sm font-medium">{t("document")}</label>
          <select id="review-document" name="documentId" defaultValue={documentId ?? ""} className={`${inputClass} w-auto`}>
            <option value="">{t("allDocuments")}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>{d.title} ({d.count})</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">{t("apply")}</Button>
      </form>
      <p className="mb-3 text-sm" role="status">{t("count", { count: queue.total })}</p>
      {queue.items.length === 0 ? (
        <Card>{t("empty")}</Card>
      ) : (
        <>
          <ul className="space-y-4" data-testid="review-queue">
            {queue.items.map((q) => (
              <li key={q.id}>
                <Card>
                  <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                    <QuestionBadges status={q.status} type={q.type} origin={q.origin} score={q.qualityScore} />
                    {q.qualityFlags.length > 0 && (
                      <span className="text-xs text-amber-700 dark:text-amber-300">{t("flags", { flags: q.qualityFlags.join("、") })}</span>
                    )}
                  </div>
                  <div className="grid gap-4 lg:grid-cols-2">
                    <QuestionPreview type={q.type} prompt={q.prompt} payload={q.payload} explanation={q.explanation} />
                    <SourcePassage passage={q.passage} documentTitle={q.documentTitle} />
                  </div>
                  <div className="mt-3">
                    <QuestionActions id={q.id} prompt={q.prompt} status={q.status} editable revalidate={here} />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
          <ActionForm action={approvePageAction} className="mt-4" confirm="confirmApprovePage">
            {queue.items.filter((q) => q.status === "draft").map((q) => (
              <input key={q.id} type="hidden" name="questionId" value={q.id} />
            ))}
            <SubmitButton variant="secondary">{t("approvePage")}</SubmitButton>
          </ActionForm>
          <Pagination basePath="/teacher/review" params={{ documentId }} page={queue.page} pageCount={queue.pageCount} />
        </>
      )}
    </>
  );
}
