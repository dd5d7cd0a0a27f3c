/** Derives the PostgreSQL twin of the SQLite schema: same models, its own datasource and client. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:schema:postgres`. Do not edit: edit prisma/schema.prisma.\n";
  const withoutLeadingComments = sqliteSchema.replace(/^(\/\/.*\n)+/, "");
  return (
    header +
    withoutLeadingComments
      .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
      .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/wengu"')
      .replace(/(provider\s*=\s*"prisma-client-js")/, '$1\n  output     = "../../node_modules/.prisma/postgres-client"')
  );
}
