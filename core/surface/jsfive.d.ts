/** The part of jsfive (a pure-JavaScript HDF5 reader) that the surface reader uses. */
declare module 'jsfive' {
  export class File {
    constructor(buffer: ArrayBuffer, filename?: string);
    readonly keys: string[];
    get(path: string): unknown;
  }
}
