"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, inputClass, Notice } from "@/components/ui";
import { saveSettingsAction, type SettingsState } from "./actions";

interface Props {
  initial: { newPerDay: string; reviewsPerDay: string; desiredRetention: string; locale: string; timezone: string };
  timeZones: string[];
}

export function SettingsForm({ initial, timeZones }: Props) {
  const t = useTranslations("studySettings");
  const tl = useTranslations("language");
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, {});
  const v = { ...initial, ...state.values };
  const fe = state.fieldErrors ?? {};
  const err = (field: string) => (fe[field] ? t(`errors.${fe[field]}`) : undefined);
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.saved && <Notice tone="success">{t("saved")}</Notice>}
      {state.error && <Notice tone="error">{t("errors.generic")}</Notice>}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("limits")}</legend>
        <Field name="newPerDay" label={t("newPerDay")} hint={t("newPerDayHint")} inputMode="numeric" defaultValue={v.newPerDay} error={err("newPerDay")} />
        <Field name="reviewsPerDay" label={t("reviewsPerDay")} hint={t("reviewsPerDayHint")} inputMode="numeric" defaultValue={v.reviewsPerDay} error={err("reviewsPerDay")} />
      </fieldset>
      <Field
        name="desiredRetention"
        label={t("retention")}
        hint={t("retentionHint")}
        inputMode="decimal"
        defaultValue={v.desiredRetention}
        error={err("desiredRetention")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="field-locale" className="block text-sm font-medium">
            {t("language")}
          </label>
          <select id="field-locale" name="locale" defaultValue={v.locale} className={inputClass} aria-invalid={fe.locale ? true : undefined}>
            <option value="zh">{tl("zh")}</option>
            <option value="en">{tl("en")}</option>
          </select>
          {err("locale") && <p className="text-sm text-red-600">{err("locale")}</p>}
        </div>
        <div className="space-y-1">
          <label htmlFor="field-timezone" className="block text-sm font-medium">
            {t("timezone")}
          </label>
          <select id="field-timezone" name="timezone" defaultValue={v.timezone} className={inputClass} aria-invalid={fe.timezone ? true : undefined}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <p className="text-xs text-stone-500 dark:text-stone-400">{t("timezoneHint")}</p>
          {err("timezone") && <p className="text-sm text-red-600">{err("timezone")}</p>}
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
