import "server-only";
/** A learner's study settings (their own row only). */
import type { StudySettings } from "@/lib/study/settings";
import type { Db } from "./db";

export async function getStudySettings(db: Db, userId: string): Promise<StudySettings | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { newPerDay: true, reviewsPerDay: true, desiredRetention: true, locale: true, timezone: true },
  }) as Promise<StudySettings | null>;
}

export async function saveStudySettings(db: Db, userId: string, settings: StudySettings): Promise<void> {
  await db.user.update({ where: { id: userId }, data: settings });
}
