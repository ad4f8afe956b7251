import { App } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { Org, Vocabulary } from '../api/types';

// The vocabulary is static per server version: one request per page load.
let vocabularyPromise: Promise<Vocabulary> | null = null;

/** The closed lists of a document (topics, genres, …); null while loading. */
export function useVocabulary(): Vocabulary | null {
  const { message } = App.useApp();
  const [vocab, setVocab] = useState<Vocabulary | null>(null);
  useEffect(() => {
    let live = true;
    vocabularyPromise ??= api.vocabulary();
    vocabularyPromise
      .then((v) => live && setVocab(v))
      .catch((err: unknown) => {
        vocabularyPromise = null;
        if (live) message.error(errorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [message]);
  return vocab;
}

/** The organisations in the caller's scope (GET /api/v1/orgs). */
export function useScopeOrgs(): Org[] {
  const { message } = App.useApp();
  const [orgs, setOrgs] = useState<Org[]>([]);
  useEffect(() => {
    let live = true;
    api.orgs
      .list()
      .then((r) => live && setOrgs(r.items))
      .catch((err: unknown) => live && message.error(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [message]);
  return orgs;
}

/** Every active organisation of the installation (joint issuers may be outside the caller's scope). */
export function useOrgDirectory(): { id: number; name: string }[] {
  const [orgs, setOrgs] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    api.orgs
      .directory()
      .then((r) => live && setOrgs(r.items))
      .catch(() => live && setOrgs([]));
    return () => {
      live = false;
    };
  }, []);
  return orgs;
}
