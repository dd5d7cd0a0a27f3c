/** The sentence an agreement question blanks: cut of a title that echoes the answer, of a pointing opening, given its full stop. */
import { DANGLING_START, passageOf } from "../context";
import type { AgreementFact, GenContext } from "../model";
import { cjkLength } from "../text";

/**
 * A blanked sentence whose later clause names the answer inside another title ("（    ）以……为主题，通过了
 * 《某某甲峰会公报》", "（    ）是两国合作的标志性项目，……通过《某某港口城法》"): the sentence ends before that
 * clause, when the blank's own clause and what follows it up to there still say enough (ten characters).
 */
export function withoutTitleEcho(text: string, name: string): string {
  const blank = /（\s*）|_{2,}/u.exec(text);
  if (!blank || name.length < 2) return text;
  const after = blank.index + blank[0].length;
  const titled = [...text.matchAll(/《[^《》]*》/gu)].find((m) => m.index! >= after && m[0].includes(name));
  if (!titled) return text;
  // the clause (after a ，or ；) that holds the title, and everything after it
  const cut = Math.max(text.lastIndexOf("，", titled.index!), text.lastIndexOf("；", titled.index!));
  if (cut < after) return text;
  const kept = text.slice(0, cut);
  if (cjkLength(kept.slice(0, blank.index) + kept.slice(after)) < 10 || /[“《（(]([^”》）)]*)$/u.test(kept)) return text;
  return `${kept}。`;
}

/**
 * A sentence that dangles only by its opening clause, which points back ("会议期间，", "此后，", "两年后，"),
 * while the name is asked in a later clause: without that clause the same sentence stands on its own
 * (judged as any sentence is, with nothing put before it). The fact read from the rest of its sentence, then.
 */
export function withoutOpening(ctx: GenContext, f: AgreementFact): AgreementFact | undefined {
  const s = f.context.sentence;
  const key = f.context.keyInSentence;
  const open = /^[^，。；：“”《》]{1,12}[，,]/u.exec(s);
  if (!open || !key || key.start < open[0].length || !DANGLING_START.test(s)) return undefined;
  const n = open[0].length;
  // ("这条线路，就是……": the opening was the subject, and the rest has none)
  if (/^\s*(?:就是|便是|正是|也是|即是|是|即|为|乃)/u.test(s.slice(n))) return undefined;
  // (a link to the background the sentence before gave, "在这一背景下，", goes as "在此背景下，" does, rather than bringing that sentence in)
  const own = passageOf(ctx, f);
  if (!own.dangling && !(own.prepended && /^在(?:这一?|该|此)(?:背景|形势|情况|前提)下[，,]$/u.test(open[0]))) return undefined;
  const g: AgreementFact = { ...f, context: { ...f.context, sentence: s.slice(n), keyInSentence: { start: key.start - n, end: key.end - n } } };
  const rest = passageOf(ctx, g);
  return !rest.dangling && !rest.prepended ? g : undefined;
}

/**
 * A line of notes or slides that opens on the name and says what it did, with no full stop ("首届某某峰会提出……，
 * 同意……"): read as the sentence it is, with its full stop, when it then stands on its own.
 */
export function withFullStop(ctx: GenContext, f: AgreementFact): AgreementFact | undefined {
  const s = f.context.sentence;
  if (/[。！？；;：:…”」』）)]\s*$/u.test(s) || !/[\u3400-\u9fff]$/u.test(s) || !passageOf(ctx, f).dangling) return undefined;
  const g: AgreementFact = { ...f, context: { ...f.context, sentence: `${s}。` } };
  const p = passageOf(ctx, g);
  return !p.dangling && !p.prepended ? g : undefined;
}
