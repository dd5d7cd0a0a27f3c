import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { DocumentProgress } from "@/components/teach/document-status";
import { Card, Field, Notice, PageTitle, buttonClass } from "@/components/ui";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { getOwnDocument } from "@/lib/server/uploads";
import { deleteDocumentAction, retryDocumentAction, setFromDocumentAction, shareDocumentAction } from "../actions";

type Params = { params: Promise<{ documentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachDocs"))("title") };
}

/** One upload: progress while the pipeline runs, then what it produced and what to do next. */
export default async function DocumentPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { documentId } = await params;
  const doc = await getOwnDocument(db, user, documentId);
  if (!doc) notFound();
  const [t, format] = await Promise.all([getTranslations("teachDocs"), getFormatter()]);
  const total = doc.questions.draft + doc.questions.active;
  return (
    <>
      <PageTitle actions={<Link href="/teacher/documents" className="underline">{t("back")}</Link>}>{doc.title}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
            {t("meta", { file: doc.fileName, characters: doc.characters })} · {format.dateTime(doc.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
          {doc.status === "processing" && <DocumentProgress documentId={doc.id} stage={doc.message.stage ?? "queued"} />}
          {doc.status === "failed" && (
            <div className="space-y-3">
              <Notice tone="error">{t("failed", { reason: doc.message.error ?? "" })}</Notice>
              <ActionForm action={retryDocumentAction} inline>
                <input type="hidden" name="documentId" value={doc.id} />
                <SubmitButton variant="secondary">{t("retry")}</SubmitButton>
              </ActionForm>
            </div>
          )}
          {doc.status === "ready" && (
            <div className="space-y-4">
              <Notice tone="success">
                <span data-testid="document-ready">{t("ready", { facts: doc.message.facts ?? 0, questions: total })}</span>
              </Notice>
              {total === 0 && <p className="text-sm">{t("noQuestions")}</p>}
              <dl className="grid grid-cols-3 gap-3 text-center">
                {(["draft", "active", "retired"] as const).map((s) => (
                  <div key={s} className="rounded-md bg-stone-50 p-3 dark:bg-stone-950">
                    <dt className="text-xs text-stone-500">{t(`count_${s}`)}</dt>
                    <dd className="text-2xl font-semibold">{doc.questions[s]}</dd>
                  </div>
                ))}
              </dl>
              <div className="flex flex-wrap gap-2">
                {doc.questions.draft > 0 && (
                  <Link href={`/teacher/review?documentId=${doc.id}`} className={buttonClass("primary")}>{t("reviewDrafts", { count: doc.questions.draft })}</Link>
                )}
                <Link href={`/teacher/questions?documentId=${doc.id}`} className={buttonClass("secondary")}>{t("browse")}</Link>
                <Link href={`/teacher/questions/new?documentId=${doc.id}`} className={buttonClass("secondary")}>{t("writeQuestion")}</Link>
              </div>
              {total > 0 && (
                <ActionForm action={setFromDocumentAction} className="flex flex-wrap items-end gap-3 border-t border-stone-200 pt-4 dark:border-stone-800" label={t("buildSet")}>
                  <input type="hidden" name="documentId" value={doc.id} />
                  <div className="min-w-60 flex-1">
                    <Field name="title" id="doc-set-title" label={t("setTitle")} defaultValue={doc.title.slice(0, 120)} required maxLength={120} />
                  </div>
                  <SubmitButton>{t("buildSet")}</SubmitButton>
                </ActionForm>
              )}
            </div>
          )}
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("sharingTitle")}</h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{doc.shared ? t("sharedHelp") : t("privateHelp")}</p>
          {doc.status === "ready" && (
            <ActionForm action={shareDocumentAction} inline>
              <input type="hidden" name="documentId" value={doc.id} />
              <input type="hidden" name="shared" value={doc.shared ? "0" : "1"} />
              <SubmitButton variant="secondary">{doc.shared ? t("unshare") : t("share")}</SubmitButton>
            </ActionForm>
          )}
          <ActionForm action={deleteDocumentAction} confirm="confirmDeleteDocument" className="mt-6">
            <input type="hidden" name="documentId" value={doc.id} />
            <SubmitButton variant="danger">{t("delete")}</SubmitButton>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
