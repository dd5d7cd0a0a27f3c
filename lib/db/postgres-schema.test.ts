import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "./postgres-schema";

describe("the PostgreSQL schema twin", () => {
  it("is what prisma/schema.prisma generates (run `npm run db:schema:postgres -- --migration <name>` after a model change)", () => {
    const sqlite = fs.readFileSync("prisma/schema.prisma", "utf8");
    expect(fs.readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("keeps every model and only swaps the datasource and the client output", () => {
    const twin = postgresSchemaFrom('generator client {\n  provider = "prisma-client-js"\n}\ndatasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\nmodel A {\n  id String @id\n}\n');
    expect(twin).toContain('provider = "postgresql"');
    expect(twin).toContain('output     = "../../node_modules/.prisma/postgres-client"');
    expect(twin).toContain("model A {");
    expect(twin).not.toContain("sqlite");
  });

  it("has a migration for every model change (the last migration builds the current twin)", () => {
    const dirs = fs.readdirSync("prisma/postgres/migrations").filter((d) => /^\d{14}_/.test(d));
    expect(dirs.length).toBeGreaterThan(0);
    const all = dirs.map((d) => fs.readFileSync(`prisma/postgres/migrations/${d}/migration.sql`, "utf8")).join("\n");
    const models = [...fs.readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    for (const model of models) expect(all, model).toContain(`CREATE TABLE "${model}"`);
  });
});
