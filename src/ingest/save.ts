// Writing an article file atomically: the bytes go to a hidden temporary file in the same folder
// (the loader and the watcher skip names starting with a dot), are flushed to disk, and only then
// is the file renamed to its real name, which never exists half-written. A process killed while
// writing leaves at most a hidden temporary file, removed by the next save in that folder.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';

const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.ingest-tmp$/;
/** Temporary files older than this are from a save that died. */
const STALE_MS = 10 * 60_000;

export interface WriteOptions {
  /** Bytes per write call (default 1 MiB). */
  chunkBytes?: number;
  /** Called after each chunk is written (tests use it to stop a process mid-write). */
  onChunk?: (written: number, total: number) => void | Promise<void>;
  /** Replace the file if it exists (state files); article files are never replaced. */
  replace?: boolean;
}

/**
 * Writes `data` to `path` atomically: temp file in the same folder + fsync, then the final name.
 * Without `replace` an existing file is never overwritten: the final name is a hard link to the
 * temp file (which fails if the name is taken), then the temp name is removed; where hard links are
 * not supported, an existence check and a rename. With `replace`, a rename. Then the folder is synced.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.ingest-tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const chunk = Math.max(1, options.chunkBytes ?? 1 << 20);
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    for (let at = 0; at < bytes.length || at === 0; ) {
      const end = Math.min(bytes.length, at + chunk);
      if (end > at) await handle.write(bytes, at, end - at, at);
      at = end;
      await options.onChunk?.(at, bytes.length);
      if (at >= bytes.length) break;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.replace) await rename(temp, path);
    else await publish(temp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (err instanceof IngestError) throw err;
    throw new IngestError('write-failed', `Could not save ${basename(path)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  await syncDir(dir);
}

async function publish(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new IngestError('write-failed', `A file called ${basename(path)} already exists; nothing was written.`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw err;
    // No hard links here (some network and FAT file systems): check, then rename.
    if (await exists(path)) throw new IngestError('write-failed', `A file called ${basename(path)} already exists; nothing was written.`);
    await rename(temp, path);
    return;
  }
  await unlink(temp);
}

async function syncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Not every platform can sync a folder; the file itself is already on disk.
  }
}

/** Removes temporary files left by saves that died (older than ten minutes). */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!TEMP.test(name)) continue;
    try {
      const st = await stat(join(dir, name));
      if (now - st.mtimeMs > STALE_MS) {
        await unlink(join(dir, name));
        removed++;
      }
    } catch {
      // Gone already.
    }
  }
  return removed;
}

export function isTempName(name: string): boolean {
  return TEMP.test(name);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
