import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuestionBadges } from "@/components/teach/badges";
import { Pagination } from "@/components/teach/pagination";
import { QuestionFilters } from "@/components/teach/question-filters";
import { Card, PageTitle, buttonClass } from "@/components/ui";
import { db } from "@/lib/server/db";
import { questionFilterOptions, searchQuestions } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { pageSchema, questionFilterSchema } from "@/lib/validations/teach";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachReview"))("bankTitle") };
}

/** The whole bank a teacher may see: search, filter, open any question to fix or retire it. */
export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("teacher");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = questionFilterSchema.catch({}).parse(raw);
  const page = pageSchema.parse(raw.page);
  const [t, ts, options, results] = await Promise.all([getTranslations("teachReview"), getTranslations("teachSets"), questionFilterOptions(db, user), searchQuestions(db, user, filter, page)]);
  const params = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>;
  return (
    <>
      <PageTitle actions={<Link href="/teacher/questions/new" className={buttonClass("secondary")}>{t("writeQuestion")}</Link>}>{t("bankTitle")}</PageTitle>
      <QuestionFilters action="/teacher/questions" options={options} filter={filter} />
      <Card>
        <p className="mb-3 text-sm text-stone-600 dark:text-stone-400" role="status">{ts("matching", { count: results.total })}</p>
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {results.items.map((q) => (
            <li key={q.id} className="py-2">
              <Link href={`/teacher/questions/${q.id}`} className="block text-sm hover:underline">{q.prompt}</Link>
              <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                <QuestionBadges status={q.status} type={q.type} origin={q.origin} score={q.qualityScore} />
                <span>{q.documentTitle}</span>
              </span>
            </li>
          ))}
        </ul>
        <Pagination basePath="/teacher/questions" params={params} page={results.page} pageCount={results.pageCount} />
      </Card>
    </>
  );
}
