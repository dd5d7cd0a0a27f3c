"use client";

import { useTranslations } from "next-intl";

/** What the learner answered, in words (quiz review). */
export function GivenAnswerView({ type, given }: { type: string; given: unknown }) {
  const t = useTranslations("studyCommon");
  const tq = useTranslations("studyQuiz");
  if (given === null || given === undefined || given === "") return <span className="text-stone-500">{tq("notAnswered")}</span>;
  if (type === "flashcard" && typeof given === "number") return <span>{tq("rated", { rating: t(`ratings.${given}`) })}</span>;
  if (typeof given === "boolean") return <span>{given ? t("true") : t("false")}</span>;
  if (typeof given === "string") return <span>{given}</span>;
  if (Array.isArray(given)) {
    if (given.every((p) => Array.isArray(p)))
      return (
        <ul>
          {(given as [string, string][]).map(([l, r]) => (
            <li key={l}>
              {l} → {r || "—"}
            </li>
          ))}
        </ul>
      );
    return type === "ordering" ? (
      <ol className="list-decimal pl-6">
        {(given as string[]).map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ol>
    ) : (
      <span>{(given as string[]).join("、")}</span>
    );
  }
  return <span>{String(given)}</span>;
}
