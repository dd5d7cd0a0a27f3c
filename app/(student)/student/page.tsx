import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("todayTitle") };
}

export default async function StudentTodayPage() {
  const user = await requireUser("student", "teacher");
  const t = await getTranslations("student");
  return (
    <>
      <PageTitle>{t("todayTitle")}</PageTitle>
      <Card>
        <p className="font-medium">{t("greeting", { name: user.name })}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("placeholder")}</p>
      </Card>
    </>
  );
}
