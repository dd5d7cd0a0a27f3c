"use client";

import { useTranslations } from "next-intl";
import type { RatingValue } from "@/lib/scheduler/fsrs";
import type { Draft } from "@/lib/study/draft";
import type { ExpectedAnswer, QuestionView } from "@/lib/study/question";
import { ChoiceInput } from "./choice-input";
import { FlashcardView } from "./flashcard-view";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { QuestionPrompt } from "./question-prompt";
import { TextAnswerInput } from "./text-input";

interface Props {
  question: QuestionView;
  draft: Draft;
  onDraft: (d: Draft) => void;
  /** Enter in a typed answer. */
  onSubmit: () => void;
  /** Answered: inputs are locked and marked with the right answer (when known). */
  locked?: boolean;
  expected?: ExpectedAnswer;
  correct?: boolean;
  /** Flashcards in practice: rating buttons. */
  onRate?: (r: RatingValue) => void;
  intervals?: Record<RatingValue, string>;
  servedAt?: string;
  busy?: boolean;
  /** A label above the prompt (the card's state in practice, the position in a quiz). */
  badge?: string;
}

/** One question: its type, its prompt and the input of its type. */
export function QuestionCard({ question, draft, onDraft, onSubmit, locked, expected, correct, onRate, intervals, servedAt, busy, badge }: Props) {
  const t = useTranslations("studyCommon");
  const promptId = `prompt-${question.id}`;
  return (
    <div className="space-y-4" data-testid="question" data-question-type={question.type} data-question-id={question.id}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-700 dark:bg-stone-800 dark:text-brand-100">
          {t(`types.${question.type}`)}
        </span>
        {badge && <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-600 dark:bg-stone-800 dark:text-stone-300">{badge}</span>}
      </div>
      {question.type !== "flashcard" && <QuestionPrompt id={promptId} prompt={question.prompt} type={question.type} />}
      {(draft.type === "mcq" || draft.type === "multi" || draft.type === "true_false") && (
        <ChoiceInput question={question} draft={draft} onChange={onDraft} disabled={locked} expected={expected} />
      )}
      {draft.type === "text" && (
        <TextAnswerInput
          id={`answer-${question.id}`}
          value={draft.text}
          onChange={(text) => onDraft({ ...draft, text })}
          onSubmit={onSubmit}
          disabled={locked}
          correct={locked ? correct : undefined}
        />
      )}
      {draft.type === "ordering" && (
        <OrderingInput
          questionId={question.id}
          items={draft.items}
          onChange={(items) => onDraft({ ...draft, items })}
          disabled={locked}
          expected={expected?.type === "order" ? expected.values : undefined}
        />
      )}
      {draft.type === "matching" && (
        <MatchingInput
          questionId={question.id}
          left={question.left ?? []}
          right={question.right ?? []}
          matches={draft.matches}
          onChange={(matches) => onDraft({ ...draft, matches })}
          disabled={locked}
          expected={expected?.type === "pairs" ? expected.pairs : undefined}
        />
      )}
      {draft.type === "flashcard" && (
        <FlashcardView
          question={question}
          revealed={draft.revealed}
          onReveal={() => onDraft({ ...draft, revealed: true })}
          onRate={locked ? undefined : onRate}
          intervals={intervals}
          servedAt={servedAt}
          busy={busy}
          selected={draft.rating}
        />
      )}
    </div>
  );
}
