/**
 * Timing the teacher's dashboards in-process on a generated database: the class dashboard
 * (lib/server/dashboards.ts `classDashboard`) and item analysis (lib/server/item-analysis.ts
 * `itemAnalysis`, every assignment of the class, and the closed quiz alone), several runs each.
 * The services are loaded when the bench runs: a service not in the tree yet is reported as
 * "not built yet" instead of failing the section.
 */
import fs from "node:fs";
import path from "node:path";
import { createDb, type Db } from "../../lib/server/db";
import { BENCH_TEACHER } from "./_data";
import type { Dataset } from "./_dataset";
import { ms, percentile } from "./_load";
import type { BenchRow } from "./types";

type Actor = { id: string; role: "teacher" };
type ClassDashboardFn = (db: Db, actor: Actor, classId: string, options?: { now?: Date }) => Promise<unknown>;
type ItemAnalysisFn = (db: Db, actor: Actor, classId: string, options?: { assignmentId?: string }) => Promise<unknown>;

const root = path.join(__dirname, "..", "..");

/** Loads an export of a service module by path, or null when the file or the export is not there yet. */
async function service<T>(relative: string, name: string): Promise<T | null> {
  const file = path.join(root, relative);
  if (!fs.existsSync(file)) return null;
  const mod = (await import(file)) as Record<string, unknown>;
  return typeof mod[name] === "function" ? (mod[name] as T) : null;
}

/** The first (cold) run, then up to `runs` more within a time budget (a slow service must not hold the bench up). */
async function time(runs: number, fn: () => Promise<unknown>, budgetMs = 60_000): Promise<{ first: number; p50: number; p95: number; runs: number; result: unknown }> {
  const t0 = performance.now();
  const result = await fn();
  const first = performance.now() - t0;
  const times: number[] = [];
  while (times.length < runs && (times.length === 0 || performance.now() - t0 < budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { first, p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length, result };
}

const runs = () => (process.env.BENCH_QUICK === "1" ? 3 : 8);

export async function measureDashboards(section: string, data: Dataset): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = createDb(data.url);
  try {
    const teacher = await db.user.findUniqueOrThrow({ where: { email: BENCH_TEACHER }, select: { id: true } });
    const actor: Actor = { id: teacher.id, role: "teacher" };
    const klass = await db.classroom.findFirstOrThrow({
      where: { teacherId: teacher.id },
      orderBy: { name: "asc" },
      select: { id: true, _count: { select: { enrolments: true } }, assignments: { orderBy: { dueAt: "asc" }, select: { id: true, mode: true, dueAt: true } } },
    });
    const questions = await db.questionSetItem.count({ where: { set: { assignments: { some: { classId: klass.id } } } } });
    const size = `${klass._count.enrolments} students, ${klass.assignments.length} assignments over ${questions} set items, ${data.label}`;
    const n = runs();

    const classDashboard = await service<ClassDashboardFn>("lib/server/dashboards.ts", "classDashboard");
    if (!classDashboard) rows.push({ section, name: "class dashboard (classDashboard)", value: "not built yet", target: "< 500 ms" });
    else {
      try {
        const now = new Date();
        const t = await time(n, () => classDashboard(db, actor, klass.id, { now }));
        if (!t.result) throw new Error("classDashboard returned nothing for the teacher's own class");
        rows.push({ section, name: `class dashboard (${size}), ${t.runs} warm runs`, value: `p50 ${ms(t.p50)} · p95 ${ms(t.p95)} (first ${ms(t.first)})`, target: "< 500 ms" });
      } catch (e) {
        rows.push({ section, name: "class dashboard: could not run", value: (e as Error).message.split("\n")[0], target: "< 500 ms" });
      }
    }

    const itemAnalysis = await service<ItemAnalysisFn>("lib/server/item-analysis.ts", "itemAnalysis");
    if (!itemAnalysis) rows.push({ section, name: "item analysis (itemAnalysis)", value: "not built yet", target: "< 500 ms" });
    else {
      try {
        const all = await time(n, () => itemAnalysis(db, actor, klass.id));
        const items = (all.result as { items?: unknown[] } | null)?.items?.length ?? 0;
        rows.push({
          section,
          name: `item analysis, every assignment of the class (${items} items), ${all.runs} warm runs`,
          value: `p50 ${ms(all.p50)} · p95 ${ms(all.p95)} (first ${ms(all.first)})`,
          target: "< 500 ms",
        });
        const quiz = klass.assignments.filter((a) => a.mode === "quiz" && a.dueAt < new Date()).at(-1);
        if (quiz) {
          const one = await time(n, () => itemAnalysis(db, actor, klass.id, { assignmentId: quiz.id }));
          const k = (one.result as { items?: unknown[] } | null)?.items?.length ?? 0;
          rows.push({
            section,
            name: `item analysis, one submitted quiz (${k} items), ${one.runs} warm runs`,
            value: `p50 ${ms(one.p50)} · p95 ${ms(one.p95)}`,
            target: "< 500 ms",
          });
        }
      } catch (e) {
        rows.push({ section, name: "item analysis: could not run", value: (e as Error).message.split("\n")[0], target: "< 500 ms" });
      }
    }
  } finally {
    await db.$disconnect();
  }
  return rows;
}
