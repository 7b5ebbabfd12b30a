/** JSON to put inside a `<script type="application/json">`: "<" escaped, so no value can close the element. */
export const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
