import { describe, expect, it } from "vitest";
import { addDays, dayBounds, dayKey, offsetMinutes, startOfDay, streakLength, validTimeZone } from "./day";

describe("days in the learner's time zone", () => {
  it("starts Shanghai's day at 16:00 UTC the day before", () => {
    const at = new Date("2026-03-02T01:00:00Z"); // 09:00 in Shanghai
    expect(startOfDay(at, "Asia/Shanghai").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(dayKey(new Date("2026-03-01T15:59:00Z"), "Asia/Shanghai")).toBe("2026-03-01");
    expect(dayKey(new Date("2026-03-01T16:00:00Z"), "Asia/Shanghai")).toBe("2026-03-02");
    expect(offsetMinutes(at, "Asia/Shanghai")).toBe(480);
  });

  it("follows daylight saving time", () => {
    // New York: 8 March 2026 is the day clocks go forward; its midnight is still at -05:00
    expect(startOfDay(new Date("2026-03-08T18:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDay(new Date("2026-07-01T18:00:00Z"), "America/New_York").toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });

  it("falls back to Shanghai for an unknown zone", () => {
    expect(validTimeZone("Mars/Olympus")).toBe("Asia/Shanghai");
    expect(validTimeZone("Europe/Paris")).toBe("Europe/Paris");
  });
});

describe("streakLength", () => {
  it("counts consecutive days ending today, or yesterday while today is not done yet", () => {
    const today = "2026-03-10";
    expect(streakLength(["2026-03-10", "2026-03-09", "2026-03-08", "2026-03-06"], today)).toBe(3);
    expect(streakLength(["2026-03-09", "2026-03-08"], today)).toBe(2);
    expect(streakLength(["2026-03-07"], today)).toBe(0);
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("dayBounds", () => {
  it("gives local midnight and the next one, also on a day daylight saving shortens", () => {
    expect(dayBounds(new Date("2026-03-02T02:00:00Z"), "Asia/Shanghai")).toEqual({
      start: new Date("2026-03-01T16:00:00Z"),
      end: new Date("2026-03-02T16:00:00Z"),
    });
    const dst = dayBounds(new Date("2026-03-08T15:00:00Z"), "America/New_York");
    expect(dst).toEqual({ start: new Date("2026-03-08T05:00:00Z"), end: new Date("2026-03-09T04:00:00Z") });
  });
});
