/** Reading `Question.payload` (JSON) safely: a damaged row shows as empty, never crashes a page. */
export interface QuestionPayload {
  options?: string[];
  pairs?: [string, string][];
  answer?: string | string[] | boolean;
  accepted?: string[];
  front?: string;
  back?: string;
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;

export function parsePayload(json: string): QuestionPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object") return {};
  const o = raw as Record<string, unknown>;
  const pairs = Array.isArray(o.pairs)
    ? (o.pairs.filter((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === "string")) as [string, string][])
    : undefined;
  const answer =
    typeof o.answer === "string" || typeof o.answer === "boolean" ? o.answer : strings(o.answer);
  return {
    options: strings(o.options),
    pairs,
    answer,
    accepted: strings(o.accepted),
    front: typeof o.front === "string" ? o.front : undefined,
    back: typeof o.back === "string" ? o.back : undefined,
  };
}

export function parseStringList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return strings(v) ?? [];
  } catch {
    return [];
  }
}

/** The passage around a question's source span, for showing where it came from. */
export function passageAround(raw: string, start: number, end: number, context = 160): { before: string; quote: string; after: string } {
  const s = Math.max(0, Math.min(start, raw.length));
  const e = Math.max(s, Math.min(end, raw.length));
  let from = Math.max(0, s - context);
  let to = Math.min(raw.length, e + context);
  // Prefer to start and end at a paragraph break when one is near.
  const para = raw.lastIndexOf("\n\n", s);
  if (para >= from) from = para + 2;
  const paraEnd = raw.indexOf("\n\n", e);
  if (paraEnd !== -1 && paraEnd <= to) to = paraEnd;
  return {
    before: (from > 0 ? "…" : "") + raw.slice(from, s),
    quote: raw.slice(s, e),
    after: raw.slice(e, to) + (to < raw.length ? "…" : ""),
  };
}
