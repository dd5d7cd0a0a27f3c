// A trivial route: load balancers' health check, and the baseline the benchmarks compare against.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
