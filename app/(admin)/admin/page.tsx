import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button, inputClass, PageTitle } from "@/components/ui";
import { isRole } from "@/lib/domain/constants";
import { requireUser } from "@/lib/server/session";
import { listUsers } from "@/lib/server/users";
import { RoleForm } from "./role-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("homeTitle") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireUser("admin");
  const params = await searchParams;
  const search = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const role = isRole(params.role) ? params.role : undefined;
  const [t, format, { users, total }] = await Promise.all([getTranslations("admin"), getFormatter(), listUsers({ search, role })]);
  return (
    <>
      <PageTitle>{t("homeTitle")}</PageTitle>
      <form className="mb-4 flex flex-wrap gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          {t("search")}
        </label>
        <input id="q" name="q" defaultValue={search} placeholder={t("search")} className={`${inputClass} max-w-xs`} />
        <Button type="submit" variant="secondary">
          {t("searchButton")}
        </Button>
      </form>
      <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">{t("total", { count: total })}</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 dark:border-stone-800">
            <tr>
              <th scope="col" className="px-3 py-2">{t("name")}</th>
              <th scope="col" className="px-3 py-2">{t("email")}</th>
              <th scope="col" className="px-3 py-2">{t("created")}</th>
              <th scope="col" className="px-3 py-2">{t("role")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{u.email}</td>
                <td className="px-3 py-2">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
                <td className="px-3 py-2">{u.id === me.id ? u.role : <RoleForm userId={u.id} email={u.email} role={u.role} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
