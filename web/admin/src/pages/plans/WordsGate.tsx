import { Alert, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { PlanWordsContext, usePlanWords } from './vocabulary';

/** Renders its children once the plans vocabulary has loaded (a spinner before, the server's reason on failure). */
export default function WordsGate({ children }: { children: ReactNode }) {
  const { words, error } = usePlanWords();
  if (error) return <Alert type="error" showIcon title="无法加载分工方案的取值" description={error} />;
  if (!words) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="正在加载…" />
      </Flex>
    );
  }
  return <PlanWordsContext.Provider value={words}>{children}</PlanWordsContext.Provider>;
}
