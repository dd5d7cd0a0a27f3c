import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { listTeacherClasses } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { createClassAction } from "./classes/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("homeTitle") };
}

export default async function TeacherHomePage() {
  const user = await requireUser("teacher");
  const [t, tc, classes] = await Promise.all([getTranslations("teacher"), getTranslations("teachClasses"), listTeacherClasses(db, user)]);
  return (
    <>
      <PageTitle>{t("classesTitle")}</PageTitle>
      <Card className="mb-6">
        <h2 className="mb-3 font-semibold">{tc("createTitle")}</h2>
        <ActionForm action={createClassAction} className="flex flex-wrap items-end gap-3" label={tc("createTitle")}>
          <div className="min-w-60 flex-1">
            <Field name="name" label={tc("name")} required maxLength={80} placeholder={tc("namePlaceholder")} />
          </div>
          <SubmitButton>{tc("create")}</SubmitButton>
        </ActionForm>
      </Card>
      {classes.length === 0 ? (
        <Card>{t("noClasses")}</Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card className={c.archived ? "opacity-70" : ""}>
                <h2 className="font-semibold">
                  <Link href={`/teacher/classes/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {c.name}
                  </Link>
                  {c.archived && <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-normal dark:bg-stone-800">{tc("archived")}</span>}
                </h2>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t("students", { count: c.studentCount })} · {tc("assignmentCount", { count: c.assignmentCount })}
                </p>
                <p className="mt-2 text-sm">
                  {t("joinCode")}: <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono dark:bg-stone-800">{c.joinCode}</code>
                </p>
                <p className="mt-3 flex flex-wrap gap-3 text-sm">
                  <Link href={`/teacher/classes/${c.id}`} className="underline">{tc("open")}</Link>
                  <Link href={`/teacher/classes/${c.id}/dashboard`} className="underline">{tc("dashboard")}</Link>
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
