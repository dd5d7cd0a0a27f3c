import { getTranslations } from "next-intl/server";
import type { QuestionPayload } from "@/lib/teaching/question-payload";

/** A question as a student would see it, with the right answer marked (for teachers). */
export async function QuestionPreview({ type, prompt, payload, explanation }: { type: string; prompt: string; payload: QuestionPayload; explanation?: string }) {
  const t = await getTranslations("teachBank");
  const answers = Array.isArray(payload.answer) ? payload.answer : typeof payload.answer === "string" ? [payload.answer] : [];
  const right = "font-medium text-emerald-800 dark:text-emerald-300";
  return (
    <div className="space-y-2">
      <p className="whitespace-pre-wrap">{type === "flashcard" ? (payload.front ?? prompt) : prompt}</p>
      {(type === "mcq" || type === "multi") && payload.options && (
        <ul className="list-inside list-[upper-alpha] space-y-1 text-sm">
          {payload.options.map((o, i) => (
            <li key={i} className={answers.includes(o) ? right : ""}>
              {o} {answers.includes(o) && <span className="sr-only">({t("correct")})</span>}
              {answers.includes(o) && <span aria-hidden> ✓</span>}
            </li>
          ))}
        </ul>
      )}
      {type === "ordering" && (
        <div className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <p className="text-xs text-stone-500">{t("shownOrder")}</p>
            <ul className="list-inside list-disc">{payload.options?.map((o, i) => <li key={i}>{o}</li>)}</ul>
          </div>
          <div>
            <p className="text-xs text-stone-500">{t("correctOrder")}</p>
            <ol className={`list-inside list-decimal ${right}`}>{answers.map((o, i) => <li key={i}>{o}</li>)}</ol>
          </div>
        </div>
      )}
      {type === "matching" && payload.pairs && (
        <table className="text-sm">
          <tbody>
            {payload.pairs.map(([l, r], i) => (
              <tr key={i}>
                <td className="pr-3">{l}</td>
                <td aria-hidden className="pr-3 text-stone-400">↔</td>
                <td className={right}>{r}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {type === "true_false" && (
        <p className="text-sm">
          {t("answer")}: <span className={right}>{payload.answer === true ? t("true") : t("false")}</span>
        </p>
      )}
      {(type === "cloze" || type === "short_answer") && (
        <p className="text-sm">
          {t("answer")}: <span className={right}>{answers.join(" / ")}</span>
          {payload.accepted && payload.accepted.length > 0 && (
            <span className="text-stone-500"> · {t("alsoAccepted")}: {payload.accepted.join("、")}</span>
          )}
        </p>
      )}
      {type === "flashcard" && (
        <p className="text-sm">
          {t("back")}: <span className={right}>{payload.back}</span>
        </p>
      )}
      {explanation && <p className="text-sm text-stone-600 dark:text-stone-400">{t("explanation")}: {explanation}</p>}
    </div>
  );
}
