import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";

// First of three checks: signed-out visitors are sent to sign in before a protected page renders.
// Pages, actions and route handlers check the user and role again on the server.
const { auth } = NextAuth(authConfig);

export function proxy(request: NextRequest) {
  return (auth as unknown as (req: NextRequest) => Promise<Response | undefined>)(request);
}

export const config = {
  matcher: ["/student/:path*", "/teacher/:path*", "/admin/:path*", "/settings/:path*", "/join", "/join/:path*"],
};
