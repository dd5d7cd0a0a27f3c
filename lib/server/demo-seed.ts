import "server-only";
/**
 * Demo accounts for the demo mode: one admin, one teacher with a class, three students in it.
 * Idempotent: accounts, the class and enrolments are created when missing and never reset
 * (a demo user who changed their password keeps it). Refuses to run in production mode.
 */
import { env } from "@/lib/env";
import type { Role } from "@/lib/domain/constants";
import { generateUniqueJoinCode } from "@/lib/domain/join-code";
import type { Db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";

/** The one password of every demo account (printed at start-up; demo mode only). */
export const DEMO_PASSWORD = "wengu-demo-2026";
export const DEMO_CLASS_NAME = "国际关系 · 演示班";

export interface DemoLogin {
  role: Role;
  name: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly { role: Role; name: string; email: string }[] = [
  { role: "admin", name: "演示管理员", email: "admin@wengu.demo" },
  { role: "teacher", name: "王老师", email: "teacher@wengu.demo" },
  { role: "student", name: "学生一", email: "student1@wengu.demo" },
  { role: "student", name: "学生二", email: "student2@wengu.demo" },
  { role: "student", name: "学生三", email: "student3@wengu.demo" },
];

export class DemoSeedRefused extends Error {
  readonly code = "production_mode";
  constructor() {
    super("Demo accounts are never created in production mode (WENGU_MODE=production). Create real accounts instead.");
    this.name = "DemoSeedRefused";
  }
}

export async function seedDemo(
  db: Db,
  { mode = env.WENGU_MODE }: { mode?: "demo" | "production" } = {},
): Promise<DemoLogin[]> {
  if (mode === "production") throw new DemoSeedRefused();

  const existing = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { id: true, email: true },
  });
  const idByEmail = new Map(existing.map((u) => [u.email, u.id]));
  const missing = DEMO_ACCOUNTS.filter((a) => !idByEmail.has(a.email));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD); // argon2id salts each hash; one is enough
    for (const account of missing) {
      // upsert, not create: a second seed running at the same moment must not fail
      const user = await db.user.upsert({
        where: { email: account.email },
        create: { ...account, passwordHash },
        update: {},
        select: { id: true },
      });
      idByEmail.set(account.email, user.id);
    }
  }

  const teacherId = idByEmail.get("teacher@wengu.demo")!;
  let classroom = await db.classroom.findFirst({
    where: { teacherId, name: DEMO_CLASS_NAME },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!classroom) {
    const joinCode = await generateUniqueJoinCode(
      async (code) => (await db.classroom.count({ where: { joinCode: code } })) > 0,
    );
    classroom = await db.classroom.create({ data: { name: DEMO_CLASS_NAME, teacherId, joinCode }, select: { id: true } });
  }
  const classId = classroom.id;
  for (const account of DEMO_ACCOUNTS.filter((a) => a.role === "student")) {
    const userId = idByEmail.get(account.email)!;
    await db.enrolment.upsert({
      where: { classId_userId: { classId, userId } },
      create: { classId, userId },
      update: {},
    });
  }

  return DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD }));
}
