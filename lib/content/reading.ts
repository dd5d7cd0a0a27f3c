/**
 * A reading of a bank that survives changes to the generator (issue #4's acceptability). The sample
 * is the questions with the smallest sha1(salt + id), so a question stays drawn while it exists and
 * questions elsewhere in the bank come and go. A judgement holds for a question's id and content
 * hash: after a change, unchanged questions keep theirs and only the changed or newly drawn ones are
 * read again. Start and end then differ only where the generator changed.
 */
import { createHash } from "node:crypto";
import type { Question } from "../bank/format";

export type Verdict = "A" | "R";

/** One line of a reading: a question, its content hash, the reader's verdict, reject code and note. */
export interface Judgement {
  id: string;
  hash: string;
  verdict: Verdict;
  code: string;
  note: string;
}

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

/**
 * What a student is shown and graded against: a change to any of these is a new question to read. (The explanation,
 * shown after answering, is left out: a changed explanation keeps its verdict.)
 */
export function contentHash(q: Question): string {
  const shown = [q.type, q.prompt, q.front, q.back, q.options, q.answer, q.accepted, q.pairs];
  return sha1(JSON.stringify(shown.map((v) => v ?? null))).slice(0, 10);
}

/** The `size` questions with the smallest sha1(salt + id). */
export function stableSample(questions: readonly Question[], salt: string, size: number): Question[] {
  return questions
    .map((q) => ({ q, key: sha1(salt + q.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, size)
    .map((x) => x.q);
}

/** The sample split into the questions an earlier reading still judges and those to read. */
export function carryOver(sample: readonly Question[], earlier: readonly Judgement[]): { kept: Judgement[]; toRead: Question[] } {
  const byKey = new Map(earlier.map((j) => [`${j.id} ${j.hash}`, j]));
  const kept: Judgement[] = [];
  const toRead: Question[] = [];
  for (const q of sample) {
    const j = byKey.get(`${q.id} ${contentHash(q)}`);
    if (j) kept.push(j);
    else toRead.push(q);
  }
  return { kept, toRead };
}

/** A judgements file: tab-separated id, hash, verdict, code, note; lines starting with # are comments. */
export function parseJudgements(text: string): Judgement[] {
  const out: Judgement[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [id, hash, verdict, code = "-", note = ""] = line.split("\t");
    if (!id || !hash || (verdict !== "A" && verdict !== "R"))
      throw new Error(`line ${i + 1}: expected "id<TAB>hash<TAB>A|R<TAB>code<TAB>note", got "${line.slice(0, 80)}"`);
    out.push({ id, hash, verdict, code, note });
  });
  return out;
}

export function formatJudgements(js: readonly Judgement[]): string {
  return js.map((j) => [j.id, j.hash, j.verdict, j.code, j.note.replace(/[\t\n]/g, " ")].join("\t")).join("\n") + "\n";
}

/** Accepted count and rejects by code. */
export function tally(js: readonly Judgement[]): { accepted: number; total: number; rejects: Record<string, number> } {
  const rejects: Record<string, number> = {};
  for (const j of js) if (j.verdict === "R") rejects[j.code] = (rejects[j.code] ?? 0) + 1;
  return { accepted: js.filter((j) => j.verdict === "A").length, total: js.length, rejects };
}
