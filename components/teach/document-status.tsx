"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * While an upload is processing: its stage, refreshed every 1.5 s from the status endpoint; the
 * page re-renders (router.refresh) once it is ready or failed.
 */
export function DocumentProgress({ documentId, stage }: { documentId: string; stage: string }) {
  const t = useTranslations("teachDocs");
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    let last = stage;
    const tick = async () => {
      try {
        const response = await fetch(`/api/teacher/documents/${documentId}`, { cache: "no-store" });
        const body = (await response.json()) as { status?: string; message?: { stage?: string } };
        if (stopped) return;
        if (body.status !== "processing" || (body.message?.stage && body.message.stage !== last)) {
          last = body.message?.stage ?? last;
          router.refresh();
        }
      } catch {
        // the next tick tries again
      }
      if (!stopped) timer = setTimeout(tick, 1500);
    };
    let timer = setTimeout(tick, 1500);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [documentId, stage, router]);
  const steps = ["queued", "extracting", "generating", "importing"];
  const at = Math.max(0, steps.indexOf(stage));
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <p className="font-medium">{t("processing")}</p>
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((s, i) => (
          <li key={s} className={`rounded-full px-3 py-1 ${i < at ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : i === at ? "animate-pulse bg-brand-600 text-white" : "bg-stone-100 text-stone-500 dark:bg-stone-800"}`}>
            {t(`stage_${s}`)}
          </li>
        ))}
      </ol>
      <progress className="w-full" max={steps.length} value={at + 0.5} aria-label={t("progress")} />
    </div>
  );
}
