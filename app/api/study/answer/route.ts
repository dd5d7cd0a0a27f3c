import { NextResponse } from "next/server";
import { fieldErrorsOf } from "@/lib/domain/result";
import { answerInputSchema } from "@/lib/study/answer";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { authorizeWith, sessionUser, UNAUTHENTICATED } from "@/lib/server/session";
import { answerQuestion } from "@/lib/server/study-answer";
import { studyCardOf, studyCardQuery } from "@/lib/server/study-sql";

const denied = (access: { code: string; message: string; status: number }) =>
  NextResponse.json({ code: access.code, message: access.message }, { status: access.status });

/** POST one practice answer; returns the result and the next question (see lib/server/study-answer.ts). */
export async function POST(request: Request) {
  if (!(await sessionUser())) return denied(UNAUTHENTICATED);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ code: "invalid", message: "invalidRequest" }, { status: 400 });
  }
  const parsed = answerInputSchema.safeParse(body);
  if (!parsed.success)
    return NextResponse.json({ code: "invalid", message: "invalidRequest", fieldErrors: fieldErrorsOf(parsed.error.issues) }, { status: 400 });
  // the user and their card for the question in one statement
  const access = await authorizeWith((userId) => studyCardQuery(userId, parsed.data.questionId), "student", "teacher");
  if (!access.ok) return denied(access);
  const outcome = await answerQuestion(db, access.user, parsed.data, await now(), { card: studyCardOf(access.row) });
  if (!outcome.ok) return NextResponse.json(outcome, { status: outcome.code === "not_found" ? 404 : 400 });
  return NextResponse.json(outcome.value, { headers: { "Cache-Control": "no-store" } });
}
