import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { QuestionBadges } from "@/components/teach/badges";
import { Pagination } from "@/components/teach/pagination";
import { QuestionFilters } from "@/components/teach/question-filters";
import { Card, PageTitle } from "@/components/ui";
import { db } from "@/lib/server/db";
import { questionFilterOptions, searchQuestions } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { getSet } from "@/lib/server/sets";
import { pageSchema, questionFilterSchema } from "@/lib/validations/teach";
import { addSelectedAction } from "../../actions";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachSets"))("addQuestions") };
}

const single = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

/** The question browser, picking questions into a set. */
export default async function AddToSetPage({ params, searchParams }: Props) {
  const user = await requireUser("teacher");
  const [{ setId }, sp] = await Promise.all([params, searchParams]);
  const set = await getSet(db, user, setId);
  if (!set) notFound();
  const raw = single(sp);
  const filter = questionFilterSchema.catch({}).parse(raw);
  const page = pageSchema.parse(raw.page);
  const [t, options, results] = await Promise.all([getTranslations("teachSets"), questionFilterOptions(db, user), searchQuestions(db, user, filter, page)]);
  const inSet = new Set(set.items.map((i) => i.id));
  const filterEntries = Object.entries(filter).filter(([, v]) => v) as [string, string][];
  return (
    <>
      <PageTitle actions={<Link href={`/teacher/sets/${set.id}`} className="underline">{t("backToSet", { title: set.title })}</Link>}>
        {t("addQuestionsTo", { title: set.title })}
      </PageTitle>
      <QuestionFilters action={`/teacher/sets/${set.id}/add`} options={options} filter={filter} />
      <Card>
        <ActionForm action={addSelectedAction} label={t("addQuestions")}>
          <input type="hidden" name="setId" value={set.id} />
          {filterEntries.map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <p className="text-sm text-stone-600 dark:text-stone-400" role="status">{t("matching", { count: results.total })}</p>
            <SubmitButton>{t("addSelected")}</SubmitButton>
            {results.total > 0 && (
              <SubmitButton variant="secondary" name="all" value="1">{t("addAllMatching", { count: Math.min(results.total, 500) })}</SubmitButton>
            )}
          </div>
          {results.items.length === 0 ? (
            <p className="text-sm">{t("noMatch")}</p>
          ) : (
            <ul className="divide-y divide-stone-100 dark:divide-stone-800" data-testid="question-results">
              {results.items.map((q) => (
                <li key={q.id} className="flex items-start gap-3 py-2">
                  <input
                    type="checkbox"
                    name="questionId"
                    value={q.id}
                    id={`pick-${q.id}`}
                    disabled={inSet.has(q.id)}
                    defaultChecked={inSet.has(q.id)}
                    className="mt-1 size-4"
                  />
                  <label htmlFor={`pick-${q.id}`} className="min-w-0 flex-1 text-sm">
                    <span className="block">{q.prompt}</span>
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                      <QuestionBadges status={q.status} type={q.type} origin={q.origin} score={q.qualityScore} />
                      <span>{q.documentTitle}</span>
                      {inSet.has(q.id) && <span>{t("alreadyInSet")}</span>}
                    </span>
                  </label>
                  <Link href={`/teacher/questions/${q.id}`} className="shrink-0 text-xs underline">{t("open")}</Link>
                </li>
              ))}
            </ul>
          )}
        </ActionForm>
        <Pagination basePath={`/teacher/sets/${set.id}/add`} params={Object.fromEntries(filterEntries)} page={results.page} pageCount={results.pageCount} />
      </Card>
    </>
  );
}
