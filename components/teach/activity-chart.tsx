"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Day {
  day: string;
  answers: number;
  students: number;
}

/** Answers per day, loaded after the page (see classActivity): a bar chart and the same figures as a table for screen readers. */
export function ActivityChart({ classId, studentId }: { classId: string; studentId?: string }) {
  const t = useTranslations("teachDash");
  const [days, setDays] = useState<Day[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const query = studentId ? `?student=${encodeURIComponent(studentId)}` : "";
    fetch(`/api/teacher/classes/${classId}/activity${query}`, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { days: Day[] }) => live && setDays(body.days))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [classId, studentId]);
  if (failed) return <p className="text-sm text-red-600">{t("activityFailed")}</p>;
  if (!days) return <p className="text-sm text-stone-500" role="status">{t("loading")}</p>;
  if (days.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">{t("noActivity")}</p>;
  const data = days.map((d) => ({ ...d, label: d.day.slice(5) }));
  return (
    <div>
      <div className="h-56 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d6d3d1" />
            <XAxis dataKey="label" fontSize={11} />
            <YAxis fontSize={11} allowDecimals={false} />
            <Tooltip formatter={(value, name) => [value, name === "answers" ? t("answers") : t("activeStudents")]} />
            <Bar dataKey="answers" fill="#2f8f7a" name="answers" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{t("activityTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("answers")}</th>
            <th scope="col">{t("activeStudents")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{d.answers}</td>
              <td>{d.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
