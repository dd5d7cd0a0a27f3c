import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui";

/** "Join a class" for a student's pages (e.g. next to their assignments): opens /join to type a code. */
export async function JoinClassLink({ variant = "secondary" }: { variant?: "primary" | "secondary" | "ghost" }) {
  const t = await getTranslations("teachJoin");
  return (
    <Link href="/join" className={buttonClass(variant)}>
      {t("title")}
    </Link>
  );
}
