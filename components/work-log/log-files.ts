import { LogFileError, logToCsv, logToJson, readLogFile } from './log-file.js';
import { mergeLogs, type WorkLog } from './log-model.js';
import type { WorkLogKey } from './work-log.strings.js';
import { download } from './download.js';

/** Saving the log as a file and reading one in: loaded when the worker asks, not with the widget. */

export function exportLog(log: WorkLog, kind: 'json' | 'csv', today: string): void {
  if (kind === 'json') download(logToJson(log), `work-log-${today}.json`, 'application/json');
  else download(logToCsv(log), `work-log-${today}.csv`, 'text/csv;charset=utf-8');
}

export type ImportResult = { log: WorkLog; added: number; differing: number } | { error: WorkLogKey; count: number };

/** Reads a file and merges it into the log; a bad file gives the words of its fault and changes nothing. */
export async function importInto(log: WorkLog, file: File): Promise<ImportResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { error: 'file.error.read', count: 0 };
  }
  try {
    return mergeLogs(log, readLogFile(text));
  } catch (error) {
    if (error instanceof LogFileError) return { error: `file.error.${error.code}`, count: error.problems.length };
    throw error;
  }
}
