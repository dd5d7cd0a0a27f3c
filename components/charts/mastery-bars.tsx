"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface MasteryBar {
  label: string;
  mastered: number;
  learning: number;
  unseen: number;
}

/** Horizontal stacked bars per document or fact kind: mastered, being learnt, not yet seen. */
export function MasteryBars({
  data,
  title,
  labels,
  testId,
}: {
  data: MasteryBar[];
  title: string;
  labels: { mastered: string; learning: string; unseen: string };
  testId: string;
}) {
  const height = Math.max(120, data.length * 44 + 60);
  return (
    <figure aria-label={title} data-testid={testId}>
      <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height }} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d6d3d1" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={136} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="mastered" name={labels.mastered} stackId="m" fill="#237563" isAnimationActive={false} />
        <Bar dataKey="learning" name={labels.learning} stackId="m" fill="#f59e0b" isAnimationActive={false} />
        <Bar dataKey="unseen" name={labels.unseen} stackId="m" fill="#d6d3d1" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
