/** One text of at least `bytes` UTF-16 code units: the sample article repeated, its people renamed. */
export function longText(bytes: number): string;
