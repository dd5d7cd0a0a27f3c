import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { CopyButton } from "@/components/teach/copy-button";
import { Card, Field, PageTitle } from "@/components/ui";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { assignmentPhase, listClassAssignments } from "@/lib/server/assignments";
import { getTeacherClass } from "@/lib/server/classes";
import { listSets } from "@/lib/server/sets";
import { instantToZonedLocal } from "@/lib/teaching/dates";
import { createAssignmentAction, deleteAssignmentAction } from "../../assignments/actions";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
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
  const [t, ta, format, origin, assignments, sets] = await Promise.all([
    getTranslations("teachClasses"),
    getTranslations("teachAssign"),
    getFormatter(),
    siteOrigin(),
    listClassAssignments(db, user, c.id),
    listSets(db, user),
  ]);
  const now = await clockNow();
  const usableSets = sets.filter((s) => s.itemCount > 0);
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
        <h2 className="mb-3 font-semibold">{ta("listTitle")}</h2>
        {assignments.length === 0 ? (
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">{ta("none")}</p>
        ) : (
          <div className="mb-6 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="assignments">
              <thead className="border-b border-stone-200 dark:border-stone-800">
                <tr>
                  <th scope="col" className="px-2 py-2">{ta("title")}</th>
                  <th scope="col" className="px-2 py-2">{ta("mode")}</th>
                  <th scope="col" className="px-2 py-2">{ta("set")}</th>
                  <th scope="col" className="px-2 py-2">{ta("opensAt")}</th>
                  <th scope="col" className="px-2 py-2">{ta("dueAt")}</th>
                  <th scope="col" className="px-2 py-2">{ta("phase")}</th>
                  <th scope="col" className="px-2 py-2"><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.id} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                    <td className="px-2 py-2">
                      <Link href={`/teacher/assignments/${a.id}`} className="underline">{a.title}</Link>
                    </td>
                    <td className="px-2 py-2">
                      {ta(`mode_${a.mode}`)}
                      {a.mode === "quiz" && (a.timeLimitSec || a.maxAttempts) && (
                        <span className="block text-xs text-stone-500">
                          {a.timeLimitSec ? ta("minutes", { count: Math.round(a.timeLimitSec / 60) }) : ""}
                          {a.timeLimitSec && a.maxAttempts ? " · " : ""}
                          {a.maxAttempts ? ta("attempts", { count: a.maxAttempts }) : ""}
                        </span>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      <Link href={`/teacher/sets/${a.setId}`} className="underline">{a.setTitle}</Link> <span className="text-stone-500">({a.itemCount})</span>
                    </td>
                    <td className="px-2 py-2">{format.dateTime(a.opensAt, { dateStyle: "short", timeStyle: "short", timeZone: user.timezone })}</td>
                    <td className="px-2 py-2">{format.dateTime(a.dueAt, { dateStyle: "short", timeStyle: "short", timeZone: user.timezone })}</td>
                    <td className="px-2 py-2">{ta(`phase_${assignmentPhase(a, now)}`)}</td>
                    <td className="px-2 py-2 text-right">
                      {a.attemptCount === 0 && (
                        <ActionForm action={deleteAssignmentAction} confirm="confirmDeleteAssignment" inline>
                          <input type="hidden" name="assignmentId" value={a.id} />
                          <SubmitButton variant="ghost" ariaLabel={ta("deleteNamed", { title: a.title })}>{ta("delete")}</SubmitButton>
                        </ActionForm>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mb-2 font-medium">{ta("newTitle")}</h3>
        {c.archived ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{ta("archivedClass")}</p>
        ) : usableSets.length === 0 ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {ta("noSets")} <Link href="/teacher/sets" className="underline">{ta("buildSet")}</Link>
          </p>
        ) : (
          <AssignmentForm
            action={createAssignmentAction}
            sets={usableSets.map((s) => ({ id: s.id, title: s.title }))}
            fixed={{ classId: c.id }}
            defaults={{
              title: usableSets[0].title,
              mode: "practice",
              opensAt: instantToZonedLocal(now, user.timezone),
              dueAt: instantToZonedLocal(new Date(now.getTime() + 7 * 24 * 3600_000), user.timezone),
            }}
            submitLabel={ta("assign")}
          />
        )}
      </Card>

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
