/**
 * The question editor's plain-text fields (one option per line, "left | right" pairs …) to a
 * question payload and back, checked with the bank's own shape rules so that an edited or
 * hand-written question is exactly as valid as a generated one. Pure.
 */
import { questionShapeProblem, type QuestionType } from "@/lib/bank/format";
import type { QuestionFormInput } from "@/lib/validations/teach";
import type { QuestionPayload } from "./question-payload";

export interface QuestionContentInput {
  prompt: string;
  explanation: string;
  payload: QuestionPayload;
  tags: string[];
}

export type FormResult = { ok: true; value: QuestionContentInput } | { ok: false; field: string; message: string };

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

const PAIR_SEPARATOR = /\s*(?:\||｜|=>|→|\t)\s*/;

export function parsePairs(text: string): [string, string][] | null {
  const out: [string, string][] = [];
  for (const line of lines(text)) {
    const parts = line.split(PAIR_SEPARATOR);
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    out.push([parts[0], parts[1]]);
  }
  return out;
}

/** A shown order that differs from the correct one (rotated by one) when none is given. */
function shownOrder(correct: string[]): string[] {
  return correct.length > 1 ? [...correct.slice(1), correct[0]] : correct;
}

const parseTags = (text: string) => [...new Set(text.split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean))].slice(0, 20);

export function questionFromForm(form: QuestionFormInput): FormResult {
  const type: QuestionType = form.type;
  const options = lines(form.options);
  const answerLines = lines(form.answer);
  const payload: QuestionPayload = {};
  switch (type) {
    case "mcq":
      payload.options = options;
      payload.answer = answerLines[0] ?? "";
      break;
    case "multi":
      payload.options = options;
      payload.answer = answerLines;
      break;
    case "true_false": {
      const a = form.answer.trim().toLowerCase();
      if (!["true", "false"].includes(a)) return { ok: false, field: "answer", message: "shape_true_false" };
      payload.answer = a === "true";
      break;
    }
    case "cloze":
    case "short_answer":
      payload.answer = answerLines[0] ?? "";
      payload.accepted = lines(form.accepted);
      break;
    case "ordering":
      payload.answer = answerLines;
      payload.options = options.length > 0 ? options : shownOrder(answerLines);
      break;
    case "matching": {
      const pairs = parsePairs(form.pairs);
      if (!pairs) return { ok: false, field: "pairs", message: "pairsInvalid" };
      payload.pairs = pairs;
      break;
    }
    case "flashcard":
      payload.front = form.front || form.prompt;
      payload.back = form.back;
      break;
  }
  if (options.length !== new Set(options).size) return { ok: false, field: "options", message: "optionsRepeat" };
  const problem = questionShapeProblem({ type, ...payload } as Parameters<typeof questionShapeProblem>[0]);
  if (problem) return { ok: false, field: type === "matching" ? "pairs" : type === "flashcard" ? "back" : "answer", message: `shape_${type}` };
  return { ok: true, value: { prompt: form.prompt, explanation: form.explanation, payload, tags: parseTags(form.tags) } };
}

/** The editor's fields for an existing question. */
export function formFromQuestion(q: { type: string; prompt: string; explanation: string; payload: QuestionPayload; tags: string[] }): Record<string, string> {
  const p = q.payload;
  const answer = Array.isArray(p.answer) ? p.answer.join("\n") : typeof p.answer === "boolean" ? String(p.answer) : (p.answer ?? "");
  return {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    options: (p.options ?? []).join("\n"),
    answer,
    accepted: (p.accepted ?? []).join("\n"),
    pairs: (p.pairs ?? []).map(([l, r]) => `${l} | ${r}`).join("\n"),
    front: p.front ?? "",
    back: p.back ?? "",
    tags: q.tags.join(", "),
  };
}
