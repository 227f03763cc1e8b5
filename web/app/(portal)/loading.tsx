export default function Loading() {
  return (
    <p className="loading" role="status">
      読み込んでいます…
    </p>
  );
}
