import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath } from "@/lib/auth/config";
import { sessionUserId } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

// First of three checks: signed-out visitors are sent to sign in before a protected page renders.
// Pages, actions and route handlers check the user and role again on the server.
export async function proxy(request: NextRequest) {
  if (!isProtectedPath(request.nextUrl.pathname)) return NextResponse.next();
  if (await sessionUserId(request.cookies.getAll(), env.AUTH_SECRET)) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/student/:path*", "/teacher/:path*", "/admin/:path*", "/settings/:path*", "/join", "/join/:path*"],
};
