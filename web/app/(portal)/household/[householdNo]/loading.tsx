export default function Loading() {
  return (
    <p className="loading" role="status">
      調査リストを作成しています（各課のシステムに照会中）…
    </p>
  );
}
