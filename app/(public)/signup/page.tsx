import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { ROLE_HOME } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("auth")]);
  if (user) redirect(ROLE_HOME[user.role]);
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-4 text-xl font-semibold">{t("signUpTitle")}</h1>
      <SignUpForm />
    </Card>
  );
}
