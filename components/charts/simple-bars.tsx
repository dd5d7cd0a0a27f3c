"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export interface SimpleBar {
  label: string;
  value: number;
  /** Shown in the tooltip, e.g. "12 answers". */
  note?: string;
}

/** One series of vertical bars (retention by interval, the due forecast). */
export function SimpleBars({
  data,
  title,
  valueLabel,
  percent = false,
  color = "#237563",
  testId,
}: {
  data: SimpleBar[];
  title: string;
  valueLabel: string;
  percent?: boolean;
  color?: string;
  testId: string;
}) {
  return (
    <figure aria-label={title} data-testid={testId}>
      <BarChart responsive data={data} style={{ width: "100%", height: 220 }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d6d3d1" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={8} />
        <YAxis allowDecimals={false} domain={percent ? [0, 100] : [0, "auto"]} unit={percent ? "%" : undefined} tick={{ fontSize: 11 }} />
        <Tooltip
          formatter={(value, _name, item) => {
            const note = (item?.payload as SimpleBar | undefined)?.note;
            return [`${value}${percent ? "%" : ""}${note ? ` (${note})` : ""}`, valueLabel];
          }}
        />
        <Bar dataKey="value" name={valueLabel} fill={color} isAnimationActive={false} radius={[3, 3, 0, 0]} />
      </BarChart>
    </figure>
  );
}
