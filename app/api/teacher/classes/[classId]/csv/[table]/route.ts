import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { buildCsv, isCsvTable } from "@/lib/server/csv-exports";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { authorize } from "@/lib/server/session";
import { contentDisposition, toCsv } from "@/lib/teaching/csv";

/** A dashboard table as CSV (UTF-8 with BOM). 404 for a class that is not the teacher's. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string; table: string }> }) {
  const access = await authorize("teacher");
  if (!access.ok) return NextResponse.json({ ok: false, code: access.code }, { status: access.status });
  const { classId, table } = await params;
  if (!isCsvTable(table)) return NextResponse.json({ ok: false, code: "not_found" }, { status: 404 });
  const url = new URL(request.url);
  const t = await getTranslations("teachCsv");
  const csv = await buildCsv(db, access.user, classId, table, (key) => (t.has(key) ? t(key) : key), {
    now: await clockNow(),
    timeZone: access.user.timezone,
    userId: url.searchParams.get("student") ?? undefined,
    assignmentId: url.searchParams.get("assignment") ?? undefined,
  });
  if (!csv) return NextResponse.json({ ok: false, code: "not_found" }, { status: 404 });
  return new Response(toCsv(csv.header, csv.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(csv.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
