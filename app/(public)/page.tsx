import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookOpenText, CalendarClock, Users } from "lucide-react";
import { buttonClass, Card } from "@/components/ui";
import { ROLE_HOME } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/server/session";

export default async function HomePage() {
  const [t, user] = await Promise.all([getTranslations("home"), getCurrentUser()]);
  const features = [
    { icon: BookOpenText, title: t("featureBankTitle"), body: t("featureBankBody") },
    { icon: CalendarClock, title: t("featureSrsTitle"), body: t("featureSrsBody") },
    { icon: Users, title: t("featureClassTitle"), body: t("featureClassBody") },
  ];
  return (
    <div className="space-y-10">
      <section className="space-y-4 py-6 sm:py-12">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("heroTitle")}</h1>
        <p className="max-w-2xl text-lg text-stone-600 dark:text-stone-300">{t("heroBody")}</p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <>
              <p className="w-full text-stone-700 dark:text-stone-300">{t("welcomeBack", { name: user.name })}</p>
              <Link href={ROLE_HOME[user.role]} className={buttonClass("primary")}>
                {t("goHome")}
              </Link>
            </>
          ) : (
            <>
              <Link href="/signup" className={buttonClass("primary")}>
                {t("start")}
              </Link>
              <Link href="/signin" className={buttonClass("secondary")}>
                {t("haveAccount")}
              </Link>
            </>
          )}
        </div>
      </section>
      <div className="grid gap-4 sm:grid-cols-3">
        {features.map(({ icon: Icon, title, body }) => (
          <Card key={title}>
            <Icon aria-hidden className="mb-3 text-brand-600" />
            <h2 className="mb-1 font-semibold">{title}</h2>
            <p className="text-sm text-stone-600 dark:text-stone-400">{body}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
