/** One file an export writes: a path relative to --out (or '' for --out itself) and its text. */
export interface ExportFile {
  path: string;
  content: string;
}
