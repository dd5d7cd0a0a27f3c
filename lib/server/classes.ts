import "server-only";
import { db } from "./db";

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  studentCount: number;
  archived: boolean;
}

/** A teacher's own classes (never another teacher's). */
export async function listTeacherClasses(teacherId: string): Promise<ClassSummary[]> {
  const rows = await db.classroom.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrolments: true } } },
  });
  return rows.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, studentCount: c._count.enrolments, archived: c.archivedAt !== null }));
}
