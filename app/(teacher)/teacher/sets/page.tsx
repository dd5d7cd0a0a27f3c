import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/teach/action-form";
import { Card, Field, PageTitle, inputClass } from "@/components/ui";
import { QUESTION_STATUSES } from "@/lib/domain/constants";
import { db } from "@/lib/server/db";
import { questionFilterOptions } from "@/lib/server/questions";
import { requireUser } from "@/lib/server/session";
import { listSets } from "@/lib/server/sets";
import { MAX_SET_SIZE } from "@/lib/validations/teach";
import { buildSetAction, createSetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachSets"))("title") };
}

export default async function SetsPage() {
  const user = await requireUser("teacher");
  const [t, tb, format, sets, options] = await Promise.all([
    getTranslations("teachSets"),
    getTranslations("teachBank"),
    getFormatter(),
    listSets(db, user),
    questionFilterOptions(db, user),
  ]);
  const select = `${inputClass}`;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 font-semibold">{t("buildTitle")}</h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{t("buildHelp")}</p>
          <ActionForm action={buildSetAction} className="grid gap-3 sm:grid-cols-2" label={t("buildTitle")}>
            <div className="sm:col-span-2">
              <Field name="title" id="build-title" label={t("setTitle")} required maxLength={120} />
            </div>
            <Select id="build-document" name="documentId" label={tb("document")} any={tb("any")} className={select}
              options={options.documents.map((d) => [d.id, d.own ? `${d.title} · ${tb("ownDocument")}` : d.title])} />
            <Select id="build-kind" name="factKind" label={tb("factKind")} any={tb("any")} className={select}
              options={options.factKinds.map((k) => [k, tb(`kind.${k}`)])} />
            <Select id="build-type" name="type" label={tb("questionType")} any={tb("any")} className={select}
              options={options.types.map((k) => [k, tb(`type.${k}`)])} />
            <Select id="build-tag" name="tag" label={tb("tag")} any={tb("any")} className={select} options={options.tags.map((k) => [k, k])} />
            <Select id="build-status" name="status" label={tb("statusLabel")} any={tb("anyButRetired")} className={select}
              options={QUESTION_STATUSES.filter((s) => s !== "retired").map((k) => [k, tb(`status.${k}`)])} />
            <Field name="limit" id="build-limit" type="number" min={1} max={MAX_SET_SIZE} defaultValue={20} label={t("limit")} hint={t("limitHint", { max: MAX_SET_SIZE })} />
            <div className="sm:col-span-2">
              <SubmitButton>{t("build")}</SubmitButton>
            </div>
          </ActionForm>
        </Card>
        <Card>
          <h2 className="mb-1 font-semibold">{t("createTitle")}</h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{t("createHelp")}</p>
          <ActionForm action={createSetAction} className="space-y-3" label={t("createTitle")}>
            <Field name="title" id="create-title" label={t("setTitle")} required maxLength={120} />
            <Field name="description" id="create-description" label={t("description")} maxLength={1000} />
            <SubmitButton variant="secondary">{t("create")}</SubmitButton>
          </ActionForm>
        </Card>
      </div>
      <h2 className="mb-3 text-lg font-semibold">{t("yourSets")}</h2>
      {sets.length === 0 ? (
        <Card>{t("noSets")}</Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {sets.map((s) => (
            <li key={s.id}>
              <Card>
                <h3 className="font-semibold">
                  <Link href={`/teacher/sets/${s.id}`} className="text-brand-700 hover:underline dark:text-brand-100">{s.title}</Link>
                </h3>
                {s.description && <p className="text-sm text-stone-600 dark:text-stone-400">{s.description}</p>}
                <p className="mt-1 text-sm text-stone-500">
                  {t("itemCount", { count: s.itemCount })} · {t("assignedCount", { count: s.assignmentCount })} · {format.dateTime(s.updatedAt, { dateStyle: "medium" })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Select({ id, name, label, any, options, className }: { id: string; name: string; label: string; any: string; options: [string, string][]; className: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select id={id} name={name} defaultValue="" className={className}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );
}
