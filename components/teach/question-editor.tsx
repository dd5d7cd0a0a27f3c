"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui";
import { ActionForm, SubmitButton } from "./action-form";
import type { FormState } from "./form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const TYPES = ["mcq", "multi", "true_false", "cloze", "ordering", "matching", "short_answer", "flashcard"] as const;

/** Which plain-text fields each type uses. */
const FIELDS: Record<string, string[]> = {
  mcq: ["options", "answer"],
  multi: ["options", "answer"],
  true_false: ["answerBool"],
  cloze: ["answer", "accepted"],
  short_answer: ["answer", "accepted"],
  ordering: ["answer", "options"],
  matching: ["pairs"],
  flashcard: ["back"],
};

/**
 * Edits a question (type fixed) or writes a new one (type chosen). Fields are plain text, one
 * option or pair per line; the server checks them with the bank's own rules.
 */
export function QuestionEditor({
  action,
  initial,
  hidden,
  typeFixed,
  documents,
  submitLabel,
  approveLabel,
}: {
  action: Action;
  initial: Record<string, string>;
  hidden: Record<string, string>;
  typeFixed: boolean;
  /** For a new question: the documents it may belong to. */
  documents?: { id: string; title: string }[];
  submitLabel: string;
  /** Offers "save and approve" (a draft being fixed). */
  approveLabel?: string;
}) {
  const t = useTranslations("teachEditor");
  const tb = useTranslations("teachBank");
  const [type, setType] = useState(initial.type || "mcq");
  const shown = FIELDS[type] ?? [];
  const area = (name: string, rows = 4) => (
    <div className="space-y-1">
      <label htmlFor={`q-${name}`} className="block text-sm font-medium">{t(`${name}_${type}`)}</label>
      <textarea id={`q-${name}`} name={name} rows={rows} defaultValue={initial[name] ?? ""} aria-describedby={`q-${name}-hint`} className={inputClass} />
      <p id={`q-${name}-hint`} className="text-xs text-stone-500">{t(`${name}Hint_${type}`)}</p>
    </div>
  );
  return (
    <ActionForm action={action} className="space-y-4" label={submitLabel}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {documents && (
        <div className="space-y-1">
          <label htmlFor="q-document" className="block text-sm font-medium">{tb("document")}</label>
          <select id="q-document" name="documentId" defaultValue={initial.documentId ?? documents[0]?.id} className={inputClass} required>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>{d.title}</option>
            ))}
          </select>
        </div>
      )}
      {typeFixed ? (
        <input type="hidden" name="type" value={type} />
      ) : (
        <div className="space-y-1">
          <label htmlFor="q-type" className="block text-sm font-medium">{tb("questionType")}</label>
          <select id="q-type" name="type" value={type} onChange={(e) => setType(e.target.value)} className={inputClass}>
            {TYPES.map((k) => (
              <option key={k} value={k}>{tb(`type.${k}`)}</option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="q-prompt" className="block text-sm font-medium">{type === "flashcard" ? t("front") : t("prompt")}</label>
        <textarea id="q-prompt" name="prompt" rows={3} required defaultValue={initial.prompt ?? ""} className={inputClass} />
      </div>
      {shown.includes("options") && type !== "ordering" && area("options", 5)}
      {shown.includes("answer") && area("answer", type === "multi" || type === "ordering" ? 5 : 2)}
      {shown.includes("options") && type === "ordering" && area("options", 5)}
      {shown.includes("accepted") && area("accepted", 3)}
      {shown.includes("pairs") && area("pairs", 5)}
      {shown.includes("answerBool") && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("answer_true_false")}</legend>
          <div className="flex gap-4">
            {(["true", "false"] as const).map((v) => (
              <label key={v} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" name="answer" value={v} defaultChecked={(initial.answer || "true") === v} />
                {tb(v)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {shown.includes("back") && (
        <div className="space-y-1">
          <label htmlFor="q-back" className="block text-sm font-medium">{t("back")}</label>
          <textarea id="q-back" name="back" rows={3} defaultValue={initial.back ?? ""} className={inputClass} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="q-explanation" className="block text-sm font-medium">{t("explanation")}</label>
        <textarea id="q-explanation" name="explanation" rows={2} defaultValue={initial.explanation ?? ""} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="q-tags" className="block text-sm font-medium">{t("tags")}</label>
        <input id="q-tags" name="tags" defaultValue={initial.tags ?? ""} className={inputClass} aria-describedby="q-tags-hint" />
        <p id="q-tags-hint" className="text-xs text-stone-500">{t("tagsHint")}</p>
      </div>
      {documents && (
        <div className="space-y-1">
          <label htmlFor="q-source" className="block text-sm font-medium">{t("sourceQuote")}</label>
          <textarea id="q-source" name="sourceQuote" rows={2} defaultValue={initial.sourceQuote ?? ""} className={inputClass} aria-describedby="q-source-hint" />
          <p id="q-source-hint" className="text-xs text-stone-500">{t("sourceQuoteHint")}</p>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        {approveLabel && (
          <SubmitButton variant="secondary" name="approve" value="1">{approveLabel}</SubmitButton>
        )}
      </div>
    </ActionForm>
  );
}
