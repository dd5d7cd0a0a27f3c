/**
 * Formulas of Chinese political prose: a blank any reader fills without the document, read from the blank's own frame
 * rather than from how often a course's few documents repeat it (set-phrases.ts): an item of a patterned series whose
 * siblings give its shape away ("建设成为（    ）、甲乙之海、丙丁之海"), a frame that names its filler ("维护以（    ）为核心的
 * 国际体系"), a text named by the place or the day the stem gives. Read from shape and frame only: no list of the
 * prose's phrases, which would be the course documents' own concepts written into the rules.
 */
import { escapeRegExp, fold } from "../text";

const BLANK = /_{2,}|（\s*）/gu;
const HOLE = "□";
const MARKS = /[“”"《》]/gu;

/** A frame that names the one filler the prose gives it: 以……为核心/基础的国际体系、国际秩序、多边贸易体制. */
const NAMING_FRAME = /以□为(?:核心|基础|主体|主渠道)的(?:国际|全球|多边)/u;

/** A text's generic head as a meeting's outcome names it: 公报, 宣言, 声明 … */
const OUTCOME_HEAD = /^([\u3400-\u9fff]{2,12})(公报|宣言|声明|纲要|行动计划)$/u;

/**
 * A meeting's outcome named by the place the text says the meeting was held ("研讨会在某城举行，会议发表（    ）" →
 * 《某城公报》, "某城峰会发表（    ）" → 《某城宣言》): the stem writes its name but for a generic head.
 */
export function namedByItsPlace(shown: string, answer: string): boolean {
  const m = OUTCOME_HEAD.exec(answer.replace(/[《》“”]/gu, ""));
  if (!m) return false;
  const text = shown.replace(BLANK, "□");
  // (the place is the name's last two to four characters before its head: "首届某某峰会某城宣言")
  for (let k = 2; k <= Math.min(4, m[1]!.length); k++) {
    const place = escapeRegExp(m[1]!.slice(-k));
    if (new RegExp(`在[^，。；□\\n]{0,8}${place}(?:举行|召开)|${place}(?:峰会|会议|会晤|论坛)`, "u").test(text)) return true;
  }
  return false;
}

/** A text named by its day ("9·19共同声明") blanked where the stem gives that day ("2005年9月19日，……"). */
export function namedByItsDay(shown: string, answer: string): boolean {
  const m = /(\d{1,2})\s*[·.．]\s*(\d{1,2})/u.exec(answer);
  return !!m && new RegExp(`(?<!\\d)${m[1]}月${m[2]}日`, "u").test(shown);
}

/** The shown text with one blank as □ and the others filled with the answer. */
function withHole(shown: string, at: number, answer: string): string {
  let n = 0;
  return shown.replace(BLANK, () => (n++ === at ? HOLE : answer));
}

/** How many places of two strings of one length hold the same character. */
function samePlaces(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) n++;
  return n;
}

/** The item next to a blank on one side, as long as the answer: after a list's mark, or a quotation's close and open. */
function neighbour(text: string, at: number, length: number, side: "before" | "after"): string | undefined {
  if (side === "before") {
    const m = /(?:、|以及|和|及|与|”“?)$/u.exec(text.slice(0, at).replace(/“$/u, ""));
    if (!m) return undefined;
    return text.slice(0, at).replace(/“$/u, "").slice(0, -m[0].length).replace(/”$/u, "").slice(-length);
  }
  const rest = text.slice(at + HOLE.length).replace(/^”/u, "");
  const m = /^(?:、|以及|和|及|与|“)/u.exec(rest);
  if (!m) return undefined;
  return rest.slice(m[0].length).replace(/^“/u, "").slice(0, length);
}

/**
 * Whether the blank at □ is an item of a series whose next item on either side has its shape: as long as the answer,
 * the same characters in one place or more and two or fewer others ("（    ）、友谊之海" → 和平之海, "“硬联通”“（    ）”"
 * → 软联通, "反对（    ）和保护主义" → 单边主义).
 */
export function patternedItem(text: string, answer: string): boolean {
  const a = fold(answer);
  const at = text.indexOf(HOLE);
  if (at < 0) return false;
  return (["before", "after"] as const).some((side) => {
    const s = neighbour(text, at, a.length, side);
    return !!s && sameShape(a, s);
  });
}

/** Two items of one shape: as long as each other, the same characters in one place or more and two or fewer others. */
function sameShape(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || !/^[\u3400-\u9fff]{2,6}$/u.test(a) || !/^[\u3400-\u9fff]+$/u.test(b)) return false;
  const same = samePlaces(a, b);
  return same >= 1 && a.length - same <= 2;
}

/**
 * Whether a blank of `shown` is a formula for `asked`: a frame that names its filler, a text named by the place or the
 * day the stem gives, or (for a term or an initiative's name, `patterned`) an item shaped as its series' other items.
 */
export function formulaBlank(shown: string, asked: string, patterned: boolean): boolean {
  const answer = asked.replace(MARKS, "");
  // a series asked whole, with a blank or without, its items each shaped as the next ("不甲、不乙、不丙")
  const items = answer.split(/、/u).map(fold);
  if (items.length >= 2 && patterned && items.every((i, k) => k === 0 || sameShape(items[k - 1]!, i))) return true;
  const holes = shown.match(BLANK)?.length ?? 0;
  if (holes === 0) return false;
  if (namedByItsPlace(shown, answer) || namedByItsDay(shown, answer)) return true;
  for (let i = 0; i < holes; i++) {
    const text = withHole(shown, i, answer);
    if (NAMING_FRAME.test(text)) return true;
    if (patterned && patternedItem(text, answer)) return true;
  }
  return false;
}
