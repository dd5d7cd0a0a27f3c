import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LogOut } from "lucide-react";
import { signOutAction } from "@/app/actions/auth";
import { navigationFor } from "@/lib/navigation";
import { getCurrentUser } from "@/lib/server/session";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { buttonClass } from "./ui";

const roleLabel = { student: "roleStudent", teacher: "roleTeacher", admin: "roleAdmin" } as const;

export async function AppShell({ children }: { children: ReactNode }) {
  const [user, t, tTheme] = await Promise.all([getCurrentUser(), getTranslations("nav"), getTranslations("theme")]);
  const links = navigationFor(user?.role ?? null).map((item) => ({ href: item.href, label: t(item.label) }));
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-900">
        {t("skipToContent")}
      </a>
      <header className="relative border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-3 py-2 sm:px-6">
          <Link href="/" className="mr-2 flex items-baseline gap-2 rounded-md px-1 py-1 text-lg font-semibold text-brand-700 dark:text-brand-100">
            <span lang="zh-CN">温故</span>
            <span className="hidden text-xs font-normal text-stone-500 sm:inline" lang="en">
              Wengu
            </span>
          </Link>
          <NavLinks links={links} menuLabel={t("menu")} navLabel={t("mainNavigation")} />
          <div className="ml-auto flex items-center gap-1">
            <LanguageSwitch />
            <ThemeToggle labels={{ label: tTheme("label"), light: tTheme("light"), dark: tTheme("dark"), system: tTheme("system") }} />
            {user ? (
              <>
                <span className="hidden px-2 text-sm text-stone-600 dark:text-stone-400 lg:inline" data-testid="current-user">
                  {user.name} · {t(roleLabel[user.role])}
                </span>
                <form action={signOutAction}>
                  <button type="submit" className={buttonClass("ghost", "px-2")} aria-label={t("signOut")}>
                    <LogOut aria-hidden size={18} />
                    <span className="hidden sm:inline">{t("signOut")}</span>
                  </button>
                </form>
              </>
            ) : (
              <Link href="/signin" className={buttonClass("secondary", "px-3")}>
                {t("signIn")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
