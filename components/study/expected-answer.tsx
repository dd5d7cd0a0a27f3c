"use client";

import { useTranslations } from "next-intl";
import type { ExpectedAnswer } from "@/lib/study/question";

/** The right answer, in its type's shape. */
export function ExpectedAnswerView({ expected }: { expected: ExpectedAnswer }) {
  const t = useTranslations("studyCommon");
  switch (expected.type) {
    case "choice":
      return <span>{expected.values.join("、")}</span>;
    case "boolean":
      return <span>{expected.value ? t("true") : t("false")}</span>;
    case "text": {
      const others = expected.accepted.filter((a) => a !== expected.value);
      return (
        <span>
          {expected.value}
          {others.length > 0 && (
            <span className="ml-2 text-sm font-normal text-stone-600 dark:text-stone-400">{t("alsoAccepted", { list: others.join("、") })}</span>
          )}
        </span>
      );
    }
    case "order":
      return (
        <ol className="list-decimal space-y-0.5 pl-6">
          {expected.values.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ol>
      );
    case "pairs":
      return (
        <ul className="space-y-0.5">
          {expected.pairs.map(([l, r]) => (
            <li key={l}>
              {l} → {r}
            </li>
          ))}
        </ul>
      );
    case "flashcard":
      return <span>{expected.back}</span>;
  }
}

/** What the learner gave, shown next to the right answer for typed answers. */
export function givenText(given: unknown): string | null {
  if (typeof given === "string") return given;
  return null;
}
