import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui";
import { sourceHref } from "@/lib/study/question";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { timeline } from "@/lib/server/student-documents";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyBrowse"))("timeline") };
}

/** Dated events across every readable document, grouped by year. */
export default async function TimelinePage() {
  const user = await requireUser("student", "teacher");
  const [events, t] = await Promise.all([timeline(db, user.id), getTranslations("studyBrowse")]);
  const byYear = new Map<string, typeof events>();
  for (const e of events) {
    const year = /^\d{4}/.exec(e.iso)?.[0] ?? e.text;
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }
  return (
    <>
      <PageTitle>{t("timeline")}</PageTitle>
      <p className="mb-4 text-stone-600 dark:text-stone-400">{t("timelineIntro")}</p>
      {events.length === 0 ? (
        <Card>{t("noEvents")}</Card>
      ) : (
        <ol className="relative space-y-6 border-l-2 border-brand-100 pl-6 dark:border-stone-700" data-testid="timeline">
          {[...byYear].map(([year, list]) => (
            <li key={year}>
              <span className="absolute -left-[0.55rem] mt-1 h-4 w-4 rounded-full border-2 border-white bg-brand-600 dark:border-stone-950" aria-hidden />
              <h2 className="text-lg font-semibold text-brand-700 dark:text-brand-100">{year}</h2>
              <ul className="mt-2 space-y-2">
                {list.map((e) => (
                  <li key={e.factId} className="rounded-md bg-white p-3 shadow-sm dark:bg-stone-900">
                    <p>
                      <span className="mr-2 font-medium">{e.text}</span>
                      {e.event}
                      {e.inferred && <span className="ml-1 text-xs text-stone-500">{t("inferred")}</span>}
                    </p>
                    <Link href={sourceHref(e)} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
                      {t("inDocument", { title: e.documentTitle })}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
