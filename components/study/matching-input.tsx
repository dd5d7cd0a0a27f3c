"use client";

import { useTranslations } from "next-intl";

interface Props {
  questionId: string;
  left: string[];
  right: string[];
  matches: Record<string, string>;
  onChange: (matches: Record<string, string>) => void;
  disabled?: boolean;
  /** After answering: the right pairs. */
  expected?: [string, string][];
}

/** Matching: for each item on the left, a native select of the right column (phone and keyboard friendly). */
export function MatchingInput({ questionId, left, right, matches, onChange, disabled, expected }: Props) {
  const t = useTranslations("studyPractice");
  const rightFor = new Map(expected ?? []);
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("matchHint")}</p>
      <ul className="space-y-4 sm:space-y-2">
        {left.map((l, i) => {
          const id = `match-${questionId}-${i}`;
          const ok = expected ? rightFor.get(l) === matches[l] : undefined;
          const tone =
            ok === true ? "border-emerald-500" : ok === false ? "border-red-500" : "border-stone-300 dark:border-stone-700";
          return (
            <li key={l} className="grid gap-2 sm:grid-cols-2 sm:items-center">
              <label htmlFor={id} className="font-medium">
                {l}
              </label>
              <div>
                <select
                  id={id}
                  value={matches[l] ?? ""}
                  disabled={disabled}
                  onChange={(e) => onChange({ ...matches, [l]: e.target.value })}
                  className={`block min-h-12 w-full rounded-md border-2 bg-white px-3 py-2 text-base dark:bg-stone-950 ${tone}`}
                >
                  <option value="">{t("matchPlaceholder")}</option>
                  {right.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
                {ok === false && <p className="mt-1 text-sm text-emerald-700 dark:text-emerald-400">→ {rightFor.get(l)}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
