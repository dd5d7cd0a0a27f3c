/**
 * The learner's answer while they are still working on it, per question type, and what is sent
 * to the server for it (the shapes `gradeAnswer` expects). Pure, used by the practice and quiz UIs.
 */
import type { QuestionView } from "./question";

export type Draft =
  | { type: "mcq"; choice: string | null }
  | { type: "multi"; chosen: string[] }
  | { type: "true_false"; value: boolean | null }
  | { type: "text"; text: string }
  | { type: "ordering"; items: string[] }
  | { type: "matching"; matches: Record<string, string> }
  | { type: "flashcard"; revealed: boolean; rating?: number };

export type GivenAnswer = string | number | boolean | string[] | [string, string][] | null;

export function emptyDraft(q: QuestionView): Draft {
  switch (q.type) {
    case "mcq":
      return { type: "mcq", choice: null };
    case "multi":
      return { type: "multi", chosen: [] };
    case "true_false":
      return { type: "true_false", value: null };
    case "ordering":
      return { type: "ordering", items: [...(q.options ?? [])] };
    case "matching":
      return { type: "matching", matches: {} };
    case "flashcard":
      return { type: "flashcard", revealed: false };
    default:
      return { type: "text", text: "" };
  }
}

/** Whether the draft is an answer worth submitting (ordering always is: its order is the answer). */
export function isComplete(q: QuestionView, d: Draft): boolean {
  switch (d.type) {
    case "mcq":
      return d.choice !== null;
    case "multi":
      return d.chosen.length > 0;
    case "true_false":
      return d.value !== null;
    case "text":
      return d.text.trim().length > 0;
    case "ordering":
      return d.items.length > 0;
    case "matching":
      return (q.left ?? []).every((l) => Boolean(d.matches[l]));
    case "flashcard":
      return d.revealed && d.rating !== undefined;
  }
}

export function toGiven(q: QuestionView, d: Draft): GivenAnswer {
  switch (d.type) {
    case "mcq":
      return d.choice;
    case "multi":
      return (q.options ?? []).filter((o) => d.chosen.includes(o));
    case "true_false":
      return d.value;
    case "text":
      return d.text.trim();
    case "ordering":
      return d.items;
    case "matching":
      return (q.left ?? []).map((l) => [l, d.matches[l] ?? ""] as [string, string]);
    case "flashcard":
      return d.rating ?? null;
  }
}

/** A saved answer back into a draft (a quiz reopened after a reload). */
export function draftFromGiven(q: QuestionView, given: unknown): Draft {
  const d = emptyDraft(q);
  const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v : null);
  switch (d.type) {
    case "mcq":
      return typeof given === "string" ? { ...d, choice: given } : d;
    case "multi":
      return { ...d, chosen: strings(given) ?? [] };
    case "true_false":
      return typeof given === "boolean" ? { ...d, value: given } : d;
    case "text":
      return typeof given === "string" ? { ...d, text: given } : d;
    case "ordering": {
      const items = strings(given);
      return items && items.length === d.items.length ? { ...d, items } : d;
    }
    case "matching": {
      if (!Array.isArray(given)) return d;
      const matches: Record<string, string> = {};
      for (const p of given) if (Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "string" && p[1]) matches[p[0]] = p[1];
      return { ...d, matches };
    }
    case "flashcard":
      return typeof given === "number" ? { ...d, revealed: true, rating: given } : d;
  }
}

/** Number keys: 1–9 choose (mcq), toggle (multi), 1 true / 2 false; null when the key does nothing. */
export function draftForDigit(q: QuestionView, d: Draft, digit: number): Draft | null {
  const option = q.options?.[digit - 1];
  switch (d.type) {
    case "mcq":
      return option !== undefined ? { ...d, choice: option } : null;
    case "multi":
      if (option === undefined) return null;
      return { ...d, chosen: d.chosen.includes(option) ? d.chosen.filter((x) => x !== option) : [...d.chosen, option] };
    case "true_false":
      return digit === 1 ? { ...d, value: true } : digit === 2 ? { ...d, value: false } : null;
    default:
      return null;
  }
}

/** Moves the item at `from` to `to` (ordering by buttons or by dragging). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const out = [...items];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x);
  return out;
}
