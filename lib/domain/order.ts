/** Strings in code-unit order (ids, keys): what `<` gives, as a comparator. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
