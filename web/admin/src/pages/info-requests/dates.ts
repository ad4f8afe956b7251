import dayjs, { type Dayjs } from 'dayjs';
import { shanghaiToday } from '../../common/format';

/** Today in Beijing as a DatePicker value (the browser's own zone may be elsewhere). */
export const todayValue = (): Dayjs => dayjs(shanghaiToday());

/** A DatePicker value as the API's `YYYY-MM-DD`. */
export const isoDate = (d: Dayjs | null | undefined): string => (d ? d.format('YYYY-MM-DD') : '');

/** Steps cannot be dated after today (Beijing). */
export const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > shanghaiToday();
