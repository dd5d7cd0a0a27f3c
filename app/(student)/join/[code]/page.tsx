import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, Notice, PageTitle, buttonClass } from "@/components/ui";
import { findClassByJoinCode } from "@/lib/server/classes";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { JoinForm } from "../join-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachJoin"))("title") };
}

/** Where a join link leads: the class it opens, and one button to join it. */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser("student", "teacher");
  const { code } = await params;
  const [t, found] = await Promise.all([getTranslations("teachJoin"), findClassByJoinCode(db, user.id, decodeURIComponent(code))]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("title")}</PageTitle>
      <Card>
        {!found ? (
          <div className="space-y-4">
            <Notice tone="error">{t("linkInvalid")}</Notice>
            <Link href="/join" className={buttonClass("secondary")}>
              {t("typeCode")}
            </Link>
          </div>
        ) : found.alreadyMember ? (
          <div className="space-y-4">
            <Notice tone="info">{t("alreadyJoined", { name: found.name })}</Notice>
            <Link href="/student" className={buttonClass("primary")}>
              {t("goHome")}
            </Link>
          </div>
        ) : (
          <div className="space-y-4">
            <p>{t("invite", { name: found.name, teacher: found.teacherName })}</p>
            <JoinForm code={code} />
          </div>
        )}
      </Card>
    </div>
  );
}
