import "server-only";
/**
 * Every change of a question's status goes through here: the question's cards carry an `active`
 * flag (its status is "active") so that the practice queue and progress read a student's cards
 * from one index, and the two must never disagree.
 */
import type { Prisma } from "@prisma/client";
import type { QuestionStatus } from "@/lib/domain/constants";

type Tx = Prisma.TransactionClient;

// SQLite binds at most 999 values per statement
const CHUNK = 500;

/** Sets the status of the questions `ids` and the `active` flag of their cards; returns how many questions changed. */
export async function changeQuestionStatus(tx: Tx, ids: readonly string[], status: QuestionStatus): Promise<number> {
  let changed = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    changed += (await tx.question.updateMany({ where: { id: { in: chunk } }, data: { status } })).count;
    await tx.card.updateMany({ where: { questionId: { in: chunk } }, data: { active: status === "active" } });
  }
  return changed;
}
