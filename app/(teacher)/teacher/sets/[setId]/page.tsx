import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { QuestionBadges } from "@/components/teach/badges";
import { Card, Field, PageTitle, buttonClass } from "@/components/ui";
import { listTeacherClasses } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { requireUser } from "@/lib/server/session";
import { getSet } from "@/lib/server/sets";
import { instantToZonedLocal } from "@/lib/teaching/dates";
import { createAssignmentAction } from "../../assignments/actions";
import { approveSetDraftsAction } from "../../questions/actions";
import { deleteSetAction, moveItemAction, removeItemAction, updateSetAction } from "../actions";

type Params = { params: Promise<{ setId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const user = await requireUser("teacher");
  const set = await getSet(db, user, (await params).setId);
  return { title: set?.title ?? (await getTranslations("teachSets"))("title") };
}

export default async function SetPage({ params }: Params) {
  const user = await requireUser("teacher");
  const { setId } = await params;
  const set = await getSet(db, user, setId);
  if (!set) notFound();
  const [t, ta, classes] = await Promise.all([getTranslations("teachSets"), getTranslations("teachAssign"), listTeacherClasses(db, user)]);
  const activeClasses = classes.filter((c) => !c.archived);
  const now = await clockNow();
  const inAWeek = new Date(now.getTime() + 7 * 24 * 3600_000);
  const retired = set.items.filter((i) => i.status === "retired").length;
  const drafts = set.items.filter((i) => i.status === "draft").length;
  return (
    <>
      <PageTitle
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/teacher/sets/${set.id}/add`} className={buttonClass("primary")}>{t("addQuestions")}</Link>
            <Link href={`/teacher/sets/${set.id}/preview`} className={buttonClass("secondary")}>{t("preview")}</Link>
          </div>
        }
      >
        {set.title}
      </PageTitle>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <h2 className="mb-3 font-semibold">
              {t("questions")} <span className="text-sm font-normal text-stone-500">({set.itemCount})</span>
            </h2>
            {retired > 0 && <p className="mb-3 text-sm text-amber-700 dark:text-amber-300">{t("retiredInSet", { count: retired })}</p>}
            {drafts > 0 && (
              <ActionForm action={approveSetDraftsAction} className="mb-3 flex flex-wrap items-center gap-3 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950">
                <input type="hidden" name="setId" value={set.id} />
                <span>{t("draftsInSet", { count: drafts })}</span>
                <SubmitButton variant="secondary">{t("approveDrafts")}</SubmitButton>
              </ActionForm>
            )}
            {set.items.length === 0 ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">{t("emptySet")}</p>
            ) : (
              <ol className="divide-y divide-stone-100 dark:divide-stone-800" data-testid="set-items">
                {set.items.map((q, i) => (
                  <li key={q.id} className="flex flex-wrap items-start gap-3 py-3" data-question-id={q.id}>
                    <span className="w-6 shrink-0 pt-1 text-right text-sm text-stone-500">{i + 1}</span>
                    <div className="min-w-0 flex-1">
                      <p className="text-sm">
                        <Link href={`/teacher/questions/${q.id}`} className="hover:underline">{q.prompt}</Link>
                      </p>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                        <QuestionBadges status={q.status} type={q.type} origin={q.origin} />
                        <span>{q.documentTitle}</span>
                        <Link href={`/teacher/questions/${q.id}`} className="underline">{t("fixOrRetire")}</Link>
                      </p>
                    </div>
                    <ActionForm action={moveItemAction} inline label={t("moveLabel", { n: i + 1 })}>
                      <input type="hidden" name="setId" value={set.id} />
                      <input type="hidden" name="questionId" value={q.id} />
                      <SubmitButton variant="ghost" name="move" value="up" ariaLabel={t("moveUp", { n: i + 1 })} className="px-2">↑</SubmitButton>
                      <SubmitButton variant="ghost" name="move" value="down" ariaLabel={t("moveDown", { n: i + 1 })} className="px-2">↓</SubmitButton>
                    </ActionForm>
                    <ActionForm action={removeItemAction} inline>
                      <input type="hidden" name="setId" value={set.id} />
                      <input type="hidden" name="questionId" value={q.id} />
                      <SubmitButton variant="ghost" ariaLabel={t("removeFromSet", { n: i + 1 })} className="px-2">✕</SubmitButton>
                    </ActionForm>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold">{ta("assignTitle")}</h2>
            {activeClasses.length === 0 ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {ta("noClasses")} <Link href="/teacher" className="underline">{ta("createClass")}</Link>
              </p>
            ) : set.itemCount === 0 ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">{ta("setEmptyHint")}</p>
            ) : (
              <AssignmentForm
                action={createAssignmentAction}
                classes={activeClasses.map((c) => ({ id: c.id, name: c.name }))}
                fixed={{ setId: set.id }}
                defaults={{
                  title: set.title,
                  mode: "practice",
                  opensAt: instantToZonedLocal(now, user.timezone),
                  dueAt: instantToZonedLocal(inAWeek, user.timezone),
                }}
                submitLabel={ta("assign")}
                narrow
              />
            )}
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("settings")}</h2>
            <ActionForm action={updateSetAction} className="space-y-3" label={t("settings")}>
              <input type="hidden" name="setId" value={set.id} />
              <Field name="title" id="set-title" label={t("setTitle")} defaultValue={set.title} required maxLength={120} />
              <Field name="description" id="set-description" label={t("description")} defaultValue={set.description} maxLength={1000} />
              <SubmitButton variant="secondary">{t("save")}</SubmitButton>
            </ActionForm>
            <ActionForm action={deleteSetAction} confirm="confirmDeleteSet" className="mt-4">
              <input type="hidden" name="setId" value={set.id} />
              <SubmitButton variant="danger">{t("delete")}</SubmitButton>
            </ActionForm>
          </Card>
        </div>
      </div>
    </>
  );
}
