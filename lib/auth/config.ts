/**
 * next-auth settings shared by the server (lib/server/auth.ts) and the proxy.
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

/** Path prefixes that need a signed-in user of a role (checked again on every page and action). */
export const PROTECTED_PREFIXES: { prefix: string; roles: Role[] }[] = [
  { prefix: "/student", roles: ["student", "teacher", "admin"] },
  { prefix: "/teacher", roles: ["teacher", "admin"] },
  { prefix: "/admin", roles: ["admin"] },
  { prefix: "/settings", roles: ["student", "teacher", "admin"] },
  { prefix: "/join", roles: ["student", "teacher", "admin"] },
];

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
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const rule = PROTECTED_PREFIXES.find((p) => path === p.prefix || path.startsWith(p.prefix + "/"));
      if (!rule) return true;
      return Boolean(auth?.user); // role checks happen on the server with fresh data
    },
  },
} satisfies NextAuthConfig;
