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

export const isUniqueViolation = (error: unknown): boolean => {
  const code = prismaErrorCode(error);
  return code === "P2002" || (code === "P2010" && driverErrorKind(error) === "UniqueConstraintViolation");
};
