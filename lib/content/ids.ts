/**
 * Deterministic fact ids: `f_` + 12 hex digits of sha1(documentId, kind, normalised key).
 * Keys never contain offsets, so ids survive edits elsewhere in a document; the rare
 * collision gets a numeric suffix in order of appearance.
 */
import { createHash } from "node:crypto";

export function factIdOf(documentId: string, kind: string, key: string): string {
  return "f_" + createHash("sha1").update(`${documentId}\u0000${kind}\u0000${key}`).digest("hex").slice(0, 12);
}

/** Hands out ids, suffixing repeats (`f_…_2`) so that every id is unique. */
export class FactIds {
  private seen = new Map<string, number>();

  next(documentId: string, kind: string, key: string): string {
    const base = factIdOf(documentId, kind, key);
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  }
}
