import { interpolate, type Locale } from '../core/locale.js';
import { mergeLogs, type WorkLog } from './log-model.js';
import { LogFileError, logToCsv, logToJson, readLogFile } from './log-file.js';
import { fileWords } from './log-files.strings.js';
import { download } from './download.js';

/** Saving the log as a file and reading one in: loaded when the worker asks, not with the widget. */

export function exportLog(log: WorkLog, kind: 'json' | 'csv', today: string): void {
  if (kind === 'json') download(logToJson(log), `work-log-${today}.json`, 'application/json');
  else download(logToCsv(log), `work-log-${today}.csv`, 'text/csv;charset=utf-8');
}

/** The merged log with what to say, or the lines of what is wrong with the file (and that nothing was lost). */
export type ImportResult = { log: WorkLog; notice: string } | { error: string[] };

/** Why a file could not be read, in the worker's language: the import's and the roster's words. */
export function fileFault(error: unknown, locale: Locale): string {
  const fault = error instanceof LogFileError ? error : undefined;
  return interpolate(fileWords[locale][`error.${fault?.code ?? 'read'}`], { count: fault?.problems.length ?? 0 });
}

/** Reads a file and merges it into the log; a bad file gives the words of its fault and changes nothing. */
export async function importInto(log: WorkLog, file: File, locale: Locale): Promise<ImportResult> {
  const words = fileWords[locale];
  const refused = (error?: unknown): ImportResult => ({ error: [fileFault(error, locale), words.kept] });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused();
  }
  let merged;
  try {
    merged = mergeLogs(log, readLogFile(text));
  } catch (error) {
    if (error instanceof LogFileError) return refused(error);
    throw error;
  }
  const { added, differing } = merged;
  const notice = interpolate(words.imported, { added }) + (differing ? ` ${interpolate(words.differing, { count: differing })}` : '');
  return { log: merged.log, notice };
}
