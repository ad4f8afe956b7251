import type { CalendarDayKind, OrgKind, OrgLevel, Status } from '../api/types';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  region: '地区政府',
  department: '部门',
  institution: '事业单位',
};

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
};

export const STATUS_LABELS: Record<Status, string> = {
  active: '正常',
  disabled: '已停用',
};

export const DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  holiday: '放假',
  'adjusted-workday': '调休上班',
};

export const toOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
