'use client';

/**
 * GraphiQL with the explorer, bundled from npm (nothing loads from outside). Requests go to the
 * portal's /api/graphql, which adds the signed-in user's token: the sandbox sees exactly what
 * that user may see. Only `x-purpose` from the headers editor is passed on.
 */
import { explorerPlugin } from '@graphiql/plugin-explorer';
import '@graphiql/plugin-explorer/style.css';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import type { ComponentProps } from 'react';
import { GRAPHQL_PATH } from '@/components/urql/graphql-provider';
import { DEFAULT_PURPOSE, PURPOSE_HEADER } from '@/lib/purposes';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...options?.headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json() as Promise<Record<string, unknown>>;
};

const explorer = explorerPlugin();

const DEFAULT_QUERY = `# スマートケースワーク GraphQL サンドボックス
# 左の Explorer でフィールドを選ぶか、ここに照会を書いて ▶ で実行します。
# 個人情報を読む照会には、下の Headers で x-purpose（照会目的）を指定してください。
query Me {
  me { staffId name role division }
  myCaseload { caseNo status householdSize household { householdNo head { name } } }
}
`;

export default function GraphiqlSandbox() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[explorer]}
      defaultQuery={DEFAULT_QUERY}
      defaultHeaders={JSON.stringify({ [PURPOSE_HEADER]: DEFAULT_PURPOSE }, null, 2)}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    />
  );
}
