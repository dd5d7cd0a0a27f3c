"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface DailyBar {
  /** Axis label, e.g. "3/14". */
  label: string;
  right: number;
  wrong: number;
}

/** Answers per day, right and wrong stacked. */
export function DailyBars({ data, rightLabel, wrongLabel, title }: { data: DailyBar[]; rightLabel: string; wrongLabel: string; title: string }) {
  return (
    <figure aria-label={title} data-testid="chart-reviews">
      <BarChart responsive data={data} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d6d3d1" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="right" name={rightLabel} stackId="a" fill="#237563" isAnimationActive={false} />
        <Bar dataKey="wrong" name={wrongLabel} stackId="a" fill="#f87171" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
