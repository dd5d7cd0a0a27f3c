import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, Notice, PageTitle, buttonClass } from "@/components/ui";
import { listStudentClasses } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { JoinForm } from "./join-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachJoin"))("title") };
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("student", "teacher");
  const [t, classes, sp] = await Promise.all([getTranslations("teachJoin"), listStudentClasses(db, user.id), searchParams]);
  // after joining: the class is named only if the student really is in it
  const joined = typeof sp.joined === "string" ? classes.find((c) => c.id === sp.joined) : undefined;
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      {joined && (
        <div className="mb-6 space-y-3">
          <Notice tone="success">{t(sp.already === "1" ? "alreadyJoined" : "joined", { name: joined.name })}</Notice>
          <Link href="/student" className={buttonClass("primary")}>
            {t("goHome")}
          </Link>
        </div>
      )}
      <Card>
        {joined && <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{t("joinAnother")}</p>}
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
