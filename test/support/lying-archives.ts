import { constants, deflateRawSync } from 'node:zlib';

/**
 * Archives that lie about their sizes, built without ever holding their expanded bytes: one
 * megabyte deflated with a full flush is a self-contained run of blocks, so repeating it N times
 * (then an empty final block) is a valid deflate stream of N MB.
 */
function deflateOf(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20, '<row r="1"><c><v>1</v></c></row>'), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A one-entry .xlsx-shaped zip whose sheet expands to `megabytes` MB while its headers declare 1,000 bytes. */
export function lyingZip(megabytes: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateOf(megabytes);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}

/** A gzip (a `.dangqi` plan file's wrapping) expanding to `megabytes` MB whose trailer claims 1,000 bytes. */
export function lyingGzip(megabytes: number): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(1000, 4);
  return Buffer.concat([header, deflateOf(megabytes), trailer]);
}
