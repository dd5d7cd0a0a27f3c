import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui";
import { COMMON_TIME_ZONES } from "@/lib/study/settings";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { getStudySettings } from "@/lib/server/student-settings";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studySettings"))("title") };
}

export default async function SettingsPage() {
  const user = await requireUser("student", "teacher");
  const [settings, t] = await Promise.all([getStudySettings(db, user.id), getTranslations("studySettings")]);
  const s = settings ?? user;
  const zones: string[] = COMMON_TIME_ZONES.includes(s.timezone as (typeof COMMON_TIME_ZONES)[number])
    ? [...COMMON_TIME_ZONES]
    : [s.timezone, ...COMMON_TIME_ZONES];
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle>{t("title")}</PageTitle>
      <Card>
        <SettingsForm
          timeZones={zones}
          initial={{
            newPerDay: String(s.newPerDay),
            reviewsPerDay: String(s.reviewsPerDay),
            desiredRetention: String(Math.round(s.desiredRetention * 100)),
            locale: s.locale,
            timezone: s.timezone,
          }}
        />
      </Card>
    </div>
  );
}
