// Minimal typings for az (pymorphy2 port), used at build time only to expand Russian lemmas.
declare module 'az' {
  interface Parse {
    word: string;
    formCnt?: number;
    normalize(): Parse;
    inflect(formIndex: number): Parse | false | undefined;
  }
  interface MorphFn {
    (word: string, config?: { parsers?: string[] }): Parse[];
    init(path: string, callback: (err?: Error | null) => void): void;
  }
  const Az: { Morph: MorphFn };
  export default Az;
}
