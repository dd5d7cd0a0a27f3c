/** What the practice API sends to the browser (shared by the server and the client components). */
import type { RatingValue } from "@/lib/scheduler/fsrs";
import type { ExpectedAnswer, QuestionView, SourcePassage } from "./question";
import type { QueueSource } from "./queue";

export interface QueueCounts {
  /** (Re)learning and review cards due now, within today's review limit. */
  due: number;
  /** New cards that may still be introduced today. */
  new: number;
  answeredToday: number;
}

export interface QueueItem {
  cardId: string;
  /** The card's state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  source: QueueSource;
  question: QuestionView;
  /** The server's time when the item was chosen (the test clock may move it). */
  servedAt: string;
  /** Flashcards: when each of the four ratings would bring the card back (ISO dates). */
  intervals?: Record<RatingValue, string>;
}

export interface NextQuestion {
  item: QueueItem | null;
  counts: QueueCounts;
}

export interface AnswerResult {
  questionId: string;
  correct: boolean;
  rating: RatingValue;
  expected: ExpectedAnswer;
  given: unknown;
  explanation: string;
  source: SourcePassage;
  /** When the question comes back (ISO). */
  nextDue: string;
  /** The server's time of the answer (ISO). */
  answeredAt: string;
  /** True when the answer had already been saved under this idempotency key (nothing new written). */
  replayed: boolean;
}

export interface AnswerOutcome {
  result: AnswerResult;
  next: NextQuestion;
}
