import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PracticeSession } from "@/components/study/practice-session";
import { PageTitle } from "@/components/ui";
import { now } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { ensureDeck } from "@/lib/server/study-deck";
import { nextQuestion } from "@/lib/server/study-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studyPractice"))("title") };
}

export default async function PracticePage() {
  const user = await requireUser("student", "teacher");
  const at = await now();
  await ensureDeck(db, user.id, at);
  const [initial, t] = await Promise.all([nextQuestion(db, user, at), getTranslations("studyPractice")]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle>{t("title")}</PageTitle>
      <PracticeSession key={initial.item ? `${initial.item.cardId}:${initial.item.servedAt}` : "done"} initial={initial} />
    </div>
  );
}
