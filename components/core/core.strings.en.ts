import type { CoreMessageKey } from './core.strings.js';

/**
 * The core's messages in English. Each widget spreads them into its own English words, which load only
 * on an English page; typed against the Chinese, so a missing message fails the build.
 */
export const coreEn: Record<CoreMessageKey, string> = {
  'status.loading': 'Loading…',
  'error.title': 'This cannot be shown right now',
  'error.network': 'No network connection: the information did not load.',
  'error.timeout': 'The network is too slow: the information did not arrive.',
  'error.http': 'The server did not send the information (error code {status}).',
  'error.invalid-json': 'The information came in the wrong format.',
  'error.invalid-data': 'The information has mistakes in it.',
  'error.missing': 'There is no information to show here yet.',
  'error.retry': 'Try again',
  'hotline.lead': 'You can call and ask directly:',
  'hotline.name': '12348 legal services hotline (free advice)',
};
