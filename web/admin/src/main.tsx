import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';

dayjs.locale('zh-cn');

// antd's default palette falls short of WCAG AA contrast (4.5:1) for primary/link/danger text,
// placeholders and secondary text; these darker seeds pass on white and on the light tinted backgrounds.
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#1554c4',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorLink: '#0958d9',
    colorLinkHover: '#1554c4',
    colorError: '#c41d1d',
    colorErrorHover: '#a8071a',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad6800',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#616161',
    colorTextPlaceholder: '#6e6e6e',
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* autoInsertSpace off: two-character buttons keep their exact text (「登录」, not 「登 录」). */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
