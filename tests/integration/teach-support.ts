/** Shared set-up for the teaching integration tests: people of each role. */
import type { Db } from "@/lib/server/db";
import type { Actor } from "@/lib/teaching/actor";
import type { Role } from "@/lib/domain/constants";

let counter = 0;

export async function makeUser(db: Db, role: Role, name = `${role}-${++counter}`): Promise<Actor & { name: string; email: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]/g, "")}-${++counter}@test.wengu`;
  const user = await db.user.create({ data: { email, name, passwordHash: "x", role }, select: { id: true, role: true } });
  return { id: user.id, role: user.role as Role, name, email };
}
