import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { questionStatusAction } from "@/app/(teacher)/teacher/questions/actions";
import { buttonClass } from "@/components/ui";
import { ActionForm, SubmitButton } from "./action-form";

/**
 * Fix / approve / retire, one click each, wherever a question is shown (review queue, sets,
 * item analysis). `revalidate` is the page to refresh after a status change.
 */
export async function QuestionActions({ id, prompt, status, editable, revalidate, showOpen = true }: { id: string; prompt: string; status: string; editable: boolean; revalidate?: string; showOpen?: boolean }) {
  const t = await getTranslations("teachReview");
  const short = prompt.length > 24 ? `${prompt.slice(0, 24)}…` : prompt;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {showOpen && (
        <Link href={`/teacher/questions/${id}#edit`} className={buttonClass("secondary", "px-3")}>
          {editable ? t("edit") : t("open")}
        </Link>
      )}
      {editable && (
        <ActionForm action={questionStatusAction} inline>
          <input type="hidden" name="questionId" value={id} />
          {revalidate && <input type="hidden" name="revalidate" value={revalidate} />}
          {status !== "active" && (
            <SubmitButton variant="primary" name="status" value="active" ariaLabel={t(status === "retired" ? "restoreNamed" : "approveNamed", { prompt: short })}>
              {status === "retired" ? t("restore") : t("approve")}
            </SubmitButton>
          )}
          {status !== "retired" && (
            <SubmitButton variant="danger" name="status" value="retired" ariaLabel={t("retireNamed", { prompt: short })}>
              {t("retire")}
            </SubmitButton>
          )}
        </ActionForm>
      )}
    </div>
  );
}

/** The passage a question came from, its source span highlighted. */
export async function SourcePassage({ passage, documentTitle }: { passage: { before: string; quote: string; after: string }; documentTitle: string }) {
  const t = await getTranslations("teachReview");
  return (
    <figure className="rounded-md bg-stone-50 p-3 text-sm dark:bg-stone-950">
      <figcaption className="mb-1 text-xs text-stone-500">{t("source", { title: documentTitle })}</figcaption>
      <blockquote className="whitespace-pre-wrap leading-relaxed text-stone-700 dark:text-stone-300">
        {passage.quote ? (
          <>
            {passage.before}
            <mark className="rounded bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-700 dark:text-stone-50">{passage.quote}</mark>
            {passage.after}
          </>
        ) : (
          <span className="text-stone-500">{t("noSource")}</span>
        )}
      </blockquote>
    </figure>
  );
}
