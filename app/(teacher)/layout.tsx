import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/server/session";

export default async function TeacherLayout({ children }: { children: ReactNode }) {
  await requireUser("teacher");
  return <AppShell>{children}</AppShell>;
}
