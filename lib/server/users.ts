import "server-only";
import type { Prisma } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail, ok, type Result } from "@/lib/domain/result";
import { isRole, type Locale, type Role } from "@/lib/domain/constants";
import type { SignUpInput } from "@/lib/validations/auth";
import { db } from "./db";
import { hashPassword } from "./password";

export async function createStudentAccount(input: SignUpInput): Promise<Result<{ id: string }, "email_taken">> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: "student" },
      select: { id: true },
    });
    return ok(user);
  } catch (error) {
    if (isUniqueViolation(error))
      return fail("email_taken", "emailTaken", { email: "emailTaken" });
    throw error;
  }
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

export async function listUsers(query: { search?: string; role?: Role; page?: number; pageSize?: number }): Promise<{
  users: UserRow[];
  total: number;
}> {
  const pageSize = Math.min(Math.max(query.pageSize ?? 50, 1), 200);
  const page = Math.max(query.page ?? 1, 1);
  const search = query.search?.trim().toLowerCase();
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(search ? { OR: [{ email: { contains: search } }, { name: { contains: query.search!.trim() } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { email: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users: rows.map((u) => ({ ...u, role: isRole(u.role) ? u.role : "student" })), total };
}

/** Admins change other users' roles; there is always at least one admin left. */
export async function changeUserRole(
  actorId: string,
  userId: string,
  role: Role,
): Promise<Result<{ id: string; role: Role }, "not_found" | "last_admin" | "own_role">> {
  if (actorId === userId) return fail("own_role", "ownRole");
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) return fail("not_found", "userNotFound");
    if (target.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabled: false } });
      if (admins <= 1) return fail("last_admin", "lastAdmin");
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true } });
    return ok({ id: updated.id, role });
  });
}
