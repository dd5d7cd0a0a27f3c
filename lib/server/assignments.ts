import "server-only";
/**
 * Assignments: a set given to a class with open and due dates, as practice (its questions join
 * each student's spaced-repetition queue; read by the student side from Assignment and
 * QuestionSetItem) or as a quiz (scored attempts, optional time limit and number of attempts).
 * Reached only through a class the actor teaches.
 */
import type { Prisma } from "@prisma/client";
import type { AssignmentMode } from "@/lib/domain/constants";
import { fail, fieldErrorsOf, ok, type Result } from "@/lib/domain/result";
import type { Db } from "@/lib/server/db";
import { ownClassWhere } from "@/lib/server/classes";
import { ownSetWhere } from "@/lib/server/sets";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { zonedLocalToInstant } from "@/lib/teaching/dates";
import { assignmentInputSchema } from "@/lib/validations/teach";

export function ownAssignmentWhere(actor: Actor, assignmentId: string): Prisma.AssignmentWhereInput {
  return isAdmin(actor) ? { id: assignmentId } : { id: assignmentId, class: { teacherId: actor.id } };
}

export interface AssignmentRow {
  id: string;
  title: string;
  mode: AssignmentMode;
  classId: string;
  setId: string;
  setTitle: string;
  itemCount: number;
  opensAt: Date;
  dueAt: Date;
  timeLimitSec: number | null;
  maxAttempts: number | null;
  attemptCount: number;
}

/** Where an assignment stands at `now`. */
export function assignmentPhase(a: { opensAt: Date; dueAt: Date }, now: Date): "upcoming" | "open" | "closed" {
  if (now < a.opensAt) return "upcoming";
  return now <= a.dueAt ? "open" : "closed";
}

export async function listClassAssignments(db: Db, actor: Actor, classId: string): Promise<AssignmentRow[]> {
  const rows = await db.assignment.findMany({
    where: { classId, class: ownClassWhere(actor, classId) },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      mode: true,
      classId: true,
      setId: true,
      opensAt: true,
      dueAt: true,
      timeLimitSec: true,
      maxAttempts: true,
      set: { select: { title: true, _count: { select: { items: true } } } },
      _count: { select: { attempts: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    mode: a.mode as AssignmentMode,
    classId: a.classId,
    setId: a.setId,
    setTitle: a.set.title,
    itemCount: a.set._count.items,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    timeLimitSec: a.timeLimitSec,
    maxAttempts: a.maxAttempts,
    attemptCount: a._count.attempts,
  }));
}

type Parsed = { title: string; mode: AssignmentMode; opensAt: Date; dueAt: Date; timeLimitSec: number | null; maxAttempts: number | null; classId: string; setId: string };

function parseAssignment(input: Record<string, unknown>, timeZone: string): Result<Parsed> {
  const parsed = assignmentInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return fail("invalid", Object.values(fieldErrors)[0] ?? "generic", fieldErrors);
  }
  const v = parsed.data;
  const opensAt = zonedLocalToInstant(v.opensAt, timeZone);
  const dueAt = zonedLocalToInstant(v.dueAt, timeZone);
  if (!opensAt || !dueAt) return fail("invalid", "dateInvalid", { dueAt: "dateInvalid" });
  const quiz = v.mode === "quiz";
  return ok({
    title: v.title,
    mode: v.mode,
    opensAt,
    dueAt,
    timeLimitSec: quiz && v.timeLimitMin ? v.timeLimitMin * 60 : null,
    maxAttempts: quiz && v.maxAttempts ? v.maxAttempts : null,
    classId: v.classId,
    setId: v.setId,
  });
}

/** Gives one of the actor's sets to one of their (not archived) classes. */
export async function createAssignment(db: Db, actor: Actor, input: Record<string, unknown>, timeZone: string): Promise<Result<{ id: string }>> {
  const parsed = parseAssignment(input, timeZone);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const [klass, set] = await Promise.all([
    db.classroom.findFirst({ where: ownClassWhere(actor, v.classId), select: { id: true, archivedAt: true } }),
    db.questionSet.findFirst({ where: ownSetWhere(actor, v.setId), select: { id: true, _count: { select: { items: true } } } }),
  ]);
  if (!klass) return fail("not_found", "classNotFound");
  if (klass.archivedAt) return fail("archived", "classArchivedNoAssign");
  if (!set) return fail("not_found", "setNotFound");
  if (set._count.items === 0) return fail("empty", "setEmpty");
  const created = await db.assignment.create({
    data: {
      classId: klass.id,
      setId: set.id,
      title: v.title,
      mode: v.mode,
      opensAt: v.opensAt,
      dueAt: v.dueAt,
      timeLimitSec: v.timeLimitSec,
      maxAttempts: v.maxAttempts,
    },
    select: { id: true },
  });
  return ok(created);
}

/** Changes title, dates and limits (class, set and mode stay). */
export async function updateAssignment(
  db: Db,
  actor: Actor,
  assignmentId: string,
  input: Record<string, unknown>,
  timeZone: string,
): Promise<Result<null>> {
  const existing = await db.assignment.findFirst({ where: ownAssignmentWhere(actor, assignmentId), select: { id: true, classId: true, setId: true, mode: true } });
  if (!existing) return fail("not_found", "assignmentNotFound");
  const parsed = parseAssignment({ ...input, classId: existing.classId, setId: existing.setId, mode: existing.mode }, timeZone);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  await db.assignment.update({
    where: { id: existing.id },
    data: { title: v.title, opensAt: v.opensAt, dueAt: v.dueAt, timeLimitSec: v.timeLimitSec, maxAttempts: v.maxAttempts },
  });
  return ok(null);
}

/** Refused once students have quiz attempts: deleting would delete their work. */
export async function deleteAssignment(db: Db, actor: Actor, assignmentId: string): Promise<Result<{ classId: string }>> {
  const a = await db.assignment.findFirst({ where: ownAssignmentWhere(actor, assignmentId), select: { id: true, classId: true, _count: { select: { attempts: true } } } });
  if (!a) return fail("not_found", "assignmentNotFound");
  if (a._count.attempts > 0) return fail("has_work", "assignmentHasWork");
  await db.assignment.delete({ where: { id: a.id } });
  return ok({ classId: a.classId });
}

export async function getAssignment(db: Db, actor: Actor, assignmentId: string): Promise<AssignmentRow | null> {
  const a = await db.assignment.findFirst({ where: ownAssignmentWhere(actor, assignmentId), select: { classId: true } });
  if (!a) return null;
  return (await listClassAssignments(db, actor, a.classId)).find((r) => r.id === assignmentId) ?? null;
}
