"use client";

import { useEffect, useRef } from "react";

/** A document's raw text with one span marked and scrolled into view (the "show in document" view). */
export function HighlightedText({ text, start, end }: { text: string; start: number | null; end: number | null }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "center" });
  }, [start, end]);
  const valid = start !== null && end !== null && start >= 0 && end > start && end <= text.length;
  return (
    <div className="whitespace-pre-wrap break-words font-serif text-[1.05rem] leading-loose" lang="zh-CN" data-testid="document-text">
      {valid ? (
        <>
          {text.slice(0, start)}
          <mark ref={markRef} id="highlight" className="scroll-my-24 rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60">
            {text.slice(start, end)}
          </mark>
          {text.slice(end)}
        </>
      ) : (
        text
      )}
    </div>
  );
}
