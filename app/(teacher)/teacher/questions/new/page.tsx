import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionEditor } from "@/components/teach/question-editor";
import { Card, PageTitle } from "@/components/ui";
import { db } from "@/lib/server/db";
import { editableDocumentWhere } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { createQuestionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachReview"))("writeQuestion") };
}

/** A question written by hand (origin "manual"), of any type, on a document the teacher may change. */
export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("teacher");
  const sp = await searchParams;
  const [t, documents] = await Promise.all([
    getTranslations("teachReview"),
    db.document.findMany({ where: { AND: [editableDocumentWhere(user), { status: "ready" }] }, orderBy: [{ ownerId: "asc" }, { title: "asc" }], select: { id: true, title: true } }),
  ]);
  const documentId = typeof sp.documentId === "string" ? sp.documentId : undefined;
  return (
    <>
      <PageTitle>{t("writeQuestion")}</PageTitle>
      <Card className="max-w-3xl">
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">{t("writeHelp")}</p>
        {documents.length === 0 ? (
          <p>{t("noDocuments")}</p>
        ) : (
          <QuestionEditor
            action={createQuestionAction}
            initial={{ type: "mcq", documentId: documentId ?? documents[0].id }}
            hidden={{}}
            typeFixed={false}
            documents={documents}
            submitLabel={t("create")}
          />
        )}
      </Card>
    </>
  );
}
