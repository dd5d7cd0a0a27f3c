import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { getOwnDocument } from "@/lib/server/uploads";

/** An upload's progress, polled by its page: status, stage and counts. 404 for anyone but its owner. */
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const access = await authorize("teacher");
  if (!access.ok) return NextResponse.json({ ok: false, code: access.code }, { status: access.status });
  const doc = await getOwnDocument(db, access.user, (await params).documentId);
  if (!doc) return NextResponse.json({ ok: false, code: "not_found" }, { status: 404 });
  return NextResponse.json(
    { ok: true, id: doc.id, status: doc.status, message: doc.message, questions: doc.questions },
    { headers: { "Cache-Control": "no-store" } },
  );
}
