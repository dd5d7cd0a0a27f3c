"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, Notice } from "@/components/ui";

/** Sends a .txt/.md file to /api/teacher/documents and opens the new document's page. */
export function UploadForm({ limitBytes }: { limitBytes: number }) {
  const t = useTranslations("teachDocs");
  const tm = useTranslations("teachMessages");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const limitMb = (limitBytes / 1024 / 1024).toFixed(limitBytes % (1024 * 1024) === 0 ? 0 : 1);
  const say = (key: string) => (tm.has(key) ? tm(key, { limit: limitMb }) : tm("generic"));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || !file.name) return setError(say("uploadNoFile"));
    if (file.size > limitBytes) return setError(say("uploadTooLarge"));
    setPending(true);
    try {
      const response = await fetch("/api/teacher/documents", { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; id?: string; message?: string };
      if (response.ok && body.ok && body.id) {
        router.push(`/teacher/documents/${body.id}`);
        return;
      }
      setError(say(body.message ?? (response.status === 413 ? "uploadTooLarge" : "generic")));
    } catch {
      setError(say("generic"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("uploadTitle")} noValidate>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="space-y-1">
        <label htmlFor="upload-file" className="block text-sm font-medium">{t("file")}</label>
        <input id="upload-file" name="file" type="file" accept=".txt,.md,text/plain,text/markdown" required aria-describedby="upload-file-hint"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 dark:file:border-stone-700 dark:file:bg-stone-900" />
        <p id="upload-file-hint" className="text-xs text-stone-500">{t("fileHint", { limit: limitMb })}</p>
      </div>
      <Field name="title" id="upload-title" label={t("titleLabel")} hint={t("titleHint")} maxLength={200} />
      <Button type="submit" disabled={pending}>{pending ? t("uploading") : t("upload")}</Button>
    </form>
  );
}
