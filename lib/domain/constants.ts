/** The string enumerations stored in the database (checked here, not by the database). */

export const ROLES = ["student", "teacher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const QUESTION_STATUSES = ["draft", "active", "retired"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const QUESTION_ORIGINS = ["generated", "manual", "edited"] as const;
export type QuestionOrigin = (typeof QUESTION_ORIGINS)[number];

export const ASSIGNMENT_MODES = ["practice", "quiz"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export const DOCUMENT_STATUSES = ["processing", "ready", "failed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);
export const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);
