/**
 * Questions kept only as a fact's last resort: a formula of the prose (formulas.ts), whose blank a student fills
 * without the document, and an open list asked whole (open-lists.ts), whose examples a student recalls by heart.
 */
import type { Question } from "../../../bank/format";

/** The flag of a question kept only when its fact has no other question. */
export const LAST_RESORT = "last-resort";

/** Which form is kept for a fact with no other question: one blank, with the fewest words to recall. */
const KEEP_ORDER = ["cloze", "mcq", "short_answer", "flashcard", "multi"];

/**
 * The questions kept, with a last-resort question only for a fact no kept question tests (one per fact): a student
 * fills a formula without the document, and recalls an open list's examples by heart, so they go whenever the fact is
 * tested otherwise.
 */
export function withFormulasLast<Q extends Question>(kept: Q[], formulas: readonly Q[]): Q[] {
  const tested = new Set(kept.flatMap((q) => q.factIds));
  const rank = (q: Q) => (KEEP_ORDER.indexOf(q.type) + 1 || KEEP_ORDER.length + 1);
  const out = [...kept];
  for (const q of [...formulas].sort((a, b) => rank(a) - rank(b))) {
    if (q.factIds.every((id) => tested.has(id))) continue;
    out.push(q);
    for (const id of q.factIds) tested.add(id);
  }
  return out;
}
