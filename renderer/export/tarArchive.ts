/**
 * A minimal uncompressed POSIX ustar archive: one 512-byte header per file, the file's bytes
 * padded to 512, and two zero blocks at the end. Enough to carry a PNG sequence as one download;
 * every `tar` reads it.
 */
export const TAR_BLOCK = 512;

const encoder = new TextEncoder();

function writeField(header: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  if (bytes.length > length) throw new RangeError(`'${text}' does not fit a ${length}-byte tar field.`);
  header.set(bytes, offset);
}

/** An octal number, zero-padded to length − 1 digits and NUL-terminated. */
function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeField(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

/** The header block of a regular file. Names up to 100 bytes (ASCII). `mtime` in seconds since 1970. */
export function tarHeader(name: string, size: number, mtime: number): Uint8Array {
  if (size > 0o77777777777) throw new RangeError('A file in a tar archive must be under 8 GiB.');
  const header = new Uint8Array(TAR_BLOCK);
  writeField(header, 0, 100, name);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, Math.max(0, Math.floor(mtime)));
  header.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  header[156] = 0x30; // '0': a regular file
  writeField(header, 257, 6, 'ustar\0');
  writeField(header, 263, 2, '00');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  writeField(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/** Zero bytes that bring a file of `size` bytes up to a whole number of blocks. */
export function tarPadding(size: number): Uint8Array {
  return new Uint8Array((TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK);
}

/** The end-of-archive marker: two zero blocks. */
export function tarEnd(): Uint8Array {
  return new Uint8Array(2 * TAR_BLOCK);
}

/** Writes files one after another through `write` (bytes in order, no seeking). */
export class TarWriter {
  private position = 0;

  constructor(
    private readonly write: (data: Uint8Array, position: number) => Promise<void> | void,
    private readonly mtime: number,
  ) {}

  async addFile(name: string, data: Uint8Array): Promise<void> {
    await this.emit(tarHeader(name, data.length, this.mtime));
    await this.emit(data);
    const padding = tarPadding(data.length);
    if (padding.length > 0) await this.emit(padding);
  }

  async end(): Promise<void> {
    await this.emit(tarEnd());
  }

  /** Bytes written so far. */
  get size(): number {
    return this.position;
  }

  private async emit(data: Uint8Array): Promise<void> {
    const at = this.position;
    this.position += data.length;
    await this.write(data, at);
  }
}
