import { parseIsoDate } from './format.js';

/**
 * A tiny validator kit shared by build time (Astro content loaders) and run time (widgets), so each
 * data type has exactly one schema. No dependency: zod would cost more than a widget's whole budget.
 */

export interface Problem {
  /** Dotted path to the bad field, e.g. "phones.0.number". */
  path: string;
  message: string;
}

/** Thrown when data does not match its schema; lists every bad field at once. */
export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], where = 'data') {
    super(`${where}: ${problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ')}`);
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}

type Json = unknown;

/** Walks one record, collecting problems instead of stopping at the first. */
export class Checker {
  readonly problems: Problem[] = [];
  readonly #prefix: string;
  constructor(prefix = '') {
    this.#prefix = prefix;
  }

  #at(path: string): string {
    return this.#prefix && path ? `${this.#prefix}.${path}` : this.#prefix || path;
  }

  fail(path: string, message: string): void {
    this.problems.push({ path: this.#at(path), message });
  }

  /** A nested checker whose problems land in this one under `path`. */
  nested(path: string): Checker {
    const child = new Checker(this.#at(path));
    child.problems.push = (...items: Problem[]) => this.problems.push(...items);
    return child;
  }

  object(value: Json, path = ''): Record<string, Json> | undefined {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, Json>;
    this.fail(path, 'must be an object');
    return undefined;
  }

  string(
    obj: Record<string, Json>,
    key: string,
    { optional = false, pattern }: { optional?: boolean; pattern?: RegExp } = {},
  ): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(key, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string' || (!optional && value.trim() === '')) {
      this.fail(key, 'must be a non-empty string');
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.fail(key, `does not match ${pattern}`);
      return undefined;
    }
    return value;
  }

  number(
    obj: Record<string, Json>,
    key: string,
    { optional = false, min, max }: { optional?: boolean; min?: number; max?: number } = {},
  ): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(key, 'is missing');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(key, 'must be a finite number');
      return undefined;
    }
    if (min !== undefined && value < min) this.fail(key, `must be at least ${min}`);
    else if (max !== undefined && value > max) this.fail(key, `must be at most ${max}`);
    else return value;
    return undefined;
  }

  boolean(obj: Record<string, Json>, key: string, { optional = false } = {}): boolean | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'boolean') {
      this.fail(key, 'must be true or false');
      return undefined;
    }
    return value;
  }

  /** A calendar date YYYY-MM-DD that exists. */
  date(obj: Record<string, Json>, key: string, { optional = false } = {}): string | undefined {
    const value = this.string(obj, key, { optional });
    if (value === undefined) return undefined;
    if (!parseIsoDate(value)) {
      this.fail(key, 'must be a real date written YYYY-MM-DD');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(obj: Record<string, Json>, key: string, allowed: readonly T[], { optional = false } = {}): T | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.fail(key, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  array(obj: Record<string, Json>, key: string, { optional = false, nonEmpty = false } = {}): Json[] | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (!Array.isArray(value)) {
      this.fail(key, 'must be a list');
      return undefined;
    }
    if (nonEmpty && value.length === 0) this.fail(key, 'must not be empty');
    return value;
  }

  /** Text in both languages: { "zh-CN": "…", "en": "…" }; English must be complete, never a fallback. */
  localized(obj: Record<string, Json>, key: string, { optional = false } = {}): { 'zh-CN': string; en: string } | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.fail(key, 'is missing');
      return undefined;
    }
    const inner = this.nested(key);
    const record = inner.object(value);
    if (!record) return undefined;
    const zh = inner.string(record, 'zh-CN');
    const en = inner.string(record, 'en');
    return zh !== undefined && en !== undefined ? { 'zh-CN': zh, en } : undefined;
  }

  /** Throws a DataValidationError if anything failed, else returns the value as typed. */
  done<T>(value: T, where?: string): T {
    if (this.problems.length) throw new DataValidationError(this.problems, where);
    return value;
  }
}
