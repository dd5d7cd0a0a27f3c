/**
 * `manifest.json` next to source documents: what the documents say about themselves
 * (title, authors, kind, source, date), keyed by document id. It overrides what the
 * normaliser detects; without it, the normaliser detects title, authors and date itself.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DocumentMeta, RawDocument } from "./types";

export const documentMetaSchema = z.object({
  title: z.string().min(1).optional(),
  authors: z.array(z.string()).optional(),
  kind: z.string().optional(),
  source: z.string().optional(),
  /** ISO-like: "2025", "2025-06", "2025-06-30". */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "date must look like 2025, 2025-06 or 2025-06-30")
    .optional(),
});

export const manifestSchema = z.record(z.string(), documentMetaSchema);
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = "manifest.json";

/** Reads `<dir>/manifest.json` when present; a malformed manifest is an error worth fixing, so it throws. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${file} does not match { "<id>": { title, authors, kind, source, date } }: ` +
        parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join(".")}: ${i.message}`)
          .join("; "),
    );
  return parsed.data;
}

export function withManifest(doc: RawDocument, manifest: Manifest): RawDocument {
  const meta: DocumentMeta | undefined = manifest[doc.id];
  return meta ? { ...doc, meta: { ...doc.meta, ...meta } } : doc;
}
