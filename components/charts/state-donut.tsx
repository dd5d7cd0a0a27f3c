"use client";

import { Cell, Legend, Pie, PieChart, Tooltip } from "recharts";

const COLORS = ["#a8a29e", "#f59e0b", "#237563", "#ef4444"];

/** Cards by state: new, learning, review, relearning. */
export function StateDonut({ data, title }: { data: { label: string; value: number }[]; title: string }) {
  const shown = data.filter((d) => d.value > 0);
  return (
    <figure aria-label={title} data-testid="chart-states">
      <PieChart responsive style={{ width: "100%", height: 220 }}>
        <Pie data={shown} dataKey="value" nameKey="label" innerRadius="55%" outerRadius="85%" paddingAngle={1} isAnimationActive={false}>
          {shown.map((d) => (
            <Cell key={d.label} fill={COLORS[data.indexOf(d) % COLORS.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </PieChart>
    </figure>
  );
}
