/** Shown while a student page's data loads: the shape of a page, without a jump when it arrives. */
export default function StudentLoading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-live="polite">
      <div className="h-8 w-40 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-64 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-72 rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900" />
    </div>
  );
}
