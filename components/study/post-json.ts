/**
 * POSTs JSON, retrying on network errors and server errors (5xx) with the same body: the body
 * carries an idempotency key, so a retry can never save an answer twice.
 */
export type PostResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message?: string }
  | { ok: false; status: 0; code: "network" };

const DELAYS_MS = [0, 400, 1200, 2500];

export async function postJson<T>(url: string, body: unknown): Promise<PostResult<T>> {
  let last: PostResult<T> = { ok: false, status: 0, code: "network" };
  for (const delay of DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        cache: "no-store",
      });
      if (res.ok) return { ok: true, data: (await res.json()) as T };
      const payload = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      last = { ok: false, status: res.status, code: payload.code ?? "error", message: payload.message };
      if (res.status < 500) return last;
    } catch {
      last = { ok: false, status: 0, code: "network" };
    }
  }
  return last;
}
