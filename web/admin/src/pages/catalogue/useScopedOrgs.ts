import { App } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import type { Org } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { buildOrgTree, toTreeSelectData } from '../../common/orgTree';

/** The organisations the user may see, as TreeSelect data, and the one chosen (the user's own at first). */
export function useScopedOrgs() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [orgId, setOrgId] = useState<number | undefined>(user?.orgId);

  useEffect(() => {
    api.orgs
      .list()
      .then((r) => setOrgs(r.items))
      .catch((err: unknown) => message.error(errorMessage(err)));
  }, [message]);

  const treeData = useMemo(() => toTreeSelectData(buildOrgTree(orgs), true), [orgs]);
  const org = orgs.find((o) => o.id === orgId);
  return { orgs, treeData, orgId, setOrgId, org };
}
