import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isProtectedPath } from "./config";
import { sessionUserId } from "./session-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const token = (sub: string, options: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token: { sub }, secret: options.secret ?? SECRET, salt: options.salt ?? "authjs.session-token", maxAge: options.maxAge });

describe("sessionUserId", () => {
  it("reads the user id of a session cookie made with the secret", async () => {
    expect(await sessionUserId([{ name: "authjs.session-token", value: await token("user-1") }], SECRET)).toBe("user-1");
    const secure = await token("user-2", { salt: "__Secure-authjs.session-token" });
    expect(await sessionUserId([{ name: "__Secure-authjs.session-token", value: secure }], SECRET)).toBe("user-2");
  });

  it("refuses a cookie made with another secret, an expired one, a garbled one, and no cookie", async () => {
    expect(await sessionUserId([{ name: "authjs.session-token", value: await token("user-1", { secret: "another-secret-of-enough-length-000" }) }], SECRET)).toBeNull();
    expect(await sessionUserId([{ name: "authjs.session-token", value: await token("user-1", { maxAge: -60 }) }], SECRET)).toBeNull();
    expect(await sessionUserId([{ name: "authjs.session-token", value: "not-a-token" }], SECRET)).toBeNull();
    expect(await sessionUserId([{ name: "theme", value: "dark" }], SECRET)).toBeNull();
  });

  afterEach(() => vi.useRealTimers());

  it("remembers a cookie it has read only until the session expires, and only for the same secret", async () => {
    vi.useFakeTimers({ now: new Date("2026-03-01T08:00:00Z"), toFake: ["Date"] });
    const cookie = [{ name: "authjs.session-token", value: await token("user-3", { maxAge: 60 }) }];
    expect(await sessionUserId(cookie, SECRET)).toBe("user-3");
    expect(await sessionUserId(cookie, SECRET)).toBe("user-3");
    expect(await sessionUserId(cookie, "another-secret-of-enough-length-000")).toBeNull();
    vi.setSystemTime(new Date("2026-03-01T08:02:00Z"));
    expect(await sessionUserId(cookie, SECRET)).toBeNull();
  });
});

describe("isProtectedPath", () => {
  it("covers the areas and their pages, and nothing that only starts alike", () => {
    expect(["/student", "/student/practice", "/teacher/classes/x", "/admin", "/settings", "/join/ABC"].every(isProtectedPath)).toBe(true);
    expect(["/", "/signin", "/studentship", "/api/health"].some(isProtectedPath)).toBe(false);
  });
});
