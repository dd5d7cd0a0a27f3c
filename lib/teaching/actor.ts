import type { Role } from "@/lib/domain/constants";

/** Who is asking: every teaching service scopes its queries to this person. Admins see everything. */
export interface Actor {
  id: string;
  role: Role;
}

export const isAdmin = (actor: Actor): boolean => actor.role === "admin";
