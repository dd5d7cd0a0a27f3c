import "server-only";
/**
 * Classes, join codes and rosters. Every query is scoped in its `where`: a teacher reaches
 * only the classes they teach (admins reach all); a class of someone else is "not_found",
 * never "forbidden", so that its existence is not revealed.
 */
import type { Prisma } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { generateUniqueJoinCode, isJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { fail, ok, type Result } from "@/lib/domain/result";
import type { Db } from "@/lib/server/db";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { classNameSchema } from "@/lib/validations/teach";

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  studentCount: number;
  assignmentCount: number;
  archived: boolean;
}

export interface RosterEntry {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
}

export interface ClassDetail extends ClassSummary {
  teacherId: string;
  createdAt: Date;
  roster: RosterEntry[];
}

/** The `where` that finds a class only when the actor teaches it (or is an admin). */
export function ownClassWhere(actor: Actor, classId: string): Prisma.ClassroomWhereInput {
  return isAdmin(actor) ? { id: classId } : { id: classId, teacherId: actor.id };
}

/** A teacher's own classes (never another teacher's), active ones first. */
export async function listTeacherClasses(db: Db, actor: Actor): Promise<ClassSummary[]> {
  const rows = await db.classroom.findMany({
    where: { teacherId: actor.id },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { enrolments: true, assignments: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    studentCount: c._count.enrolments,
    assignmentCount: c._count.assignments,
    archived: c.archivedAt !== null,
  }));
}

export async function getTeacherClass(db: Db, actor: Actor, classId: string): Promise<ClassDetail | null> {
  const c = await db.classroom.findFirst({
    where: ownClassWhere(actor, classId),
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      teacherId: true,
      createdAt: true,
      _count: { select: { enrolments: true, assignments: true } },
      enrolments: {
        orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    teacherId: c.teacherId,
    createdAt: c.createdAt,
    archived: c.archivedAt !== null,
    studentCount: c._count.enrolments,
    assignmentCount: c._count.assignments,
    roster: c.enrolments.map((e) => ({ userId: e.user.id, name: e.user.name, email: e.user.email, joinedAt: e.joinedAt })),
  };
}

const freeJoinCode = (db: Db) =>
  generateUniqueJoinCode(async (code) => (await db.classroom.count({ where: { joinCode: code } })) > 0);

/** Retries once when another request took the same code between the check and the write. */
async function withFreshCode<T>(db: Db, write: (code: string) => Promise<T>): Promise<T> {
  try {
    return await write(await freeJoinCode(db));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return write(await freeJoinCode(db));
  }
}

export async function createClass(db: Db, actor: Actor, input: { name: unknown }): Promise<Result<{ id: string; joinCode: string }>> {
  const name = classNameSchema.safeParse(input.name);
  if (!name.success) return fail("invalid", name.error.issues[0].message, { name: name.error.issues[0].message });
  const created = await withFreshCode(db, (joinCode) =>
    db.classroom.create({ data: { name: name.data, teacherId: actor.id, joinCode }, select: { id: true, joinCode: true } }),
  );
  return ok(created);
}

export async function renameClass(db: Db, actor: Actor, classId: string, input: { name: unknown }): Promise<Result<null>> {
  const name = classNameSchema.safeParse(input.name);
  if (!name.success) return fail("invalid", name.error.issues[0].message, { name: name.error.issues[0].message });
  const { count } = await db.classroom.updateMany({ where: ownClassWhere(actor, classId), data: { name: name.data } });
  return count === 1 ? ok(null) : fail("not_found", "classNotFound");
}

export async function setClassArchived(db: Db, actor: Actor, classId: string, archived: boolean): Promise<Result<null>> {
  const { count } = await db.classroom.updateMany({
    where: ownClassWhere(actor, classId),
    data: { archivedAt: archived ? new Date() : null },
  });
  return count === 1 ? ok(null) : fail("not_found", "classNotFound");
}

/** A new join code; the old one stops working at once. */
export async function regenerateJoinCode(db: Db, actor: Actor, classId: string): Promise<Result<{ joinCode: string }>> {
  const found = await db.classroom.findFirst({ where: ownClassWhere(actor, classId), select: { id: true } });
  if (!found) return fail("not_found", "classNotFound");
  const joinCode = await withFreshCode(db, async (code) => {
    await db.classroom.update({ where: { id: found.id }, data: { joinCode: code } });
    return code;
  });
  return ok({ joinCode });
}

export async function removeStudent(db: Db, actor: Actor, classId: string, userId: string): Promise<Result<null>> {
  const { count } = await db.enrolment.deleteMany({ where: { classId, userId, class: ownClassWhere(actor, classId) } });
  return count === 1 ? ok(null) : fail("not_found", "studentNotFound");
}

export interface JoinableClass {
  id: string;
  name: string;
  teacherName: string;
  alreadyMember: boolean;
}

/** What a join code opens, for the confirmation page; null when the code is unknown or the class archived. */
export async function findClassByJoinCode(db: Db, userId: string, input: string): Promise<JoinableClass | null> {
  const code = normalizeJoinCode(input);
  if (!isJoinCode(code)) return null;
  const c = await db.classroom.findFirst({
    where: { joinCode: code, archivedAt: null },
    select: { id: true, name: true, teacher: { select: { name: true } }, enrolments: { where: { userId }, select: { userId: true } } },
  });
  if (!c) return null;
  return { id: c.id, name: c.name, teacherName: c.teacher.name, alreadyMember: c.enrolments.length > 0 };
}

/** A student joins with a code (typed or from a link). Joining twice is fine: it changes nothing. */
export async function joinClassByCode(
  db: Db,
  userId: string,
  input: string,
): Promise<Result<{ classId: string; name: string; alreadyMember: boolean }>> {
  const code = normalizeJoinCode(input);
  if (!isJoinCode(code)) return fail("invalid_code", "joinCodeInvalid");
  const c = await db.classroom.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true, teacherId: true } });
  if (!c) return fail("unknown_code", "joinCodeUnknown");
  if (c.teacherId === userId) return fail("own_class", "joinOwnClass");
  const existing = await db.enrolment.findUnique({ where: { classId_userId: { classId: c.id, userId } }, select: { userId: true } });
  if (!existing) {
    try {
      await db.enrolment.create({ data: { classId: c.id, userId } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a double submit: already enrolled
    }
  }
  return ok({ classId: c.id, name: c.name, alreadyMember: Boolean(existing) });
}

/** The classes a student is in (for the join page's "your classes"). */
export async function listStudentClasses(db: Db, userId: string): Promise<{ id: string; name: string; teacherName: string }[]> {
  const rows = await db.enrolment.findMany({
    where: { userId, class: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    select: { class: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, teacherName: r.class.teacher.name }));
}
