import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links keeping the other search params. */
export async function Pagination({ basePath, params, page, pageCount }: { basePath: string; params: Record<string, string | undefined>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("teachBank");
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
    sp.set("page", String(p));
    return `${basePath}?${sp.toString()}`;
  };
  const link = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <nav aria-label={t("pages")} className="mt-4 flex items-center gap-3">
      {page > 1 ? <Link href={href(page - 1)} className={link} rel="prev">{t("previous")}</Link> : <span className={`${link} opacity-40`}>{t("previous")}</span>}
      <span className="text-sm">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)} className={link} rel="next">{t("next")}</Link> : <span className={`${link} opacity-40`}>{t("next")}</span>}
    </nav>
  );
}
