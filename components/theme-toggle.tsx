"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { Monitor, Moon, Sun } from "lucide-react";

const order = ["light", "dark", "system"] as const;
const subscribe = () => () => {};

/** Cycles light → dark → system; the label says what is active. */
export function ThemeToggle({ labels }: { labels: Record<(typeof order)[number] | "label", string> }) {
  const { theme, setTheme } = useTheme();
  const mounted = useSyncExternalStore(subscribe, () => true, () => false);
  const current = (mounted && order.includes(theme as (typeof order)[number]) ? theme : "system") as (typeof order)[number];
  const next = order[(order.indexOf(current) + 1) % order.length];
  const Icon = current === "light" ? Sun : current === "dark" ? Moon : Monitor;
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-md hover:bg-stone-200/60 dark:hover:bg-stone-800"
      aria-label={`${labels.label}: ${labels[current]}`}
      title={`${labels.label}: ${labels[current]}`}
    >
      <Icon aria-hidden size={18} />
    </button>
  );
}
