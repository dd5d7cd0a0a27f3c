import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { isUniqueViolation, prismaErrorCode } from "./errors";

describe("prismaErrorCode", () => {
  it("reads the code of a known request error", () => {
    const error = new Prisma.PrismaClientKnownRequestError("dup", { code: "P2002", clientVersion: "6.19.3" });
    expect(prismaErrorCode(error)).toBe("P2002");
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("recognises the same error from another generated client by its name", () => {
    class PrismaClientKnownRequestError extends Error {
      name = "PrismaClientKnownRequestError";
      code = "P2003";
    }
    expect(prismaErrorCode(new PrismaClientKnownRequestError())).toBe("P2003");
  });

  it("recognises a unique violation of a raw statement by the driver's kind of error", () => {
    const raw = (kind: string) =>
      new Prisma.PrismaClientKnownRequestError("Raw query failed", {
        code: "P2010",
        clientVersion: "6.19.3",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "23505", kind } } },
      });
    expect(isUniqueViolation(raw("UniqueConstraintViolation"))).toBe(true);
    expect(isUniqueViolation(raw("ForeignKeyConstraintViolation"))).toBe(false);
  });

  it("recognises the drivers' own unique violations, and only those", () => {
    const driver = (code: string) => Object.assign(new Error("constraint"), { code });
    expect(isUniqueViolation(driver("SQLITE_CONSTRAINT_UNIQUE"))).toBe(true);
    expect(isUniqueViolation(driver("23505"))).toBe(true);
    expect(isUniqueViolation(driver("SQLITE_CONSTRAINT_FOREIGNKEY"))).toBe(false);
    expect(isUniqueViolation(driver("23503"))).toBe(false);
  });

  it("gives nothing for other errors", () => {
    expect(prismaErrorCode(new Error("boom"))).toBeUndefined();
    expect(prismaErrorCode({ code: "P2002" })).toBeUndefined();
    expect(isUniqueViolation(null)).toBe(false);
  });
});
