/**
 * Words of reading a log file in, both languages: they load with the import (and the roster, which reads
 * coworkers' files), never with the widget.
 */
const zh = {
  imported: '读进来了：新加了{added}天。',
  differing: '有{count}天和手机里记的不一样，留着手机里的。',
  'error.empty': '这个文件是空的。',
  'error.too-big': '这个文件太大了，不是记工本。',
  'error.not-a-log': '这不是记工本的文件。请选“存成备份文件”存下来的那个。',
  'error.newer-version': '这个文件是新版本存的。请先更新网页再读。',
  'error.invalid': '这个文件有{count}处坏了，没有读进来。',
  'error.read': '文件打不开。',
  kept: '手机里记的都还在，一点没少。',
};
const en: typeof zh = {
  imported: 'Read in: {added} new days added.',
  differing: '{count} days differ from what this phone has; the phone’s are kept.',
  'error.empty': 'This file is empty.',
  'error.too-big': 'This file is too big to be a work-day log.',
  'error.not-a-log': 'This is not a work-day log file. Choose the one saved with “Save a backup file”.',
  'error.newer-version': 'This file was saved by a newer version. Reload the page first.',
  'error.invalid': 'This file is damaged in {count} places and was not read in.',
  'error.read': 'The file could not be opened.',
  kept: 'Everything on your phone is still here.',
};
export const fileWords = { 'zh-CN': zh, en };
export type FileKey = keyof typeof zh;
