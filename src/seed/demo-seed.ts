import fs from 'node:fs';
import path from 'node:path';
import type { Container } from '../container.js';
import { type AuditActor, SYSTEM_ACTOR } from '../platform/audit/index.js';
import { type Role, SYSTEM_PRINCIPAL } from '../platform/auth/index.js';
import { DEMO_ROOT, DEMO_USERS, type DemoOrg } from './demo-data.js';


export const CREDENTIALS_FILE = 'demo-credentials.txt';

/**
 * Fills an empty database with the demo government and one user per role. Passwords are
 * random and written to `<dataDir>/demo-credentials.txt` (mode 600) — never fixed in code.
 * Returns the file and the passwords, or null when the database already had organisations.
 */
export async function seedDemo(c: Container, actor: AuditActor = SYSTEM_ACTOR): Promise<{ file: string; passwords: Record<string, string> } | null> {
  if ((await c.orgs.listPublic()).length > 0) return null;
  const passwords: Record<string, string> = {};
  const codes = new Map<string, number>();
  const root = await c.orgs.bootstrapRoot(actor, { code: DEMO_ROOT.code, name: DEMO_ROOT.name, shortName: DEMO_ROOT.shortName, kind: DEMO_ROOT.kind, level: DEMO_ROOT.level });
  codes.set(root.code, root.id);
  async function addChildren(parentId: number, children: DemoOrg[] = []) {
    for (const [i, o] of children.entries()) {
      const org = await c.orgs.create(SYSTEM_PRINCIPAL, actor, { parentId, code: o.code, name: o.name, shortName: o.shortName, kind: o.kind, level: o.level, sortOrder: i + 1 });
      codes.set(org.code, org.id);
      await addChildren(org.id, o.children);
    }
  }
  await addChildren(root.id, DEMO_ROOT.children);
  const lines = ['# gongkai 演示账号（首次启动时随机生成，仅此一份，请妥善保管）', `# 登录地址：http://${c.config.host}:${c.config.port}/admin/`, ''];
  for (const u of DEMO_USERS) {
    const { user, initialPassword } = await c.users.create(SYSTEM_PRINCIPAL, actor, {
      username: u.username, displayName: u.displayName, orgId: codes.get(u.orgCode)!, roles: [...u.roles] as Role[],
    });
    passwords[user.username] = initialPassword;
    lines.push(`${user.username}\t${initialPassword}\t${user.displayName}\t${u.roles.join(',')}`);
  }
  fs.mkdirSync(c.config.dataDir, { recursive: true });
  const file = path.join(c.config.dataDir, CREDENTIALS_FILE);
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return { file, passwords };
}
