import type { FastifyReply } from 'fastify';

/** RFC 6266 `Content-Disposition` with a UTF-8 file name (Chinese names survive every browser). */
export function contentDisposition(name: string, inline = false): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A generated file to download: its bytes, media type and (Chinese) file name. */
export interface DownloadFile { body: Buffer; contentType: string; fileName: string }

/** Sends a generated file as an attachment; staff downloads are not cached, published ones may be (`public, max-age=300`). */
export function sendDownload(reply: FastifyReply, f: DownloadFile, cacheControl = 'private, no-store') {
  return reply.header('content-type', f.contentType).header('content-disposition', contentDisposition(f.fileName)).header('cache-control', cacheControl).send(f.body);
}
