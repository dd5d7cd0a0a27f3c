import { describe, expect, it } from "vitest";
import { studySettingsSchema } from "./settings";

const valid = { newPerDay: "20", reviewsPerDay: "200", desiredRetention: "90", locale: "zh", timezone: "Asia/Shanghai" };

describe("studySettingsSchema", () => {
  it("accepts the defaults and turns the retention percentage into a fraction", () => {
    expect(studySettingsSchema.parse(valid)).toEqual({ newPerDay: 20, reviewsPerDay: 200, desiredRetention: 0.9, locale: "zh", timezone: "Asia/Shanghai" });
  });

  it("names the field and the problem of every wrong value", () => {
    const r = studySettingsSchema.safeParse({ newPerDay: "-1", reviewsPerDay: "abc", desiredRetention: "60", locale: "fr", timezone: "Mars/Base" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      newPerDay: "newPerDayInteger",
      reviewsPerDay: "reviewsPerDayInteger",
      desiredRetention: "retentionRange",
      locale: "localeInvalid",
      timezone: "timezoneInvalid",
    });
    expect(studySettingsSchema.safeParse({ ...valid, desiredRetention: "99.5" }).success).toBe(false);
    expect(studySettingsSchema.safeParse({ ...valid, newPerDay: "501" }).error?.issues[0].message).toBe("newPerDayRange");
  });
});
