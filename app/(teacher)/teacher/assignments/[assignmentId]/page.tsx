import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { Card, PageTitle } from "@/components/ui";
import { getAssignment } from "@/lib/server/assignments";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { instantToZonedLocal } from "@/lib/teaching/dates";
import { updateAssignmentAction } from "../actions";

type Params = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachAssign"))("editTitle") };
}

export default async function AssignmentPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { assignmentId } = await params;
  const a = await getAssignment(db, user, assignmentId);
  if (!a) notFound();
  const t = await getTranslations("teachAssign");
  return (
    <>
      <PageTitle actions={<Link href={`/teacher/classes/${a.classId}`} className="underline">{t("backToClass")}</Link>}>{a.title}</PageTitle>
      <Card className="max-w-2xl">
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
          {t(`mode_${a.mode}`)} · <Link href={`/teacher/sets/${a.setId}`} className="underline">{a.setTitle}</Link> ·{" "}
          <Link href={`/teacher/classes/${a.classId}/dashboard`} className="underline">{t("progress")}</Link>
        </p>
        <AssignmentForm
          action={updateAssignmentAction}
          fixed={{ assignmentId: a.id, mode: a.mode }}
          defaults={{
            title: a.title,
            mode: a.mode,
            opensAt: instantToZonedLocal(a.opensAt, user.timezone),
            dueAt: instantToZonedLocal(a.dueAt, user.timezone),
            timeLimitMin: a.timeLimitSec ? String(Math.round(a.timeLimitSec / 60)) : "",
            maxAttempts: a.maxAttempts ? String(a.maxAttempts) : "",
          }}
          submitLabel={t("save")}
        />
      </Card>
    </>
  );
}
