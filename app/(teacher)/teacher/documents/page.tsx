import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/teach/upload-form";
import { Card, PageTitle } from "@/components/ui";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { listOwnDocuments, listSharedDocuments } from "@/lib/server/uploads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachDocs"))("title") };
}

const statusTone = {
  processing: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  ready: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
} as const;

export default async function DocumentsPage() {
  const user = await requireUser("teacher");
  const [t, format, own, shared] = await Promise.all([getTranslations("teachDocs"), getFormatter(), listOwnDocuments(db, user), listSharedDocuments(db, user)]);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <h2 className="mb-1 font-semibold">{t("uploadTitle")}</h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{t("uploadHelp")}</p>
          <UploadForm limitBytes={env.WENGU_UPLOAD_LIMIT} />
        </Card>
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("ownTitle")}</h2>
            {own.length === 0 ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">{t("noOwn")}</p>
            ) : (
              <ul className="divide-y divide-stone-100 dark:divide-stone-800" data-testid="own-documents">
                {own.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-3 py-2">
                    <Link href={`/teacher/documents/${d.id}`} className="min-w-0 flex-1 font-medium hover:underline">{d.title}</Link>
                    <span className={`rounded px-2 py-0.5 text-xs ${statusTone[d.status]}`}>{t(`status_${d.status}`)}</span>
                    <span className="text-xs text-stone-500">{d.shared ? t("shared") : t("private")}</span>
                    <span className="text-xs text-stone-500">{t("questionCounts", { draft: d.questions.draft, active: d.questions.active })}</span>
                    <span className="text-xs text-stone-500">{format.dateTime(d.createdAt, { dateStyle: "medium" })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("sharedTitle")}</h2>
            <ul className="divide-y divide-stone-100 dark:divide-stone-800">
              {shared.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                  <span className="min-w-0 flex-1">{d.title}</span>
                  {d.ownedByOther && <span className="text-xs text-stone-500">{t("sharedByTeacher")}</span>}
                  <span className="text-xs text-stone-500">{t("questionsN", { count: d.questions })}</span>
                  <Link href={`/teacher/questions?documentId=${encodeURIComponent(d.id)}`} className="text-xs underline">{t("browse")}</Link>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
