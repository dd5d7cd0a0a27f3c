/** The study settings form: limits, desired retention, language, time zone (messages are i18n keys under studySettings.errors). */
import { z } from "zod";
import { LOCALES } from "@/lib/domain/constants";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/scheduler/fsrs";
import { validTimeZone } from "./day";

const int = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .min(1, `${key}Required`)
    .regex(/^\d+$/, `${key}Integer`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${key}Range`).max(max, `${key}Range`));

export const NEW_PER_DAY_MAX = 500;
export const REVIEWS_PER_DAY_MAX = 9999;

export const studySettingsSchema = z.object({
  newPerDay: int(0, NEW_PER_DAY_MAX, "newPerDay"),
  reviewsPerDay: int(0, REVIEWS_PER_DAY_MAX, "reviewsPerDay"),
  /** Entered as a percentage, 70–99. */
  desiredRetention: z
    .string()
    .trim()
    .min(1, "retentionRequired")
    .regex(/^\d{1,3}(\.\d+)?$/, "retentionNumber")
    .transform(Number)
    .pipe(z.number().min(MIN_RETENTION * 100, "retentionRange").max(MAX_RETENTION * 100, "retentionRange"))
    .transform((pct) => Math.round(pct) / 100),
  locale: z.enum(LOCALES, "localeInvalid"),
  timezone: z
    .string()
    .trim()
    .min(1, "timezoneInvalid")
    .max(64, "timezoneInvalid")
    .refine((tz) => validTimeZone(tz) === tz, "timezoneInvalid"),
});
export type StudySettings = z.infer<typeof studySettingsSchema>;

/** Time zones offered in the form (the learner's own is added when it is not among them). */
export const COMMON_TIME_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Almaty",
  "Asia/Tashkent",
  "Asia/Bishkek",
  "Asia/Dushanbe",
  "Asia/Ashgabat",
  "Asia/Tokyo",
  "Asia/Singapore",
  "Europe/Moscow",
  "Europe/London",
  "Europe/Paris",
  "America/New_York",
  "America/Los_Angeles",
  "Australia/Sydney",
  "UTC",
] as const;
