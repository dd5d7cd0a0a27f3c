import { getTranslations } from "next-intl/server";
import { Button, inputClass } from "@/components/ui";
import { QUESTION_STATUSES } from "@/lib/domain/constants";
import type { FilterOptions } from "@/lib/server/questions";
import type { QuestionFilter } from "@/lib/validations/teach";

/** The question browser's search and filters, as a GET form (the URL keeps them). */
export async function QuestionFilters({ action, options, filter, hidden = {} }: { action: string; options: FilterOptions; filter: QuestionFilter; hidden?: Record<string, string> }) {
  const t = await getTranslations("teachBank");
  const select = `${inputClass} w-auto min-w-36`;
  return (
    <form action={action} method="get" role="search" aria-label={t("filters")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="mb-1 block text-sm font-medium">{t("search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder={t("searchPlaceholder")} className={inputClass} />
      </div>
      <FilterSelect id="filter-document" name="documentId" label={t("document")} value={filter.documentId} className={select} any={t("any")}
        options={options.documents.map((d) => [d.id, d.own ? `${d.title} · ${t("ownDocument")}` : d.title])} />
      <FilterSelect id="filter-kind" name="factKind" label={t("factKind")} value={filter.factKind} className={select} any={t("any")}
        options={options.factKinds.map((k) => [k, t(`kind.${k}`)])} />
      <FilterSelect id="filter-type" name="type" label={t("questionType")} value={filter.type} className={select} any={t("any")}
        options={options.types.map((k) => [k, t(`type.${k}`)])} />
      <FilterSelect id="filter-tag" name="tag" label={t("tag")} value={filter.tag} className={select} any={t("any")}
        options={options.tags.map((k) => [k, k])} />
      <FilterSelect id="filter-status" name="status" label={t("statusLabel")} value={filter.status} className={select} any={t("anyButRetired")}
        options={QUESTION_STATUSES.map((k) => [k, t(`status.${k}`)])} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary">{t("apply")}</Button>
      </div>
    </form>
  );
}

function FilterSelect({ id, name, label, value, options, className, any }: { id: string; name: string; label: string; value?: string; options: (readonly [string, string])[] | [string, string][]; className: string; any: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );
}
