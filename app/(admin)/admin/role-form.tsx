"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, inputClass } from "@/components/ui";
import type { Role } from "@/lib/domain/constants";
import { changeRoleAction, type RoleChangeState } from "./actions";

const roleKey = { student: "roleStudent", teacher: "roleTeacher", admin: "roleAdmin" } as const;

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const t = useTranslations("admin");
  const tn = useTranslations("nav");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<RoleChangeState, FormData>(changeRoleAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="email" value={email} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("changeRole")} ({email})
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className={`${inputClass} w-auto`}>
        {(Object.keys(roleKey) as Role[]).map((r) => (
          <option key={r} value={r}>
            {tn(roleKey[r])}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
      <span aria-live="polite" className="text-sm">
        {state.ok && state.role && t("roleChanged", { email: state.email ?? "", role: tn(roleKey[state.role as Role]) })}
        {state.ok === false && <span className="text-red-600">{te(state.message ?? "generic")}</span>}
      </span>
    </form>
  );
}
