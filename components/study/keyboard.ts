/** Where a key press belongs to the focused control rather than to the page's shortcuts. */
export function keyBelongsToControl(event: KeyboardEvent): { typing: boolean; control: boolean } {
  const el = event.target instanceof Element ? event.target : null;
  const typing = Boolean(el?.closest("input[type=text], input:not([type]), textarea, select, [contenteditable=true]"));
  const control = Boolean(el?.closest("button, a[href], select, summary"));
  return { typing, control };
}

/** A shortcut never fires while an input method is composing, or with a modifier held. */
export const isPlainKey = (event: KeyboardEvent): boolean =>
  !event.isComposing && event.keyCode !== 229 && !event.altKey && !event.ctrlKey && !event.metaKey;
