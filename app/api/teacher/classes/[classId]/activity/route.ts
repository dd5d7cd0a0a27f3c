import { NextResponse } from "next/server";
import { classActivity } from "@/lib/server/dashboards";
import { db } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { authorize } from "@/lib/server/session";

/** Answers per day on the class's questions (or one student's, with ?student=), for the activity chart. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const access = await authorize("teacher");
  if (!access.ok) return NextResponse.json({ ok: false, code: access.code }, { status: access.status });
  const student = new URL(request.url).searchParams.get("student") ?? undefined;
  const days = await classActivity(db, access.user, (await params).classId, { now: await clockNow(), timeZone: access.user.timezone, userId: student });
  if (!days) return NextResponse.json({ ok: false, code: "not_found" }, { status: 404 });
  return NextResponse.json({ ok: true, days }, { headers: { "Cache-Control": "private, no-store" } });
}
