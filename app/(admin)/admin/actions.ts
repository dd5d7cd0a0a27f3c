"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/domain/constants";
import { authorize } from "@/lib/server/session";
import { changeUserRole } from "@/lib/server/users";

export interface RoleChangeState {
  ok?: boolean;
  message?: string; // key under "errors" when not ok
  email?: string;
  role?: string;
}

const roleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES), email: z.string() });

export async function changeRoleAction(_prev: RoleChangeState, formData: FormData): Promise<RoleChangeState> {
  const access = await authorize("admin");
  if (!access.ok) return { ok: false, message: "forbidden" };
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "generic" };
  const result = await changeUserRole(access.user.id, parsed.data.userId, parsed.data.role);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/admin");
  return { ok: true, email: parsed.data.email, role: parsed.data.role };
}
