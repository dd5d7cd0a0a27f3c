import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui";
import { listTeacherClasses } from "@/lib/server/classes";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("homeTitle") };
}

export default async function TeacherHomePage() {
  const user = await requireUser("teacher");
  const [t, classes] = await Promise.all([getTranslations("teacher"), listTeacherClasses(user.id)]);
  return (
    <>
      <PageTitle>{t("classesTitle")}</PageTitle>
      {classes.length === 0 ? (
        <Card>{t("noClasses")}</Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card>
                <h2 className="font-semibold">{c.name}</h2>
                <p className="text-sm text-stone-600 dark:text-stone-400">{t("students", { count: c.studentCount })}</p>
                <p className="mt-2 text-sm">
                  {t("joinCode")}: <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono dark:bg-stone-800">{c.joinCode}</code>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
