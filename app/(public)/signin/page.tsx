import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { ROLE_HOME } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, user, t] = await Promise.all([searchParams, getCurrentUser(), getTranslations("auth")]);
  if (user) redirect(ROLE_HOME[user.role]);
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-4 text-xl font-semibold">{t("signInTitle")}</h1>
      <SignInForm callbackUrl={callbackUrl} justSignedUp={params.registered === "1"} />
    </Card>
  );
}
