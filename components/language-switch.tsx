import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions/preferences";
import { LOCALES } from "@/lib/domain/constants";

/** Plain form buttons: works without JavaScript, one click to switch. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={switchLocale} className="flex items-center" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l === "zh" ? "zh-CN" : "en"}
          className={`min-h-10 rounded-md px-2 text-sm ${l === locale ? "font-semibold text-brand-700 dark:text-brand-100" : "text-stone-600 hover:bg-stone-200/60 dark:text-stone-400 dark:hover:bg-stone-800"}`}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}
