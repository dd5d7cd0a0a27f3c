/**
 * A fact the extractor found in several places (`alsoIn`) is asked by its first sentence; when no
 * question survives there (a heading, notes run together), the same fact read in each of its other
 * sentences, in order, with the key where that sentence writes it.
 */
import type { ExtractedFact } from "../types";
import type { GenContext } from "./model";

const squeeze = (t: string) => t.replace(/\s+/gu, "");

/** "（……）六、答题模板": a numbered heading run into the sentence (notes whose lines were joined). */
const gluedHeading = (t: string) => /[^\s。；！？，、：:]\s*[一二三四五六七八九十]{1,2}、/u.test(t);

/** A task set to the class ("小组任务：说说……"), not a statement to learn from. */
const TASK = /^(?:小组任务|讨论题|思考题|课堂活动|练习|作业)[：:]/u;

/** The name read here is only the start of another one ("某某运河" in "某某运河大学"). */
const LONGER_NAME = /^(?:大学|学院|公司|集团|大桥|港|站|市|省|县)/u;

export function elsewhere(ctx: GenContext, f: ExtractedFact): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  for (const at of f.alsoIn) {
    const doc = ctx.docs.get(at.documentId);
    const sentence = ctx.sentences.get(at.documentId)?.find((s) => s.raw.start <= at.span.start && at.span.start < s.raw.end);
    if (!doc || !sentence) continue;
    const quote = doc.doc.raw.slice(at.span.start, at.span.end);
    const needle = squeeze(quote);
    const start = needle ? sentence.text.indexOf(needle) : -1;
    if (start < 0 || gluedHeading(sentence.text) || TASK.test(sentence.text) || LONGER_NAME.test(sentence.text.slice(start + needle.length))) continue;
    out.push({
      ...f,
      documentId: at.documentId,
      span: at.span,
      quote,
      alsoIn: [],
      context: { sentence: sentence.text, keyInSentence: { start, end: start + needle.length }, blockLabel: sentence.blockLabel },
    } as ExtractedFact);
  }
  return out;
}
