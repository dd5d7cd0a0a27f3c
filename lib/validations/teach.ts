/**
 * Inputs of the teaching features (classes, sets, assignments, questions, uploads).
 * Messages are i18n keys in the "teachMessages" namespace (messages/zh/teach.json, messages/en/teach.json).
 */
import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/bank/format";
import { ASSIGNMENT_MODES, QUESTION_STATUSES, QUESTION_ORIGINS } from "@/lib/domain/constants";
import { FACT_KINDS } from "@/lib/bank/format";

export const idSchema = z.string().trim().min(1).max(100);

export const classNameSchema = z.string().trim().min(1, "classNameRequired").max(80, "classNameTooLong");

export const joinCodeInputSchema = z.string().trim().min(1, "joinCodeRequired").max(40, "joinCodeInvalid");

export const setTitleSchema = z.string().trim().min(1, "setTitleRequired").max(120, "setTitleTooLong");
export const setDescriptionSchema = z.string().trim().max(1000, "descriptionTooLong").default("");

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v === null ? undefined : v), z.string().max(max).optional());

/** The filters of the question browser (URL search params) and of "build a set from the bank". */
export const questionFilterSchema = z.object({
  q: optionalText(100),
  documentId: optionalText(100),
  factKind: optionalEnum(FACT_KINDS),
  type: optionalEnum(QUESTION_TYPES),
  tag: optionalText(60),
  status: optionalEnum(QUESTION_STATUSES),
  origin: optionalEnum(QUESTION_ORIGINS),
});
export type QuestionFilter = z.infer<typeof questionFilterSchema>;

export const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export const MAX_SET_SIZE = 500;

/** "2026-09-01T08:00" from an <input type="datetime-local">: wall-clock time in the teacher's zone (lib/teaching/dates.ts). */
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "dateInvalid");

const optionalPositiveInt = (max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce.number({ message }).int(message).min(1, message).max(max, message).optional(),
  );

export const assignmentInputSchema = z
  .object({
    classId: idSchema,
    setId: idSchema,
    title: z.string().trim().min(1, "assignmentTitleRequired").max(120, "assignmentTitleTooLong"),
    mode: z.enum(ASSIGNMENT_MODES, "modeInvalid"),
    opensAt: localDateTime,
    dueAt: localDateTime,
    /** Minutes in the form; stored as seconds. */
    timeLimitMin: optionalPositiveInt(600, "timeLimitInvalid"),
    maxAttempts: optionalPositiveInt(100, "maxAttemptsInvalid"),
  })
  .refine((v) => v.dueAt > v.opensAt, { message: "dueBeforeOpen", path: ["dueAt"] });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

/** The fields of the question editor; interpreted per type by lib/teaching/question-form.ts. */
export const questionFormSchema = z.object({
  type: z.enum(QUESTION_TYPES, "typeInvalid"),
  prompt: z.string().trim().min(1, "promptRequired").max(2000, "promptTooLong"),
  explanation: z.string().trim().max(4000, "explanationTooLong").default(""),
  options: z.string().max(8000, "fieldTooLong").default(""),
  answer: z.string().max(8000, "fieldTooLong").default(""),
  accepted: z.string().max(4000, "fieldTooLong").default(""),
  pairs: z.string().max(8000, "fieldTooLong").default(""),
  front: z.string().trim().max(2000, "fieldTooLong").default(""),
  back: z.string().trim().max(4000, "fieldTooLong").default(""),
  tags: z.string().max(500, "fieldTooLong").default(""),
});
export type QuestionFormInput = z.infer<typeof questionFormSchema>;

export const manualQuestionSchema = questionFormSchema.extend({
  documentId: idSchema,
  /** A passage of the document the question is about (found in its raw text), optional. */
  sourceQuote: z.string().trim().max(4000, "fieldTooLong").default(""),
});
