import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { HighlightedText } from "@/components/study/highlighted-text";
import { buttonClass, Card, Notice } from "@/components/ui";
import { sourceHref } from "@/lib/study/question";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { getDocument } from "@/lib/server/student-documents";
import { studyDocumentAction } from "../actions";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ highlight?: string | string[] }>;
}

/** "start-end" offsets into the raw text, or null. */
function parseHighlight(value: string | string[] | undefined): { start: number; end: number } | null {
  const m = typeof value === "string" ? /^(\d{1,9})-(\d{1,9})$/.exec(value) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser("student", "teacher");
  const doc = await getDocument(db, user.id, safeDecode((await params).id));
  return { title: doc?.title ?? "" };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const user = await requireUser("student", "teacher");
  const [{ id }, query, t, tc] = await Promise.all([params, searchParams, getTranslations("studyBrowse"), getTranslations("studyCommon")]);
  const doc = await getDocument(db, user.id, safeDecode(id));
  if (!doc) notFound();
  const highlight = parseHighlight(query.highlight);
  const factsByKind = new Map<string, typeof doc.facts>();
  for (const f of doc.facts) factsByKind.set(f.kind, [...(factsByKind.get(f.kind) ?? []), f]);
  return (
    <div className="space-y-6">
      <Link href="/student/documents" className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline dark:text-brand-100">
        <ArrowLeft aria-hidden size={16} />
        {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{doc.title}</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {[doc.authors.length ? t("by", { authors: doc.authors.join("、") }) : null, doc.date, doc.sourceInfo].filter(Boolean).join(" · ")}
          </p>
        </div>
        <form action={studyDocumentAction}>
          <input type="hidden" name="documentId" value={doc.id} />
          <button type="submit" className={buttonClass("primary")} title={t("studyThisHint")}>
            {t("studyThis")}
          </button>
        </form>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <h2 className="sr-only">{t("text")}</h2>
          {highlight && (
            <div className="mb-4">
              <Notice>{t("highlighted")}</Notice>
            </div>
          )}
          <HighlightedText text={doc.rawText} start={highlight?.start ?? null} end={highlight?.end ?? null} />
        </Card>
        <aside className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold">{t("factsTitle")}</h2>
            <div className="max-h-[28rem] space-y-4 overflow-y-auto">
              {[...factsByKind].map(([kind, facts]) => (
                <section key={kind}>
                  <h3 className="mb-1 text-sm font-medium text-stone-600 dark:text-stone-400">
                    {t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind} · {facts.length}
                  </h3>
                  <ul className="space-y-1 text-sm">
                    {facts.map((f) => (
                      <li key={f.id}>
                        <Link href={sourceHref({ documentId: doc.id, start: f.start, end: f.end })} className="hover:underline">
                          {f.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">
              {t("questionsTitle")} · {doc.questions.length}
            </h2>
            <ul className="max-h-[28rem] space-y-2 overflow-y-auto text-sm">
              {doc.questions.map((q) => (
                <li key={q.id}>
                  <span className="mr-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-800">
                    {tc.has(`types.${q.type}`) ? tc(`types.${q.type}`) : q.type}
                  </span>
                  <Link href={sourceHref({ documentId: doc.id, start: q.sourceStart, end: q.sourceEnd })} className="hover:underline">
                    {q.prompt}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        </aside>
      </div>
    </div>
  );
}
