/**
 * A list of signed documents, one per line as "《名称》：甲方、乙方" (an outcomes list of a visit): each
 * document asked with who signed it, the other lines' signatories as distractors.
 */
import { explain } from "../context";
import type { AgreementFact, Draft, GenContext } from "../model";
import { draft, seedFor, shuffled } from "./common";

/** Who signs: a government, ministry, agency, body or company. */
const SIGNATORY_END = /(?:政府|部|局|署|委员会|委|机构|协会|学会|公司|集团|银行|中心|研究院|科学院|大学|动物园)$/u;
const ROW = /^《([^《》]{4,60})》[：:]([^《》。，,；;：:\d]{6,60})$/u;

/** The signatories a line gives a document, or undefined when the line is no such row. */
export function signatoriesOf(line: string): { title: string; signatories: string } | undefined {
  const m = ROW.exec(line.trim());
  if (!m) return undefined;
  const [, title, signatories] = m;
  const parts = signatories!.split("、");
  // two signatories at least, the first and the last each a body that signs
  if (parts.length < 2 || !SIGNATORY_END.test(parts[0]!) || !SIGNATORY_END.test(parts.at(-1)!)) return undefined;
  return { title: title!, signatories: signatories! };
}

const rowsCache = new WeakMap<GenContext, Map<string, { title: string; signatories: string }[]>>();

function rowsOf(ctx: GenContext, documentId: string): { title: string; signatories: string }[] {
  const byDoc = rowsCache.get(ctx) ?? rowsCache.set(ctx, new Map()).get(ctx)!;
  let rows = byDoc.get(documentId);
  if (!rows) {
    rows = (ctx.docs.get(documentId)?.text ?? "").split("\n").flatMap((l) => signatoriesOf(l) ?? []);
    byDoc.set(documentId, rows);
  }
  return rows;
}

export function buildSignatoryQuestions(ctx: GenContext, f: AgreementFact): Draft[] {
  const row = signatoriesOf(f.context.sentence);
  if (!row || row.title !== f.value.name) return [];
  const rows = rowsOf(ctx, f.documentId);
  // a list, and the title on one line of it only (else two answers)
  if (rows.length < 4 || rows.filter((r) => r.title === row.title).length !== 1) return [];
  const others = [...new Set(rows.map((r) => r.signatories))].filter((s) => s !== row.signatories);
  if (others.length < 3) return [];
  const seed = seedFor("agreement-signatories", [f]);
  const distractors = shuffled(others, seed).slice(0, 3);
  return [
    draft(ctx, {
      type: "mcq",
      variant: "agreement-signatories",
      facts: [f],
      prompt: `根据原文所列文件，《${row.title}》的双方是（    ）。`,
      options: shuffled([row.signatories, ...distractors], `${seed}|order`),
      answer: row.signatories,
      explanation: explain(ctx, f, `正确答案是${row.signatories}。`),
      tags: ["agreement", "parties"],
    }),
  ];
}
