import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExportModule } from './loadExportModule.ts';

interface TarWriterInstance {
  addFile(name: string, data: Uint8Array): Promise<void>;
  end(): Promise<void>;
  readonly size: number;
}
const tar = await loadExportModule<{
  TarWriter: new (write: (data: Uint8Array, position: number) => void, mtime: number) => TarWriterInstance;
  tarHeader(name: string, size: number, mtime: number): Uint8Array;
}>('tarArchive');
const { sequenceFrameName } = await loadExportModule<{ sequenceFrameName(index: number, frameCount: number): string }>(
  'PngSequenceEncoder',
);

const folder = mkdtempSync(join(tmpdir(), 'curvature-tar-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function archive(files: [string, Uint8Array][], mtime = 1_700_000_000): Promise<Uint8Array> {
  const chunks: { data: Uint8Array; position: number }[] = [];
  const writer = new tar.TarWriter((data, position) => void chunks.push({ data: data.slice(), position }), mtime);
  for (const [name, data] of files) await writer.addFile(name, data);
  await writer.end();
  const bytes = new Uint8Array(writer.size);
  let expected = 0;
  for (const { data, position } of chunks) {
    expect(position).toBe(expected); // strictly sequential: suits any stream
    bytes.set(data, position);
    expected += data.length;
  }
  return bytes;
}

describe('tar writer', () => {
  it('writes an archive that tar lists and extracts byte for byte', async () => {
    const files: [string, Uint8Array][] = [
      ['frame-00000.png', new Uint8Array(1000).map((_, i) => i % 251)],
      ['frame-00001.png', new Uint8Array(512).fill(7)],
      ['empty.txt', new Uint8Array(0)],
      ['frame-00002.png', new Uint8Array(70_001).map((_, i) => (i * 31) % 256)],
    ];
    const bytes = await archive(files);
    expect(bytes.length % 512).toBe(0);
    const path = join(folder, 'frames.tar');
    writeFileSync(path, bytes);
    const listing = execFileSync('tar', ['-tvf', path], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual(files.map(([name]) => name));
    expect(listing.map((line) => Number(line.split(/\s+/)[2]))).toEqual(files.map(([, data]) => data.length));
    const out = join(folder, 'out');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['-xf', path, '-C', out]);
    for (const [name, data] of files) expect(new Uint8Array(readFileSync(join(out, name)))).toEqual(data);
  });

  it('has a valid header checksum and ends with two zero blocks', async () => {
    const header = tar.tarHeader('a.png', 5, 0);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    expect(parseInt(new TextDecoder().decode(header.subarray(148, 154)), 8)).toBe(sum);
    expect(new TextDecoder().decode(header.subarray(257, 262))).toBe('ustar');
    const bytes = await archive([['a.png', new Uint8Array(5)]]);
    expect(bytes.length).toBe(512 + 512 + 1024);
    expect(bytes.subarray(1024).every((b) => b === 0)).toBe(true);
  });

  it('is deterministic: the same frames give the same archive', async () => {
    const files: [string, Uint8Array][] = [['frame-00000.png', new Uint8Array([1, 2, 3])]];
    expect(await archive(files)).toEqual(await archive(files));
  });

  it('refuses names longer than the header holds', () => {
    expect(() => tar.tarHeader('x'.repeat(101), 1, 0)).toThrow(RangeError);
  });

  it('names frames so they sort in order', () => {
    expect(sequenceFrameName(0, 60)).toBe('frame-00000.png');
    expect(sequenceFrameName(59, 60)).toBe('frame-00059.png');
    expect(sequenceFrameName(123456, 200000)).toBe('frame-123456.png');
  });
});
