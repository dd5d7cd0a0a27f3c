/**
 * Prisma error codes from either generated client (SQLite's or PostgreSQL's): their error classes
 * are distinct, so `instanceof Prisma.PrismaClientKnownRequestError` misses the other's errors.
 * P2002: unique constraint; P2003: foreign key; P2025: record not found. A raw statement's error
 * is P2010 ("raw query failed") carrying the driver's own kind of error.
 */
export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : undefined;
}

const driverErrorKind = (error: unknown): unknown =>
  (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind;

// the drivers' own errors, from statements run without Prisma (lib/server/direct-sql.ts)
const SQLITE_UNIQUE = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);
const POSTGRES_UNIQUE = "23505";
const driverCode = (error: unknown): unknown => (typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined);

export const isUniqueViolation = (error: unknown): boolean => {
  const code = prismaErrorCode(error);
  if (code) return code === "P2002" || (code === "P2010" && driverErrorKind(error) === "UniqueConstraintViolation");
  const raw = driverCode(error);
  return (typeof raw === "string" && SQLITE_UNIQUE.has(raw)) || raw === POSTGRES_UNIQUE;
};
