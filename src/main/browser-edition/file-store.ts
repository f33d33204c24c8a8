// Small private files in the browser edition's data dir: written whole (temp file + rename, so a crash
// never leaves half a secret) and readable by this OS user only (0600 in a 0700 directory).
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function readPrivate(dir: string, name: string): Promise<string | null> {
  try {
    return await readFile(join(dir, name), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function writePrivate(dir: string, name: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  await writeFile(tmp, text, { mode: 0o600 });
  // mode applies only when the file is created; make sure of it either way.
  await chmod(tmp, 0o600);
  await rename(tmp, join(dir, name));
}

export async function removePrivate(dir: string, name: string): Promise<void> {
  await rm(join(dir, name), { force: true });
}
