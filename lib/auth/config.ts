/**
 * next-auth settings (lib/server/auth.ts), and which paths need a signed-in user (the proxy).
 * Nothing here touches the database, so the proxy stays light.
 */
import type { NextAuthConfig } from "next-auth";
import { isRole, type Role } from "@/lib/domain/constants";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
  interface User {
    role?: Role;
  }
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = { student: "/student", teacher: "/teacher", admin: "/admin" };

/** Path prefixes that need a signed-in user (the role is checked on every page and action). */
export const PROTECTED_PREFIXES = ["/student", "/teacher", "/admin", "/settings", "/join"] as const;

export const isProtectedPath = (path: string): boolean => PROTECTED_PREFIXES.some((p) => path === p || path.startsWith(p + "/"));

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role ?? "student";
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = isRole(token.role) ? token.role : "student";
      return session;
    },
  },
} satisfies NextAuthConfig;
