// A minimal POSIX ustar writer and reader: the backup is a plain `.tar.gz` that `tar -tzf` can list and open,
// without a tar package. Only regular files are written and read; that is all a backup holds.
import fs from 'node:fs';
import path from 'node:path';

const BLOCK = 512;
const OCTAL_SIZE_LIMIT = 8 ** 11; // 8 GiB: bigger sizes use the GNU base-256 form that GNU tar and bsdtar read

/** Writes the header of one regular file; the caller then writes `size` bytes and `padding(size)`. */
export function tarHeader(name, size, mtime = new Date()) {
  if (Buffer.byteLength(name) > 100) throw new Error(`Tar entry name too long: ${name}`);
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 8, 'ascii');
  header.write('0000000\0', 108, 8, 'ascii');
  header.write('0000000\0', 116, 8, 'ascii');
  writeSize(header, size);
  header.write(
    `${Math.floor(mtime.getTime() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    12,
    'ascii',
  );
  header.write('        ', 148, 8, 'ascii'); // the checksum is computed with its own field as spaces
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

export function padding(size) {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** Two zero blocks close an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2);

function writeSize(header, size) {
  if (size < OCTAL_SIZE_LIMIT) {
    header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
    return;
  }
  let rest = BigInt(size);
  for (let i = 135; i > 124; i--) {
    header[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  header[124] = 0x80;
}

function readSize(header) {
  if (header[124] & 0x80) {
    let size = 0n;
    for (let i = 125; i < 136; i++) size = (size << 8n) | BigInt(header[i]);
    return Number(size);
  }
  return parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
}

function verifyChecksum(header) {
  const recorded = parseInt(header.toString('ascii', 148, 156).replace(/\0.*$/s, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  if (sum !== recorded) throw new Error('The backup is damaged: a tar header checksum does not match');
}

/**
 * Reads a tar stream (already gunzipped) and writes each regular file under `dir`. Names are checked to stay
 * inside `dir`. Resolves with the names written.
 */
export async function extractTar(input, dir) {
  const names = [];
  let pending = Buffer.alloc(0);
  let entry; // { fd, remaining, skip } while inside a file's data
  let ended = false;
  for await (const chunk of input) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (!ended) {
      if (entry) {
        if (entry.remaining > 0) {
          if (pending.length === 0) break;
          const take = Math.min(entry.remaining, pending.length);
          fs.writeSync(entry.fd, pending, 0, take);
          entry.remaining -= take;
          pending = pending.subarray(take);
          if (entry.remaining > 0) break;
        }
        if (pending.length < entry.skip) break;
        pending = pending.subarray(entry.skip);
        fs.closeSync(entry.fd);
        entry = undefined;
        continue;
      }
      if (pending.length < BLOCK) break;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (header.every((byte) => byte === 0)) {
        ended = true;
        break;
      }
      verifyChecksum(header);
      const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const type = String.fromCharCode(header[156] || 0x30);
      const size = readSize(header);
      if (type !== '0') throw new Error(`The backup holds an unexpected tar entry ${name} (type ${type})`);
      const target = path.resolve(dir, name);
      if (!target.startsWith(path.resolve(dir) + path.sep))
        throw new Error(`The backup holds an entry outside its folder: ${name}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      entry = { fd: fs.openSync(target, 'w'), remaining: size, skip: padding(size).length };
      names.push(name);
    }
  }
  if (entry) {
    fs.closeSync(entry.fd);
    throw new Error('The backup is truncated: it ends in the middle of a file');
  }
  if (!ended) throw new Error('The backup is truncated: the end-of-archive marker is missing');
  return names;
}
