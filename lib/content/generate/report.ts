/** The human-readable quality report of a generated bank (`npm run bank -- --report`). */
import type { Bank, Question } from "../../bank/format";
import type { BankReport } from "./bank";
import { shuffle } from "./hash";

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** One question as a teacher would read it. */
export function formatQuestion(q: Question): string {
  const lines = [`[${q.type}] ${q.id}  score ${q.quality.score}${q.quality.flags.length ? `  flags: ${q.quality.flags.join(", ")}` : ""}`];
  if (q.type === "flashcard") {
    lines.push(`  正面：${(q.front ?? "").replace(/\n/g, " ")}`, `  背面：${q.back ?? ""}`);
  } else {
    lines.push(`  ${q.prompt}`);
    if (q.type === "matching") for (const [l, r] of q.pairs ?? []) lines.push(`    ${l} —— ${r}`);
    else if (q.options) q.options.forEach((o, i) => lines.push(`    ${String.fromCharCode(65 + i)}. ${o}`));
    if (q.type !== "matching") lines.push(`  答案：${Array.isArray(q.answer) ? q.answer.join(" → ") : String(q.answer)}`);
    if (q.accepted && q.accepted.length > 1) lines.push(`  也接受：${q.accepted.join("；")}`);
  }
  lines.push(`  解析：${q.explanation}`);
  return lines.join("\n");
}

export interface ReportOptions {
  /** How many questions to sample for reading (default 15). */
  sample?: number;
  /** Seed of the sample (default "report"). */
  seed?: string;
  /** How many dropped questions to list (default 40). */
  dropped?: number;
}

export function formatReport(bank: Bank, report: BankReport, options: ReportOptions = {}): string {
  const out: string[] = [];
  out.push(`Bank: ${report.documents} documents, ${report.facts} facts, ${report.questions} questions (generator ${report.generatorVersion})`);
  out.push("", "Questions by type:");
  for (const [t, n] of Object.entries(report.byType).sort((a, b) => b[1] - a[1])) out.push(`  ${t.padEnd(13)} ${n}`);
  out.push("", "Questions by fact kind:");
  for (const [k, n] of Object.entries(report.byKind).sort((a, b) => b[1] - a[1])) out.push(`  ${k.padEnd(13)} ${n}`);
  out.push("", "Coverage (facts tested by at least one question, of those not declined as malformed; by a non-flashcard question):");
  for (const [k, c] of Object.entries(report.coverage))
    out.push(
      `  ${k.padEnd(13)} ${c.tested}/${c.facts - c.declined} ${pct(c.share)}${c.declined ? ` (${c.declined} declined)` : ""}   objective ${c.testedObjective}/${c.facts}`,
    );
  if (report.untested.length) {
    out.push("", `Facts without a question (${report.untested.length}):`);
    for (const u of report.untested.slice(0, 30)) out.push(`  ${u.kind.padEnd(10)} ${u.label}`);
  }
  if (report.declined.length) {
    out.push("", `Facts declined as malformed (${report.declined.length}; extraction errors, not asked about):`);
    for (const u of report.declined.slice(0, 30)) out.push(`  ${u.kind.padEnd(10)} ${u.label}`);
  }
  out.push("", `Dropped by the self-check: ${report.dropped.length}`);
  for (const [r, n] of Object.entries(report.droppedByReason).sort((a, b) => b[1] - a[1])) out.push(`  ${r.padEnd(26)} ${n}`);
  const limit = options.dropped ?? 40;
  for (const d of report.dropped.slice(0, limit)) out.push(`  - [${d.type}] ${d.reasons.join(", ")}: ${d.prompt.replace(/\n/g, " ").slice(0, 90)}`);
  if (report.dropped.length > limit) out.push(`  … and ${report.dropped.length - limit} more`);
  const n = options.sample ?? 15;
  const sample = shuffle(bank.questions, options.seed ?? "report").slice(0, n);
  out.push("", `A sample of ${sample.length} questions to read:`, "");
  for (const q of sample) out.push(formatQuestion(q), "");
  return out.join("\n");
}
