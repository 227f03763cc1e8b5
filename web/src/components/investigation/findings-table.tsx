import type { FindingModel } from '@/lib/investigation-list';

/** 要確認事項 of every member and department, most severe first (the builder ranks them). */
export function FindingsTable({ findings }: { findings: readonly FindingModel[] }) {
  if (findings.length === 0) return <p className="muted">各課から要確認事項はありません。</p>;
  return (
    <div className="table-scroll">
      <table className="data findings" data-testid="findings">
        <caption className="visually-hidden">要確認事項（重大・要確認・参考の順）</caption>
        <thead>
          <tr>
            <th scope="col">重要度</th>
            <th scope="col">世帯員</th>
            <th scope="col">部署</th>
            <th scope="col">内容</th>
            <th scope="col">コード</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={i} className={`findings__row findings__row--${f.severity}`} data-severity={f.severity}>
              <td className="nowrap">
                <span className={`severity severity--${f.severity}`}>{f.severityLabel}</span>
              </td>
              <td className="nowrap">
                {f.member.name}
                <span className="small muted">（{f.member.relationship}）</span>
              </td>
              <td>{f.departmentLabel}</td>
              <td>{f.message}</td>
              <td className="mono small">{f.code}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
