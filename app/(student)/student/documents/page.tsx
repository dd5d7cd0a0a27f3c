import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarRange, FileText } from "lucide-react";
import { buttonClass, Card, PageTitle } from "@/components/ui";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { listDocuments } from "@/lib/server/student-documents";
import { studyDocumentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyBrowse"))("title") };
}

export default async function DocumentsPage() {
  const user = await requireUser("student", "teacher");
  const [docs, t] = await Promise.all([listDocuments(db, user.id), getTranslations("studyBrowse")]);
  return (
    <>
      <PageTitle
        actions={
          <Link href="/student/timeline" className={buttonClass("secondary")}>
            <CalendarRange aria-hidden size={16} />
            {t("timeline")}
          </Link>
        }
      >
        {t("title")}
      </PageTitle>
      <p className="mb-4 text-stone-600 dark:text-stone-400">{t("intro")}</p>
      {docs.length === 0 ? (
        <Card>{t("noDocuments")}</Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {docs.map((d) => (
            <li key={d.id}>
              <Card className="flex h-full flex-col gap-3">
                <div className="flex items-start gap-2">
                  <FileText aria-hidden className="mt-1 shrink-0 text-brand-600" size={18} />
                  <div>
                    <h2 className="font-semibold leading-snug">
                      <Link href={`/student/documents/${encodeURIComponent(d.id)}`} className="hover:underline">
                        {d.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-stone-600 dark:text-stone-400">
                      {[d.authors.join("、"), d.date].filter(Boolean).join(" · ")}
                    </p>
                  </div>
                </div>
                <p className="flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
                  <span>{t("questions", { count: d.questionCount })}</span>
                  <span>{t("facts", { count: d.factCount })}</span>
                  <span>{t("studied", { count: d.studied })}</span>
                </p>
                <div className="mt-auto flex flex-wrap gap-2">
                  <Link href={`/student/documents/${encodeURIComponent(d.id)}`} className={buttonClass("secondary")}>
                    {t("open")}
                  </Link>
                  <form action={studyDocumentAction}>
                    <input type="hidden" name="documentId" value={d.id} />
                    <button type="submit" className={buttonClass("primary")}>
                      {t("studyThis")}
                    </button>
                  </form>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
