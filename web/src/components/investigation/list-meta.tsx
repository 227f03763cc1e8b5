import { formatDateTime } from '@/lib/format';
import type { InvestigationListModel } from '@/lib/investigation-list';

/** Who asked, when and why: on screen under the title, and the header of the printout. */
export function ListMeta({ list }: { list: InvestigationListModel }) {
  const items: [string, string][] = [
    ['世帯番号', list.householdNo],
    ['世帯主', list.headName],
    ['住所', list.address],
    ['照会目的', list.purposeLabel],
    ['照会者', list.requestedBy],
    ['照会日時', formatDateTime(list.generatedAt)],
  ];
  return (
    <dl className="list-meta" data-testid="list-meta">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
