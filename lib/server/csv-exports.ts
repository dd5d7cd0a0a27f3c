import "server-only";
/**
 * Every dashboard table as CSV rows. Each goes through the same scoped service as its page, so
 * a class that is not the actor's gives null (404), never an empty file that would confirm it.
 */
import type { Db } from "@/lib/server/db";
import { classActivity, classDashboard, studentDashboard } from "@/lib/server/dashboards";
import { itemAnalysis } from "@/lib/server/item-analysis";
import type { Actor } from "@/lib/teaching/actor";
import type { CsvValue } from "@/lib/teaching/csv";
import { answerText } from "@/lib/teaching/item-analysis";

export const CSV_TABLES = ["progress", "students", "mastery", "activity", "items", "student-assignments", "student-weakest"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
export const isCsvTable = (v: string): v is CsvTable => (CSV_TABLES as readonly string[]).includes(v);

/** Translates a key of the "teachCsv" namespace (headers, states, labels). */
export type Tr = (key: string) => string;

export interface CsvExport {
  fileName: string;
  header: string[];
  rows: CsvValue[][];
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1000) / 10);
const round = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export async function buildCsv(
  db: Db,
  actor: Actor,
  classId: string,
  table: CsvTable,
  t: Tr,
  options: { now?: Date; timeZone?: string; userId?: string; assignmentId?: string } = {},
): Promise<CsvExport | null> {
  const now = options.now ?? new Date();
  const name = (base: string, label: string) => `${base}-${label}.csv`.replace(/[\\/:*?"<>|]/g, "_");

  if (table === "progress" || table === "students" || table === "mastery") {
    const d = await classDashboard(db, actor, classId, { now });
    if (!d) return null;
    if (table === "progress")
      return {
        fileName: name(d.className, t("file.progress")),
        header: ["student", "email", "assignment", "mode", "state", "done", "total", "completion", "score", "attempts", "lastActive", "opensAt", "dueAt"].map((h) => t(`h.${h}`)),
        rows: d.students.flatMap((s) =>
          d.assignments.map((a) => {
            const c = d.cells[a.id][s.userId];
            return [s.name, s.email, a.title, t(`mode.${a.mode}`), t(`state.${c.state}`), c.done, c.total, pct(c.completion), pct(c.score), c.attempts, c.lastActive, a.opensAt, a.dueAt];
          }),
        ),
      };
    if (table === "students")
      return {
        fileName: name(d.className, t("file.students")),
        header: ["student", "email", "completion", "quizAverage", "overdue", "late", "lastActive"].map((h) => t(`h.${h}`)),
        rows: d.students.map((s) => [s.name, s.email, pct(s.completion), pct(s.quizAverage), s.overdue, s.late, s.lastActive]),
      };
    return {
      fileName: name(d.className, t("file.mastery")),
      header: ["dimension", "name", "cards", "studied", "mastered", "masteredShare"].map((h) => t(`h.${h}`)),
      rows: [
        ...d.masteryByDocument.map((m) => [t("dimension.document"), m.label, m.cards, m.studied, m.mastered, pct(m.cards ? m.mastered / m.cards : null)]),
        ...d.masteryByKind.map((m) => [t("dimension.kind"), t(`kind.${m.key}`), m.cards, m.studied, m.mastered, pct(m.cards ? m.mastered / m.cards : null)]),
      ],
    };
  }

  if (table === "activity") {
    const klass = await db.classroom.findFirst({ where: { id: classId }, select: { name: true } });
    const days = await classActivity(db, actor, classId, { now, timeZone: options.timeZone, userId: options.userId });
    if (!days || !klass) return null;
    return {
      fileName: name(klass.name, t("file.activity")),
      header: ["day", "answers", "activeStudents"].map((h) => t(`h.${h}`)),
      rows: days.map((d) => [d.day, d.answers, d.students]),
    };
  }

  if (table === "items") {
    const ia = await itemAnalysis(db, actor, classId, { assignmentId: options.assignmentId });
    if (!ia) return null;
    const tf = { true: t("true"), false: t("false") };
    return {
      fileName: name(ia.className, t("file.items")),
      header: ["questionId", "prompt", "type", "status", "document", "answers", "students", "facility", "discrimination", "pointBiserial", "topWrong", "topWrongShare", "flags"].map((h) => t(`h.${h}`)),
      rows: ia.items.map((i) => [
        i.questionId,
        i.prompt,
        t(`type.${i.type}`),
        t(`status.${i.status}`),
        i.documentTitle,
        i.answers,
        i.students,
        pct(i.facility),
        round(i.discrimination),
        round(i.pointBiserial),
        i.topWrong ? answerText(i.topWrong.answer, tf) : null,
        i.topWrong ? pct(i.topWrong.share) : null,
        i.flags.map((f) => t(`flag.${f}`)).join("; "),
      ]),
    };
  }

  if (!options.userId) return null;
  const s = await studentDashboard(db, actor, classId, options.userId, { now });
  if (!s) return null;
  if (table === "student-assignments")
    return {
      fileName: name(`${s.className}-${s.student.name}`, t("file.studentAssignments")),
      header: ["assignment", "mode", "state", "done", "total", "completion", "score", "attempts", "lastActive", "dueAt"].map((h) => t(`h.${h}`)),
      rows: s.assignments.map((a) => {
        const c = s.cells[a.id];
        return [a.title, t(`mode.${a.mode}`), t(`state.${c.state}`), c.done, c.total, pct(c.completion), pct(c.score), c.attempts, c.lastActive, a.dueAt];
      }),
    };
  return {
    fileName: name(`${s.className}-${s.student.name}`, t("file.studentWeakest")),
    header: ["questionId", "prompt", "type", "answers", "correct", "accuracy", "lastAnswered"].map((h) => t(`h.${h}`)),
    rows: s.weakest.map((w) => [w.questionId, w.prompt, t(`type.${w.type}`), w.answers, w.correct, pct(w.accuracy), w.lastAnswered]),
  };
}
