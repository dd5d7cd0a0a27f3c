import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui";
import { listStudentClasses } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { JoinForm } from "./join-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachJoin"))("title") };
}

export default async function JoinPage() {
  const user = await requireUser("student", "teacher");
  const [t, classes] = await Promise.all([getTranslations("teachJoin"), listStudentClasses(db, user.id)]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      <Card>
        <JoinForm />
      </Card>
      {classes.length > 0 && (
        <Card className="mt-6">
          <h2 className="mb-2 font-semibold">{t("yourClasses")}</h2>
          <ul className="space-y-1 text-sm">
            {classes.map((c) => (
              <li key={c.id}>
                {c.name} <span className="text-stone-500">· {c.teacherName}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
