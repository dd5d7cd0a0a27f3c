/**
 * Prisma error codes from either generated client (SQLite's or PostgreSQL's): their error classes
 * are distinct, so `instanceof Prisma.PrismaClientKnownRequestError` misses the other's errors.
 * P2002: unique constraint; P2003: foreign key; P2025: record not found.
 */
export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : undefined;
}

export const isUniqueViolation = (error: unknown): boolean => prismaErrorCode(error) === "P2002";
