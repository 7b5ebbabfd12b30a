import { LaCaseFile } from './case-file.js';

LaCaseFile.define('la-case-file');

declare global {
  interface HTMLElementTagNameMap {
    'la-case-file': LaCaseFile;
  }
}
