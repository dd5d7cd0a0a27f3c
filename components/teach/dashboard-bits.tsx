import { getTranslations } from "next-intl/server";
import type { MasteryGroup } from "@/lib/server/dashboards";
import type { CellState, ProgressCell } from "@/lib/teaching/progress";

const tone: Record<CellState, string> = {
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  late: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  overdue: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  in_progress: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  not_started: "bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-300",
  upcoming: "bg-stone-50 text-stone-500 dark:bg-stone-900 dark:text-stone-400",
};

export const percent = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${Math.round(x * 100)}%`);

/** One student × assignment: state, progress and score in a few characters. */
export async function ProgressCellView({ cell }: { cell: ProgressCell }) {
  const t = await getTranslations("teachDash");
  const detail = cell.mode === "practice" ? `${cell.done}/${cell.total}` : cell.score !== null ? percent(cell.score) : cell.attempts > 0 ? t("attemptsN", { count: cell.attempts }) : "";
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <span className={`rounded px-1.5 py-0.5 text-xs ${tone[cell.state]}`}>{t(`state.${cell.state}`)}</span>
      {detail && <span className="text-xs text-stone-600 dark:text-stone-400">{detail}</span>}
    </span>
  );
}

/** Mastery per group as bars: studied (light) and mastered (dark) shares of the cards. */
export async function MasteryBars({ groups, labelOf }: { groups: MasteryGroup[]; labelOf?: (g: MasteryGroup) => string }) {
  const t = await getTranslations("teachDash");
  if (groups.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">{t("noMastery")}</p>;
  return (
    <ul className="space-y-3">
      {groups.map((g) => {
        const studied = g.cards ? g.studied / g.cards : 0;
        const mastered = g.cards ? g.mastered / g.cards : 0;
        return (
          <li key={g.key}>
            <div className="flex justify-between gap-2 text-sm">
              <span className="truncate">{labelOf ? labelOf(g) : g.label}</span>
              <span className="shrink-0 text-stone-600 dark:text-stone-400">{t("masteryLine", { mastered: percent(mastered), studied: percent(studied) })}</span>
            </div>
            <div className="relative mt-1 h-2 rounded bg-stone-200 dark:bg-stone-800" role="img" aria-label={t("masteryAria", { mastered: percent(mastered), studied: percent(studied) })}>
              <div className="absolute inset-y-0 left-0 rounded bg-brand-100 dark:bg-stone-600" style={{ width: `${studied * 100}%` }} />
              <div className="absolute inset-y-0 left-0 rounded bg-brand-600" style={{ width: `${mastered * 100}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A "download CSV" link for one dashboard table. */
export async function CsvLink({ classId, table, query = "", label }: { classId: string; table: string; query?: string; label?: string }) {
  const t = await getTranslations("teachDash");
  return (
    <a href={`/api/teacher/classes/${classId}/csv/${table}${query}`} className="text-sm underline" download>
      {label ? t("downloadCsvOf", { what: label }) : t("downloadCsv")}
    </a>
  );
}
