import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-400">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClass("primary")}>
        {t("backHome")}
      </Link>
    </main>
  );
}
