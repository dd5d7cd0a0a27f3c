/**
 * Lines of notes that map one thing to another, one per line ("某年某地峰会→“某某行动”"), three or
 * more in a run: a matching of the left items to the right ones, which tests the agreements and
 * concepts those lines name (the mapping is what the notes ask to learn).
 */
import type { ExtractedFact } from "../../types";
import type { Draft, GenContext } from "../model";
import { fold } from "../text";
import { factKey, matchingDraft } from "./common";

/** One side of a row: a short phrase with a Chinese word, no field label, no other arrow or equation. */
const SIDE = String.raw`[^→⇒＝=≠：:，。；;！？\n]`;
const ROW = new RegExp(`^(${SIDE}{3,24}?)\\s*(?:→|⇒|->)\\s*(${SIDE}{2,24}?)[。；;]?$`, "u");

export interface ArrowRow {
  line: string;
  left: string;
  right: string;
}

/** A line "甲→乙" with a phrase on each side, or undefined. */
export function arrowRow(line: string): ArrowRow | undefined {
  const t = line.trim();
  const m = ROW.exec(t);
  if (!m) return undefined;
  const [left, right] = [m[1]!.trim(), m[2]!.trim()];
  if (!/[\u3400-\u9fff]{2}/u.test(left) || !/[\u3400-\u9fff]{2}/u.test(right)) return undefined;
  return { line: t, left, right };
}

/** Runs of three to six consecutive arrow rows of a text, each with distinct left and right sides. */
export function arrowRuns(text: string): ArrowRow[][] {
  const runs: ArrowRow[][] = [];
  let run: ArrowRow[] = [];
  const close = () => {
    const lefts = new Set(run.map((r) => fold(r.left)));
    const rights = new Set(run.map((r) => fold(r.right)));
    if (run.length >= 3 && run.length <= 6 && lefts.size === run.length && rights.size === run.length) runs.push(run);
    run = [];
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const row = arrowRow(line);
    if (row) run.push(row);
    else close();
  }
  close();
  return runs;
}

const KINDS = new Set(["agreement", "concept"]);

export function buildArrowMatchings(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  for (const doc of ctx.corpus.documents) {
    for (const run of arrowRuns(doc.text)) {
      const lines = run.map((r) => r.line);
      // the agreements and concepts named on the rows, in the rows' order
      const facts: ExtractedFact[] = ctx.corpus.facts
        .filter((f) => f.documentId === doc.doc.id && KINDS.has(f.kind) && lines.includes(f.context.sentence.trim()))
        .sort((a, b) => lines.indexOf(a.context.sentence.trim()) - lines.indexOf(b.context.sentence.trim()) || (factKey(a) < factKey(b) ? -1 : 1));
      if (facts.length === 0) continue;
      out.push(
        matchingDraft(ctx, {
          variant: "match-arrow",
          facts,
          prompt: "根据原文，将下列各项与其对应的内容配对：",
          pairs: run.map((r): [string, string] => [r.left, r.right]),
          tags: ["matching", ...new Set(facts.map((f) => f.kind))],
        }),
      );
    }
  }
  return out;
}
