import { describe, expect, it } from "vitest";
import { instantToZonedLocal, zonedLocalToInstant, zoneOffsetMinutes } from "./dates";

describe("dates typed in a teacher's time zone", () => {
  it("reads wall-clock time in Asia/Shanghai (UTC+8)", () => {
    expect(zonedLocalToInstant("2026-09-01T08:00", "Asia/Shanghai")?.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(zoneOffsetMinutes("Asia/Shanghai", new Date("2026-01-01T00:00:00Z"))).toBe(480);
  });

  it("follows daylight saving time", () => {
    expect(zonedLocalToInstant("2026-07-01T12:00", "Europe/London")?.toISOString()).toBe("2026-07-01T11:00:00.000Z");
    expect(zonedLocalToInstant("2026-01-15T12:00", "Europe/London")?.toISOString()).toBe("2026-01-15T12:00:00.000Z");
  });

  it("round-trips to a datetime-local value", () => {
    const instant = zonedLocalToInstant("2026-12-31T23:30", "Asia/Shanghai")!;
    expect(instantToZonedLocal(instant, "Asia/Shanghai")).toBe("2026-12-31T23:30");
  });

  it("rejects what is not a date", () => {
    expect(zonedLocalToInstant("2026-02-30T10:00", "Asia/Shanghai")).toBeNull();
    expect(zonedLocalToInstant("tomorrow", "Asia/Shanghai")).toBeNull();
    expect(zonedLocalToInstant("2026-01-01T25:00", "Asia/Shanghai")).toBeNull();
  });
});
