import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/constants";

/** The cookie that carries the interface language (zh by default). */
export const LOCALE_COOKIE = "wengu-locale";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: (await import(`../../messages/${locale}/index.ts`)).default,
  };
});
