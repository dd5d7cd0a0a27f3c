import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/server/session";

export default async function StudentLayout({ children }: { children: ReactNode }) {
  await requireUser("student", "teacher");
  return <AppShell>{children}</AppShell>;
}
