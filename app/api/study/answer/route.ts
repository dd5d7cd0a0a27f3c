import { NextResponse } from "next/server";
import { fieldErrorsOf } from "@/lib/domain/result";
import { answerInputSchema } from "@/lib/study/answer";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { answerQuestion } from "@/lib/server/study-answer";

/** POST one practice answer; returns the result and the next question (see lib/server/study-answer.ts). */
export async function POST(request: Request) {
  const access = await authorize("student", "teacher");
  if (!access.ok) return NextResponse.json({ code: access.code, message: access.message }, { status: access.status });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ code: "invalid", message: "invalidRequest" }, { status: 400 });
  }
  const parsed = answerInputSchema.safeParse(body);
  if (!parsed.success)
    return NextResponse.json({ code: "invalid", message: "invalidRequest", fieldErrors: fieldErrorsOf(parsed.error.issues) }, { status: 400 });
  const outcome = await answerQuestion(db, access.user, parsed.data, await now());
  if (!outcome.ok) return NextResponse.json(outcome, { status: outcome.code === "not_found" ? 404 : 400 });
  return NextResponse.json(outcome.value, { headers: { "Cache-Control": "no-store" } });
}
