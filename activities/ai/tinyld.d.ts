// tinyld publishes its types only through package.json "exports", which this project's "node"
// module resolution does not read.
declare module 'tinyld' {
  export function detectAll(text: string, opts?: { only?: string[] }): Array<{ lang: string; accuracy: number }>;
}
