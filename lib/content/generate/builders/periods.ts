/**
 * Stages a text divides its subject into, as numbered headings with their years ("（一）某某阶段（1950—1972年）",
 * "三、某某时期（2018年至今）"): each stage is matched with its years, the other stages' years being the
 * other options. The stage and its years are read from the heading, as the text writes them.
 */
import type { DateFact, Draft, GenContext } from "../model";
import { matchingDraft } from "./common";

const HEADING =
  /^(?:（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.．、])\s*([^（）()，。；：]{2,16}?(?:阶段|时期))\s*[（(]((?:1[89]|20)\d{2})年?(?:\s*[—–-]{1,2}\s*((?:1[89]|20)\d{2})年|年?(至今|以来))[）)]\s*$/u;

/** A numbered heading's stage and its years ("“半建交”阶段", "1950—1972年"), or undefined. */
export function stageOf(heading: string): { stage: string; years: string } | undefined {
  const m = HEADING.exec(heading.trim());
  if (!m) return undefined;
  const stage = m[1]!.trim();
  if (m[3] && Number(m[3]) <= Number(m[2])) return undefined;
  return { stage, years: m[3] ? `${m[2]}—${m[3]}年` : `${m[2]}年${m[4]}` };
}

export function buildPeriodMatchings(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  for (const doc of ctx.corpus.documents) {
    const rows: { f: DateFact; stage: string; years: string }[] = [];
    for (const f of ctx.dates) {
      if (f.documentId !== doc.doc.id) continue;
      const s = stageOf(f.value.event);
      if (s && !rows.some((r) => r.stage === s.stage && r.years === s.years)) rows.push({ f, ...s });
    }
    // three to six stages, each named once and dated once (two series of stages in one text are not told apart)
    const stages = new Set(rows.map((r) => r.stage));
    const years = new Set(rows.map((r) => r.years));
    if (rows.length < 3 || rows.length > 6 || stages.size !== rows.length || years.size !== rows.length) continue;
    rows.sort((a, b) => doc.text.indexOf(a.f.value.event) - doc.text.indexOf(b.f.value.event));
    out.push(
      matchingDraft(ctx, {
        variant: "match-stage-years",
        facts: rows.map((r) => r.f),
        prompt: "根据原文，将下列各阶段与其起止时间配对：",
        pairs: rows.map((r): [string, string] => [r.stage, r.years]),
        tags: ["matching", "date"],
      }),
    );
  }
  return out;
}
