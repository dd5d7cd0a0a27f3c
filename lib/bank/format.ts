/**
 * The `quizbank/1` file format (see shared/BANK_FORMAT.md): the one exchange format
 * between the content pipeline, the database import, exports and every check.
 * Fact values are typed per kind below; this module is the single definition of both.
 */
import { z } from "zod";

export const BANK_FORMAT = "quizbank/1";

export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const FACT_KINDS = ["date", "agreement", "concept", "figure", "entity"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** ISO-like date: "2013", "2013-09", "2013-09-07"; decades as "1990s"; centuries as "20C". */
export const datePrecisions = ["day", "month", "year", "decade", "century"] as const;

export const dateValueSchema = z.object({
  iso: z.string().min(1),
  precision: z.enum(datePrecisions),
  /** End of a range (2018—2040年, 5月18日至19日), same conventions as iso. */
  endIso: z.string().optional(),
  /** Surface form as written (after normalisation), e.g. "2013年9月", "同年". */
  text: z.string().min(1),
  /** True when resolved from context (同年, 次年, 31年前 …) rather than written out. */
  inferred: z.boolean().default(false),
  /** The event of the clause the date belongs to, in clean text. */
  event: z.string().min(1),
});

export const agreementCategories = [
  "document", // titles in 《》: 条约, 宣言, 公约, 联合声明, 协定, 备忘录, 纲要, 战略, 规划, 计划 …
  "partnership", // partnership levels and upgrades per country pair
  "mechanism", // 会晤机制, 秘书处, 论坛, 峰会 …
  "initiative", // …倡议
  "organisation",
  "project",
] as const;

export const agreementValueSchema = z.object({
  /** The name without 《》, e.g. "XX条约"; for partnerships the level, e.g. "全面战略伙伴关系". */
  name: z.string().min(1),
  category: z.enum(agreementCategories),
  /** Generic type word: 条约, 宣言, 伙伴关系, 峰会, 倡议 … */
  type: z.string().optional(),
  /** Countries or organisations, canonical names ("中国", "哈萨克斯坦"). */
  parties: z.array(z.string()).default([]),
  /** ISO-like date when the sentence gives one. */
  date: z.string().optional(),
  /** For partnership upgrades: the level before. */
  upgradedFrom: z.string().optional(),
});

export const conceptCategories = ["definition", "slogan", "enumeration", "principle"] as const;

export const conceptValueSchema = z.object({
  term: z.string().min(1),
  category: z.enum(conceptCategories),
  definition: z.string().optional(),
  /** Items of an enumeration, in order. */
  items: z.array(z.string()).optional(),
  /** The announced count ("三个原则" → 3) when the text gives one. */
  count: z.number().int().positive().optional(),
});

export const figureValueSchema = z.object({
  /** The number in the unit below (894亿美元 → 894, unit 亿美元). */
  number: z.number(),
  /** The number as written after normalisation, with its unit: "894亿美元". */
  text: z.string().min(1),
  unit: z.string(),
  /** What it measures: "贸易额", "投资存量" … */
  measure: z.string().min(1),
  /** The year (or ISO date) the figure refers to, when given. */
  year: z.string().optional(),
  /** Who or what it is about, when given (a country pair, a project). */
  subject: z.string().optional(),
});

export const entityCategories = ["country", "person", "place", "organisation"] as const;

export const entityValueSchema = z.object({
  name: z.string().min(1),
  category: z.enum(entityCategories),
  aliases: z.array(z.string()).default([]),
});

const factBase = {
  id: z.string().min(1),
  documentId: z.string().min(1),
  label: z.string().min(1),
  span: spanSchema,
  quote: z.string(),
  alsoIn: z.array(z.object({ documentId: z.string(), span: spanSchema })).default([]),
};

export const factSchema = z.discriminatedUnion("kind", [
  z.object({ ...factBase, kind: z.literal("date"), value: dateValueSchema }),
  z.object({ ...factBase, kind: z.literal("agreement"), value: agreementValueSchema }),
  z.object({ ...factBase, kind: z.literal("concept"), value: conceptValueSchema }),
  z.object({ ...factBase, kind: z.literal("figure"), value: figureValueSchema }),
  z.object({ ...factBase, kind: z.literal("entity"), value: entityValueSchema }),
]);
export type Fact = z.infer<typeof factSchema>;
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

export const QUESTION_TYPES = [
  "mcq",
  "multi",
  "true_false",
  "cloze",
  "ordering",
  "matching",
  "short_answer",
  "flashcard",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionSourceSchema = z.object({
  documentId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

export const questionSchema = z
  .object({
    id: z.string().min(1),
    type: z.enum(QUESTION_TYPES),
    factIds: z.array(z.string()).default([]),
    prompt: z.string().min(1),
    options: z.array(z.string()).optional(),
    pairs: z.array(z.tuple([z.string(), z.string()])).optional(),
    answer: z.union([z.string(), z.array(z.string()), z.boolean()]).optional(),
    accepted: z.array(z.string()).optional(),
    front: z.string().optional(),
    back: z.string().optional(),
    explanation: z.string().default(""),
    source: questionSourceSchema,
    tags: z.array(z.string()).default([]),
    quality: z
      .object({ score: z.number().min(0).max(1), flags: z.array(z.string()).default([]) })
      .default({ score: 1, flags: [] }),
  })
  .superRefine((q, ctx) => {
    const problem = questionShapeProblem(q);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["type"] });
  });
export type Question = z.infer<typeof questionSchema>;

/** What a question of each type must carry; null when the shape is right. */
export function questionShapeProblem(q: {
  type: QuestionType;
  options?: string[];
  pairs?: [string, string][];
  answer?: string | string[] | boolean;
  front?: string;
  back?: string;
}): string | null {
  switch (q.type) {
    case "mcq":
      if (!q.options || q.options.length < 2) return "mcq needs at least two options";
      if (typeof q.answer !== "string" || !q.options.includes(q.answer)) return "mcq answer must be one of its options";
      return null;
    case "multi":
      if (!q.options || q.options.length < 2) return "multi needs at least two options";
      if (!Array.isArray(q.answer) || q.answer.length === 0 || !q.answer.every((a) => q.options!.includes(a)))
        return "multi answer must be a non-empty list of its options";
      return null;
    case "true_false":
      return typeof q.answer === "boolean" ? null : "true_false answer must be a boolean";
    case "cloze":
    case "short_answer":
      return typeof q.answer === "string" && q.answer.length > 0 ? null : `${q.type} answer must be a string`;
    case "ordering":
      if (!q.options || q.options.length < 2) return "ordering needs items in options";
      if (!Array.isArray(q.answer) || [...q.answer].sort().join("\u0000") !== [...q.options].sort().join("\u0000"))
        return "ordering answer must be its options in the correct order";
      return null;
    case "matching":
      return q.pairs && q.pairs.length >= 2 ? null : "matching needs at least two pairs";
    case "flashcard":
      return q.front && q.back ? null : "flashcard needs front and back";
  }
}

export const bankDocumentSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  authors: z.array(z.string()).default([]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Optional extras (manifest metadata). */
  kind: z.string().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
  /** The raw text, so that a bank file is self-contained for import. */
  text: z.string().optional(),
});
export type BankDocument = z.infer<typeof bankDocumentSchema>;

export const bankSchema = z.object({
  format: z.literal(BANK_FORMAT),
  generator: z.object({ version: z.string() }),
  documents: z.array(bankDocumentSchema),
  facts: z.array(factSchema),
  questions: z.array(questionSchema),
});
export type Bank = z.infer<typeof bankSchema>;

/** Parses a bank, returning a readable list of problems rather than throwing. */
export function parseBank(json: unknown): { ok: true; bank: Bank } | { ok: false; errors: string[] } {
  const result = bankSchema.safeParse(json);
  if (result.success) return { ok: true, bank: result.data };
  return {
    ok: false,
    errors: result.error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  };
}
