import { describe, expect, it } from 'vitest';
import { exportSummaryLine, type ExportResult } from './export.js';

const result = (failures: number): ExportResult => ({
  format: 'neo4j-admin',
  out: 'dump',
  files: ['dump/a.csv', 'dump/import.sh'],
  articles: 3,
  failures: Array.from({ length: failures }, (_, i) => ({ where: `x${i}`, error: 'e' })),
});

describe('exportSummaryLine', () => {
  it('counts failed inputs when exporting graph documents', () => {
    expect(exportSummaryLine(result(0), { fromDb: false, folder: true })).toBe(
      'export: 3 article(s) as neo4j-admin to dump (2 files), 0 input(s) failed',
    );
  });

  it('speaks of no inputs when exporting the database', () => {
    expect(exportSummaryLine(result(0), { fromDb: true, folder: true })).toBe(
      'export: 3 article(s) from the database as neo4j-admin to dump (2 files)',
    );
    expect(exportSummaryLine(result(2), { fromDb: true, folder: false })).toBe(
      'export: 3 article(s) from the database as neo4j-admin to dump, 2 asked-for article(s) not in the database',
    );
  });
});
