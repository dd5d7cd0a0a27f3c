"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";

/** Unexpected errors: logged, shown as a plain message, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => console.error(error), [error]);
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="mb-4 text-xl font-semibold">{t("generic")}</h1>
      {error.digest && <p className="mb-4 font-mono text-xs text-stone-500">{error.digest}</p>}
      <Button onClick={reset}>{t("backHome")}</Button>
    </main>
  );
}
