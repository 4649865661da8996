// Text matchers for the browser tests, as the project writes them: `toHaveTextContent` matches an
// element's whole text and `toMatchTextContent` a part of it (a string is looked for inside the text;
// a RegExp is tested against it). Vitest 4, which the project pins because it runs on Node 20 (see
// README: prerequisites), matches a part with `toHaveTextContent`; this setup file (vitest.config.mts,
// browser project) gives both matchers those meanings. Whitespace is collapsed first unless
// `{ normalizeWhitespace: false }`.
import { expect } from 'vitest';

interface TextOptions {
  normalizeWhitespace?: boolean;
}

declare module 'vitest' {
  interface JestAssertion<T = any> {
    /** The element's text contains `text` (a string), or `text` (a RegExp) matches it. */
    toMatchTextContent(text: string | number | RegExp, options?: TextOptions): T;
  }
}

const textOf = (element: unknown, options: TextOptions | undefined): string => {
  if (!(element instanceof Element)) throw new Error(`Expected an element, received ${String(element)}`);
  const raw = element.textContent ?? '';
  return options?.normalizeWhitespace === false ? raw.replace(/\u00a0/g, ' ') : raw.replace(/\s+/g, ' ').trim();
};

const describe = (expected: string | number | RegExp) => (expected instanceof RegExp ? String(expected) : JSON.stringify(String(expected)));

expect.extend({
  toHaveTextContent(element: unknown, expected: string | number | RegExp, options?: TextOptions) {
    const text = textOf(element, options);
    const pass = expected instanceof RegExp ? expected.test(text) : text === String(expected);
    return {
      pass,
      message: () => `expected element ${this.isNot ? 'not ' : ''}to have the text ${describe(expected)}, its text is ${JSON.stringify(text)}`,
    };
  },
  toMatchTextContent(element: unknown, expected: string | number | RegExp, options?: TextOptions) {
    const text = textOf(element, options);
    const pass = expected instanceof RegExp ? expected.test(text) : text.includes(String(expected));
    return {
      pass,
      message: () => `expected element's text ${this.isNot ? 'not ' : ''}to contain ${describe(expected)}, its text is ${JSON.stringify(text)}`,
    };
  },
});
