import { z } from 'zod';
import { ROLES } from '../../platform/auth/index.js';

export const roleEnum = z.enum(ROLES);

/** Row ids are INTEGER columns (int4 on PostgreSQL): nothing above 2^31-1 can exist, and PostgreSQL errors on it. */
const MAX_ID = 2_147_483_647;
const rowId = z.number().int().positive().max(MAX_ID);
/** An id in a path or query string: plain decimal digits only (not `0x10`, `1e1` or ` 1`). */
const rowIdString = z.string().regex(/^[1-9][0-9]{0,9}$/, '编号须为正整数').transform(Number).pipe(rowId);

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  orgCode: z.string(),
  roles: z.array(roleEnum),
  mustChangePassword: z.boolean().describe('密码为系统生成（新建账号或管理员重置），尚未由本人修改'),
});
export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  roles: z.array(roleEnum),
  status: z.enum(['active', 'disabled']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

const username = z
  .string()
  .trim()
  .min(3, '用户名至少3个字符')
  .max(32, '用户名最多32个字符')
  .regex(/^[a-z][a-z0-9_.-]*$/, '用户名须以小写字母开头，只能包含小写字母、数字、下划线、点和连字符');
const email = z.string().trim().email('邮箱格式不正确').max(200).nullish();
const phone = z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, '电话号码格式不正确').nullish();
const roles = z.array(roleEnum).min(1, '至少选择一个角色').max(ROLES.length);

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1, '请输入姓名').max(50),
  orgId: rowId,
  roles,
  email,
  phone,
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .strictObject({
    displayName: z.string().trim().min(1, '请输入姓名').max(50),
    orgId: rowId,
    roles,
    status: z.enum(['active', 'disabled']),
    email,
    phone,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, '至少修改一项');
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const userListQuery = z.strictObject({
  orgId: rowIdString.optional(),
  q: z.string().trim().max(50).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userIdParams = z.strictObject({ id: rowIdString });
