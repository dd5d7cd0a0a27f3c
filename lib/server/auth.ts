import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { isRole } from "@/lib/domain/constants";
import { signInSchema } from "@/lib/validations/auth";
import { db } from "./db";
import { checkLoginAllowed, recordLoginAttempt } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** The client address as the server saw it (first hop of X-Forwarded-For behind a proxy). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

// the session is read by lib/auth/session-token.ts, never through next-auth's auth()
export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        const verdict = await checkLoginAllowed(db, email, address);
        if (!verdict.allowed) throw new RateLimited();
        const user = await db.user.findUnique({ where: { email } });
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        const success = Boolean(user && ok && !user.disabled);
        await recordLoginAttempt(db, email, address, success);
        if (!user || !success) return null;
        return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "student" };
      },
    }),
  ],
});
