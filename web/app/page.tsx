const gatewayUrl = process.env.NEXT_PUBLIC_GATEWAY_URL ?? 'http://localhost:4000';

export default function Home() {
  return (
    <main>
      <h1>スマートケースワーク 総合照会</h1>
      <p>ケースワーカー向けポータルは準備中です。The caseworker portal is being built.</p>
      <p>
        GraphQL gateway: <code>{gatewayUrl}/graphql</code> — health: <code>{gatewayUrl}/healthz</code>
      </p>
    </main>
  );
}
