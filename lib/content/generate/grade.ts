/**
 * Grading learners' answers, pure and shared by the server and tests.
 *
 * What the app sends per type:
 * - mcq: the chosen option text (string) — or its index (number)
 * - multi: the chosen option texts (string[]), any order
 * - true_false: boolean (the strings "true"/"false"/"对"/"错" are accepted too)
 * - cloze, short_answer: the typed text (string)
 * - ordering: the option texts in the learner's order (string[])
 * - matching: the learner's pairs ([left, right][]) or a record { left: right }
 * - flashcard: the self-rating: true/"good"/"easy"/"hard"/2..4 = remembered, false/"again"/1 = forgot
 */
import type { Question } from "../../bank/format";

export type GivenAnswer = string | number | boolean | string[] | [string, string][] | Record<string, string> | null | undefined;

export interface GradeResult {
  correct: boolean;
  /** 0..1: share of parts right (multi, ordering, matching); 0 or 1 otherwise. */
  score: number;
  /** The expected answer, to show after answering. */
  expected: string | string[] | boolean | [string, string][];
  /** True for flashcards: the learner rated themselves. */
  selfRated?: boolean;
}

/** Folds a typed answer: NFKC (full-width → half-width), case, no spaces or punctuation of either width. */
export function normaliseTyped(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .replace(/〇/g, "0");
}

/**
 * A date or a span of days as year, month and days ("2018年12月4日至5日", "2018年12月4—5日", "2018.12.4-5",
 * "2018-12-04至2018-12-05"), so that any way of writing the same days grades alike; undefined for anything else.
 */
export function dateKey(s: string): string | undefined {
  const t = s.normalize("NFKC").replace(/\s+/gu, "");
  const m = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?(?:(?:至|到|[-–—~～])+(?:(\d{4})[年./-])?(?:(\d{1,2})[月./-])?(\d{1,2})日?)?$/u.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, y2, mo2, d2] = m;
  const one = `${Number(y)}-${Number(mo)}-${Number(d)}`;
  if (!d2) return one;
  if ((y2 && y2 !== y) || (mo2 && Number(mo2) !== Number(mo))) return `${one}/${Number(y2 ?? y)}-${Number(mo2 ?? mo)}-${Number(d2)}`;
  return `${one}/${Number(d2)}`;
}

/**
 * A decade as its first year ("20世纪90年代", "上世纪90年代", "1990年代" → "1990"), so that the usual ways of writing it
 * grade alike; 上世纪 is the 20th century, as texts of this century write it. Undefined for anything else.
 */
export function decadeKey(s: string): string | undefined {
  const t = s.normalize("NFKC").replace(/\s+/gu, "");
  const m = /^(?:(\d{2})世纪|(上)世纪)(\d)0年代$|^(\d{3})0年代$/u.exec(t);
  if (!m) return undefined;
  if (m[4]) return `${m[4]}0`;
  const century = m[2] ? 20 : Number(m[1]);
  return `${century - 1}${m[3]}0`;
}

/** Whether a typed answer matches a cloze or short-answer question (its answer or any accepted spelling). */
export function matchesShortAnswer(given: string, question: Pick<Question, "answer" | "accepted">): boolean {
  if (typeof given !== "string") return false;
  const g = normaliseTyped(given);
  if (!g) return false;
  const candidates = [question.answer, ...(question.accepted ?? [])].filter((a): a is string => typeof a === "string");
  const day = dateKey(given);
  if (day && candidates.some((a) => dateKey(a) === day)) return true;
  const decade = decadeKey(given);
  if (decade && candidates.some((a) => decadeKey(a) === decade)) return true;
  return candidates.some((a) => {
    const n = normaliseTyped(a);
    if (!n) return false;
    if (n === g) return true;
    // a year or an amount typed without its trailing unit word: "2013" for "2013年"
    const stripped = n.replace(/(年|月|日|年代)$/u, "");
    return /\d/.test(stripped) && stripped === g;
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function asBoolean(given: GivenAnswer): boolean | undefined {
  if (typeof given === "boolean") return given;
  if (typeof given === "string") {
    const g = given.trim().toLowerCase();
    if (["true", "t", "对", "正确", "是", "√", "yes"].includes(g)) return true;
    if (["false", "f", "错", "错误", "否", "×", "no"].includes(g)) return false;
  }
  return undefined;
}

function pairsOf(given: GivenAnswer): [string, string][] {
  if (Array.isArray(given)) return given.filter((p): p is [string, string] => Array.isArray(p) && p.length === 2) as [string, string][];
  if (given && typeof given === "object") return Object.entries(given as Record<string, string>);
  return [];
}

export function gradeAnswer(question: Question, given: GivenAnswer): GradeResult {
  const wrong = (expected: GradeResult["expected"]): GradeResult => ({ correct: false, score: 0, expected });
  switch (question.type) {
    case "mcq": {
      const expected = question.answer as string;
      const choice = typeof given === "number" ? question.options?.[given] : given;
      const ok = typeof choice === "string" && choice === expected;
      return { correct: ok, score: ok ? 1 : 0, expected };
    }
    case "multi": {
      const expected = question.answer as string[];
      if (!Array.isArray(given)) return wrong(expected);
      const chosen = (given as unknown[]).filter((g): g is string => typeof g === "string");
      const ok = sameSet(chosen, expected);
      const options = question.options ?? [];
      const right = options.filter((o) => expected.includes(o) === chosen.includes(o)).length;
      return { correct: ok, score: options.length ? right / options.length : ok ? 1 : 0, expected };
    }
    case "true_false": {
      const expected = question.answer as boolean;
      const b = asBoolean(given);
      const ok = b !== undefined && b === expected;
      return { correct: ok, score: ok ? 1 : 0, expected };
    }
    case "cloze":
    case "short_answer": {
      const expected = question.answer as string;
      const ok = typeof given === "string" && matchesShortAnswer(given, question);
      return { correct: ok, score: ok ? 1 : 0, expected };
    }
    case "ordering": {
      const expected = question.answer as string[];
      if (!Array.isArray(given)) return wrong(expected);
      const g = (given as unknown[]).map((x) => (typeof x === "string" ? x : ""));
      const ok = g.length === expected.length && g.every((x, i) => x === expected[i]);
      const right = expected.filter((x, i) => g[i] === x).length;
      return { correct: ok, score: expected.length ? right / expected.length : 0, expected };
    }
    case "matching": {
      const expected = question.pairs ?? [];
      const map = new Map(pairsOf(given));
      const right = expected.filter(([l, r]) => map.get(l) === r).length;
      const ok = expected.length > 0 && right === expected.length && map.size === expected.length;
      return { correct: ok, score: expected.length ? right / expected.length : 0, expected };
    }
    case "flashcard": {
      const expected = question.back ?? "";
      const rated =
        typeof given === "string"
          ? !["again", "forgot", "false", "0", "1"].includes(given.trim().toLowerCase())
          : typeof given === "number"
            ? given >= 2
            : given === true;
      return { correct: rated, score: rated ? 1 : 0, expected, selfRated: true };
    }
  }
}
