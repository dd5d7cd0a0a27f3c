import { after, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/session";
import { processUploadedDocument, uploadDocument, uploadProblemMessage } from "@/lib/server/uploads";

/** Room for the multipart envelope and the title around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  NextResponse.json({ ok: false, code, message, ...extra }, { status });

/**
 * Upload a .txt/.md document (multipart: file, title). Checked before anything is saved;
 * 202 with the new document's id, then the pipeline runs after the response.
 */
export async function POST(request: Request) {
  const access = await authorize("teacher");
  if (!access.ok) return problem(access.status, access.code, "forbidden");
  const limit = env.WENGU_UPLOAD_LIMIT;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit + ENVELOPE_BYTES) return problem(413, "too_large", uploadProblemMessage.too_large, { limit });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem(400, "no_file", uploadProblemMessage.no_file);
  }
  const file = form.get("file");
  if (!(file instanceof File) || !file.name) return problem(400, "no_file", uploadProblemMessage.no_file);
  if (file.size > limit) return problem(413, "too_large", uploadProblemMessage.too_large, { limit });
  const title = form.get("title");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const created = await uploadDocument(db, access.user, { name: file.name, bytes }, typeof title === "string" ? title : undefined, limit);
  if (!created.ok) return problem(created.code === "too_large" ? 413 : 400, created.code, created.message, { limit });
  after(() => processUploadedDocument(db, created.value.id));
  return NextResponse.json({ ok: true, id: created.value.id }, { status: 202 });
}
