import type { Question } from "@/lib/bank/format";

const source = { documentId: "d", start: 0, end: 1, quote: "x" };
let n = 0;

/**
 * A bank question for the generator's unit tests (self-check, tidy, grading rules): what the test
 * sets, and neutral values for the rest; each gets an id of its own.
 */
export function testQuestion<T extends Partial<Question> & Pick<Question, "type" | "prompt">>(partial: T): Question & T {
  n++;
  return { id: `q_${n}`, factIds: [], explanation: "e", source, tags: [], quality: { score: 1, flags: [] }, ...partial };
}
