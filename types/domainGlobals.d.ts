// The domain is compiled without the DOM library (tsconfig.domain.json), but the
// WHATWG URL parser is a global in every runtime the domain runs in: browsers, web
// workers and Node. Only what the domain uses is declared.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly origin: string;
  readonly href: string;
}

declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  set(name: string, value: string): void;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
