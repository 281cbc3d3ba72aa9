import Papa from 'papaparse';
import { sha256Hex, utf8Bytes } from './sha256';
import { readSampleTable, type SampleFileInfo, type SampleReportImport } from './sample-report';

export type SampleFileMeta = Omit<SampleFileInfo, 'sha256'>;

/** A sample report as CSV text (its bytes give the provenance hash; pass them when you have them). */
export function importSampleCsv(
  content: string,
  meta: SampleFileMeta,
  bytes?: Uint8Array,
): SampleReportImport {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // Papaparse's record index is the line number while no cell spans lines, the common case.
  const rows = parsed.data.filter((row): row is string[] => Array.isArray(row));
  return readSampleTable(
    { rows, rowNumbers: rows.map((_, i) => i + 1) },
    { ...meta, sha256: sha256Hex(bytes ?? utf8Bytes(content)) },
  );
}
