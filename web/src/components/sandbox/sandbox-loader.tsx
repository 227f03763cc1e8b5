'use client';

import dynamic from 'next/dynamic';

// GraphiQL touches the DOM as it loads: it runs in the browser only.
const GraphiqlSandbox = dynamic(() => import('./graphiql-sandbox'), {
  ssr: false,
  loading: () => (
    <p className="loading" role="status">
      サンドボックスを読み込んでいます…
    </p>
  ),
});

export function SandboxLoader() {
  return (
    <div className="sandbox" data-testid="sandbox">
      <GraphiqlSandbox />
    </div>
  );
}
