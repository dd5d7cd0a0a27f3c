import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/server/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireUser("admin");
  return <AppShell>{children}</AppShell>;
}
