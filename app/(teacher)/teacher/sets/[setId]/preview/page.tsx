import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuestionBadges } from "@/components/teach/badges";
import { QuestionPreview } from "@/components/teach/question-preview";
import { Card, PageTitle } from "@/components/ui";
import { db } from "@/lib/server/db";
import { getQuestionsForPreview } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { getSet } from "@/lib/server/sets";

type Params = { params: Promise<{ setId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachSets"))("preview") };
}

/** The set as students will meet it, answers marked. */
export default async function SetPreviewPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { setId } = await params;
  const set = await getSet(db, user, setId);
  if (!set) notFound();
  const [t, questions] = await Promise.all([getTranslations("teachSets"), getQuestionsForPreview(db, user, set.items.map((i) => i.id))]);
  return (
    <>
      <PageTitle actions={<Link href={`/teacher/sets/${set.id}`} className="underline">{t("backToSet", { title: set.title })}</Link>}>
        {t("previewOf", { title: set.title })}
      </PageTitle>
      {questions.length === 0 ? (
        <Card>{t("emptySet")}</Card>
      ) : (
        <ol className="space-y-4">
          {questions.map((q, i) => (
            <li key={q.id}>
              <Card className={q.status === "retired" ? "opacity-60" : ""}>
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <span className="text-sm font-semibold">{t("questionN", { n: i + 1 })}</span>
                  <span className="flex items-center gap-3">
                    <QuestionBadges status={q.status} type={q.type} origin={q.origin} />
                    <Link href={`/teacher/questions/${q.id}`} className="text-sm underline">{t("fixOrRetire")}</Link>
                  </span>
                </div>
                <QuestionPreview type={q.type} prompt={q.prompt} payload={q.payload} explanation={q.explanation} />
                {q.sourceQuote && <blockquote className="mt-3 border-l-4 border-stone-300 pl-3 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">{q.sourceQuote}</blockquote>}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
