// Admin console SPA: `npm run build:admin` builds web/admin into web/admin/dist, served at /admin/.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Vendor groups, so no single chunk carries everything (page code is split by route via React.lazy). */
const vendorGroups = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  { name: 'vendor-icons', test: /[\\/]node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 25 },
  { name: 'vendor-dayjs', test: /[\\/]node_modules[\\/]dayjs[\\/]/, priority: 25 },
  { name: 'vendor-cssinjs', test: /[\\/]node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@emotion|stylis)[\\/]/, priority: 22 },
  { name: 'vendor-rc', test: /[\\/]node_modules[\\/](@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
  { name: 'vendor-antd', test: /[\\/]node_modules[\\/](antd|@ant-design|@emotion|@babel|clsx|classnames|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|toggle-selection|copy-to-clipboard)[\\/]/, priority: 10 },
];

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's components form one ~510 kB chunk (~150 kB gzip). Splitting it further by size
    // (group maxSize) produced cross-chunk cycles that broke module initialisation at runtime.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    // `npx vite --config web/admin/vite.config.ts` for development against a running `npm run dev`
    // server (GONGKAI_API_URL overrides where that is).
    proxy: { '/api': process.env.GONGKAI_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
