/**
 * The one place that reads process.env. Validated once; everything else imports `env`.
 */
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./prisma/wengu.db")
    .refine((u) => u.startsWith("file:") || u.startsWith("postgres://") || u.startsWith("postgresql://"), {
      message: "DATABASE_URL must be a SQLite file (file:./prisma/wengu.db) or a PostgreSQL URL (postgresql://…)",
    }),
  AUTH_SECRET: z.string().min(16).optional(),
  /** demo: demo accounts are seeded and printed; production: never. */
  WENGU_MODE: z.enum(["demo", "production"]).default("demo"),
  /** Lets tests move the clock with the `wengu-test-now` cookie. Never set in production. */
  WENGU_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  /**
   * SQLite only. normal (WAL's usual setting): a crashed or killed app loses nothing it acknowledged;
   * a power cut or a crash of the machine may lose the last moments' answers, never the database.
   * full: every acknowledged answer is on disk before the reply (one fsync per batch of answers).
   */
  WENGU_SQLITE_SYNC: z.enum(["normal", "full"]).default("normal"),
  /** Upload size limit for teachers' documents, in bytes. */
  WENGU_UPLOAD_LIMIT: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Wengu's environment is not valid:\n${lines}\nFix .env.local (see README).`);
  }
  return parsed.data;
}

export const env = loadEnv();

export const databaseProvider = (url: string = env.DATABASE_URL): "sqlite" | "postgresql" =>
  url.startsWith("file:") ? "sqlite" : "postgresql";
