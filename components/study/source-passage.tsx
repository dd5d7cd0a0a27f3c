"use client";

import Link from "next/link";
import { BookOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import { sourceHref } from "@/lib/study/question";

/** The passage a question was made from, highlighted, with a link to it in its document. */
export function SourcePassageView({
  source,
}: {
  source: { documentId: string; documentTitle?: string; start: number; end: number; quote: string };
}) {
  const t = useTranslations("studyCommon");
  return (
    <figure className="space-y-2" data-testid="source-passage">
      <figcaption className="text-sm font-medium text-stone-600 dark:text-stone-400">
        {t("source")}
        {source.documentTitle ? `：《${source.documentTitle}》` : ""}
      </figcaption>
      <blockquote className="rounded-md border-l-4 border-amber-400 bg-amber-50/60 px-3 py-2 leading-relaxed dark:bg-amber-950/30" lang="zh-CN">
        <mark className="bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-700/50">{source.quote}</mark>
      </blockquote>
      <Link
        href={sourceHref(source)}
        className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100"
      >
        <BookOpen aria-hidden size={16} />
        {t("showInDocument")}
      </Link>
    </figure>
  );
}
