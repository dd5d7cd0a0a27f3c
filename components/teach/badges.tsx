import { getTranslations } from "next-intl/server";

const statusTone: Record<string, string> = {
  active: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  draft: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  retired: "bg-stone-200 text-stone-700 line-through dark:bg-stone-800 dark:text-stone-300",
};

/** Status, type and origin of a question as small labels. */
export async function QuestionBadges({ status, type, origin, score }: { status: string; type: string; origin?: string; score?: number }) {
  const t = await getTranslations("teachBank");
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs">
      <span className={`rounded px-1.5 py-0.5 ${statusTone[status] ?? ""}`}>{t(`status.${status}`)}</span>
      <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-900 dark:bg-sky-950 dark:text-sky-200">{t(`type.${type}`)}</span>
      {origin && origin !== "generated" && (
        <span className="rounded bg-violet-100 px-1.5 py-0.5 text-violet-900 dark:bg-violet-950 dark:text-violet-200">{t(`origin.${origin}`)}</span>
      )}
      {score !== undefined && <span className="text-stone-500">{t("score", { score: Math.round(score * 100) })}</span>}
    </span>
  );
}
