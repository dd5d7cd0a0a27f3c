import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { CopyButton } from "@/components/teach/copy-button";
import { Card, Field, PageTitle } from "@/components/ui";
import { getTeacherClass } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { archiveClassAction, regenerateJoinCodeAction, removeStudentAction, renameClassAction } from "../actions";

type Params = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const user = await requireUser("teacher");
  const c = await getTeacherClass(db, user, (await params).classId);
  return { title: c?.name ?? (await getTranslations("teachClasses"))("title") };
}

async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function ClassPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { classId } = await params;
  const c = await getTeacherClass(db, user, classId);
  if (!c) notFound();
  const [t, format, origin] = await Promise.all([getTranslations("teachClasses"), getFormatter(), siteOrigin()]);
  const joinLink = `${origin}/join/${c.joinCode}`;
  return (
    <>
      <PageTitle
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/teacher/classes/${c.id}/dashboard`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              {t("dashboard")}
            </Link>
          </div>
        }
      >
        {c.name}
        {c.archived && <span className="ml-3 rounded bg-stone-200 px-2 py-0.5 align-middle text-sm font-normal dark:bg-stone-800">{t("archived")}</span>}
      </PageTitle>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">{t("joinTitle")}</h2>
          <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">{t("joinHelp")}</p>
          <p className="mb-3">
            <span className="sr-only">{t("joinCode")}: </span>
            <code data-testid="join-code" className="rounded bg-stone-100 px-3 py-1 font-mono text-2xl tracking-widest dark:bg-stone-800">
              {c.joinCode}
            </code>
          </p>
          <p className="mb-3 break-all text-sm">
            {t("joinLink")}: <a href={joinLink} data-testid="join-link" className="underline">{joinLink}</a>
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <CopyButton text={c.joinCode} label={t("copyCode")} copiedLabel={t("copied")} />
            <CopyButton text={joinLink} label={t("copyLink")} copiedLabel={t("copied")} />
            <ActionForm action={regenerateJoinCodeAction} confirm="confirmRegenerate" inline>
              <input type="hidden" name="classId" value={c.id} />
              <SubmitButton variant="secondary">{t("regenerate")}</SubmitButton>
            </ActionForm>
          </div>
          {c.archived && <p className="mt-3 text-sm text-amber-700 dark:text-amber-300">{t("archivedNoJoin")}</p>}
        </Card>

        <Card>
          <h2 className="mb-3 font-semibold">{t("settingsTitle")}</h2>
          <ActionForm action={renameClassAction} className="mb-4 flex flex-wrap items-end gap-3" label={t("rename")}>
            <input type="hidden" name="classId" value={c.id} />
            <div className="min-w-52 flex-1">
              <Field name="name" label={t("name")} defaultValue={c.name} required maxLength={80} />
            </div>
            <SubmitButton variant="secondary">{t("rename")}</SubmitButton>
          </ActionForm>
          <ActionForm action={archiveClassAction} confirm={c.archived ? undefined : "confirmArchive"} inline>
            <input type="hidden" name="classId" value={c.id} />
            <input type="hidden" name="archived" value={c.archived ? "0" : "1"} />
            <SubmitButton variant="secondary">{c.archived ? t("restore") : t("archive")}</SubmitButton>
          </ActionForm>
        </Card>
      </div>

      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">
          {t("rosterTitle")} <span className="text-sm font-normal text-stone-500">({c.studentCount})</span>
        </h2>
        {c.roster.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("rosterEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-stone-200 dark:border-stone-800">
                <tr>
                  <th scope="col" className="px-2 py-2">{t("studentName")}</th>
                  <th scope="col" className="px-2 py-2">{t("studentEmail")}</th>
                  <th scope="col" className="px-2 py-2">{t("joinedAt")}</th>
                  <th scope="col" className="px-2 py-2"><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {c.roster.map((s) => (
                  <tr key={s.userId} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                    <td className="px-2 py-2">
                      <Link href={`/teacher/classes/${c.id}/students/${s.userId}`} className="underline">{s.name}</Link>
                    </td>
                    <td className="px-2 py-2 font-mono text-xs">{s.email}</td>
                    <td className="px-2 py-2">{format.dateTime(s.joinedAt, { dateStyle: "medium" })}</td>
                    <td className="px-2 py-2 text-right">
                      <ActionForm action={removeStudentAction} confirm="confirmRemoveStudent" inline>
                        <input type="hidden" name="classId" value={c.id} />
                        <input type="hidden" name="userId" value={s.userId} />
                        <SubmitButton variant="ghost" ariaLabel={t("removeStudent", { name: s.name })}>{t("remove")}</SubmitButton>
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
