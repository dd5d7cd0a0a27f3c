/**
 * Item analysis (classical test theory) over students' first tries at each question. Pure.
 *
 * - facility: share of students right on their first try;
 * - discrimination: upper–lower 27% index, D = p(upper) − p(lower), the groups formed among the
 *   students who answered the item, ranked by their score on the *other* items (rest score);
 * - point-biserial: correlation of right/wrong on the item with the rest score (corrected
 *   item–total correlation), r = (M₁ − M₀) / s · √(p·q);
 * - the most chosen wrong answer, and whether it draws the upper group more than the lower one
 *   (a distractor that attracts the strongest students points at a misleading item).
 * See e.g. Kelley (1939) on the 27% groups; Crocker & Algina, Introduction to Classical and
 * Modern Test Theory, ch. 14.
 */

export interface FirstTry {
  userId: string;
  questionId: string;
  correct: boolean;
  /** What the student gave, as stored (JSON text); wrong answers are counted by it. */
  answer: string;
}

export type ItemFlag = "too_easy" | "too_hard" | "misleading";

export interface ItemStats {
  questionId: string;
  /** Students with a first try. */
  students: number;
  right: number;
  facility: number | null;
  /** Upper–lower 27% index; null with fewer than MIN_FOR_GROUPS students who also answered other items. */
  discrimination: number | null;
  pointBiserial: number | null;
  topWrong: { answer: string; count: number; share: number } | null;
  /** Share of the upper group choosing topWrong minus that of the lower group. */
  topWrongPull: number | null;
  flags: ItemFlag[];
}

export const GROUP_SHARE = 0.27;
export const MIN_FOR_GROUPS = 4;
/** Below this many students no flag is raised: a few answers say little. */
export const MIN_FOR_FLAGS = 5;
export const TOO_EASY = 0.9;
export const TOO_HARD = 0.3;
export const MISLEADING_DISCRIMINATION = -0.1;

/** Population mean and standard deviation. */
function meanSd(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
  return { mean, sd: Math.sqrt(variance) };
}

/** The upper and lower 27% by rest score (ties keep the order given); null when too few. */
export function upperLowerGroups<T extends { rest: number }>(pairs: T[], share = GROUP_SHARE): { upper: T[]; lower: T[] } | null {
  if (pairs.length < MIN_FOR_GROUPS) return null;
  const n = Math.max(1, Math.round(pairs.length * share));
  const sorted = [...pairs].sort((a, b) => b.rest - a.rest);
  return { upper: sorted.slice(0, n), lower: sorted.slice(sorted.length - n) };
}

/** Upper–lower index from (rest score, right) pairs. */
export function upperLowerIndex(pairs: { rest: number; correct: boolean }[], share = GROUP_SHARE): number | null {
  const groups = upperLowerGroups(pairs, share);
  if (!groups) return null;
  const p = (group: typeof pairs) => group.filter((x) => x.correct).length / group.length;
  return p(groups.upper) - p(groups.lower);
}

export function pointBiserial(pairs: { rest: number; correct: boolean }[]): number | null {
  if (pairs.length < 2) return null;
  const right = pairs.filter((x) => x.correct).map((x) => x.rest);
  const wrong = pairs.filter((x) => !x.correct).map((x) => x.rest);
  if (right.length === 0 || wrong.length === 0) return null;
  const { sd } = meanSd(pairs.map((x) => x.rest));
  if (sd === 0) return null;
  const p = right.length / pairs.length;
  const m1 = right.reduce((a, b) => a + b, 0) / right.length;
  const m0 = wrong.reduce((a, b) => a + b, 0) / wrong.length;
  return ((m1 - m0) / sd) * Math.sqrt(p * (1 - p));
}

export function flagsFor(s: Pick<ItemStats, "students" | "facility" | "discrimination" | "pointBiserial" | "topWrongPull">): ItemFlag[] {
  if (s.students < MIN_FOR_FLAGS || s.facility === null) return [];
  const flags: ItemFlag[] = [];
  if (s.facility >= TOO_EASY) flags.push("too_easy");
  if (s.facility <= TOO_HARD) flags.push("too_hard");
  const negative =
    (s.discrimination !== null && s.discrimination <= MISLEADING_DISCRIMINATION) ||
    (s.pointBiserial !== null && s.pointBiserial <= MISLEADING_DISCRIMINATION);
  const distractorDrawsStrong = s.topWrongPull !== null && s.topWrongPull > 0;
  if (negative || distractorDrawsStrong) flags.push("misleading");
  return flags;
}

/** Statistics for every question that has first tries, in the order questions first appear. */
export function analyseItems(tries: readonly FirstTry[]): ItemStats[] {
  // one first try per student and question (the first one given wins)
  const byQuestion = new Map<string, Map<string, FirstTry>>();
  const byUser = new Map<string, { right: number; total: number }>();
  for (const t of tries) {
    let q = byQuestion.get(t.questionId);
    if (!q) byQuestion.set(t.questionId, (q = new Map()));
    if (q.has(t.userId)) continue;
    q.set(t.userId, t);
    const u = byUser.get(t.userId) ?? { right: 0, total: 0 };
    u.total++;
    if (t.correct) u.right++;
    byUser.set(t.userId, u);
  }
  const out: ItemStats[] = [];
  for (const [questionId, answers] of byQuestion) {
    const list = [...answers.values()];
    const right = list.filter((t) => t.correct).length;
    const pairs: { rest: number; correct: boolean; answer: string }[] = [];
    for (const t of list) {
      const u = byUser.get(t.userId)!;
      const others = u.total - 1;
      if (others > 0) pairs.push({ rest: (u.right - (t.correct ? 1 : 0)) / others, correct: t.correct, answer: t.answer });
    }
    const wrongCounts = new Map<string, number>();
    for (const t of list) if (!t.correct) wrongCounts.set(t.answer, (wrongCounts.get(t.answer) ?? 0) + 1);
    let topWrong: ItemStats["topWrong"] = null;
    for (const [answer, count] of wrongCounts)
      if (!topWrong || count > topWrong.count) topWrong = { answer, count, share: count / list.length };
    const groups = upperLowerGroups(pairs);
    const choosing = (group: typeof pairs) => group.filter((x) => !x.correct && x.answer === topWrong?.answer).length / group.length;
    const stats: Omit<ItemStats, "flags"> = {
      questionId,
      students: list.length,
      right,
      facility: list.length ? right / list.length : null,
      discrimination: upperLowerIndex(pairs),
      pointBiserial: pointBiserial(pairs),
      topWrong,
      topWrongPull: groups && topWrong ? choosing(groups.upper) - choosing(groups.lower) : null,
    };
    out.push({ ...stats, flags: flagsFor(stats) });
  }
  return out;
}

/** A stored answer (JSON) as a person reads it. */
export function answerText(json: string, labels: { true: string; false: string } = { true: "true", false: "false" }): string {
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return v ? labels.true : labels.false;
    if (typeof v === "number") return String(v);
    if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.join("→") : String(x))).join("、");
    if (v && typeof v === "object") return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}→${String(x)}`).join("、");
    return "";
  } catch {
    return json;
  }
}
