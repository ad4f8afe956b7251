import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `vite build` puts the admin SPA (web/admin/dist), from src/ or dist/src/ alike. */
export function adminDistDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'web', 'admin', 'dist');
    if (fs.existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('web/admin/dist');
}

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>管理后台尚未构建</title></head>
<body><main><h1>管理后台尚未构建</h1><p>请在项目目录运行 <code>npm run build:admin</code>（或 <code>npm start</code>，它会先构建）后刷新本页。</p></main></body></html>`;

/**
 * Serves the admin SPA at /admin/: real files when they exist, otherwise index.html
 * (client-side routes). Hashed assets are cached for a year, index.html never.
 */
export async function registerAdminConsole(app: FastifyInstance): Promise<void> {
  const root = adminDistDir();
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true });
  const sendIndex = (reply: FastifyReply) => {
    if (!fs.existsSync(path.join(root, 'index.html'))) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  app.get('/admin', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) => reply.redirect('/admin/'));
  app.get('/admin/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
    const rel = (req.params as { '*': string })['*'] ?? '';
    const file = path.normalize(rel).replace(/^(\.\.[/\\])+/, '');
    if (rel && !rel.endsWith('/') && fs.existsSync(path.join(root, file)) && fs.statSync(path.join(root, file)).isFile()) {
      if (file.startsWith('assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.sendFile(file, root);
    }
    if (rel.startsWith('assets/')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
