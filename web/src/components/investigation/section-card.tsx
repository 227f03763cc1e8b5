import { formatDateTime } from '@/lib/format';
import { emptySectionText, STATE_LABEL, type SectionModel } from '@/lib/investigation-list';
import { CHANGED_LABEL } from '@/lib/change-highlight';

const STATE_MARK: Record<SectionModel['state'], string> = { record: '●', none: '○', unavailable: '⚠' };

/**
 * One department's section for one member. 該当あり, 該当なし (checked, nothing held) and 未取得
 * (could not be read, with the reason) differ in border, background, mark and words, so they
 * stay distinct on a monochrome printout and for a screen reader.
 */
export function SectionCard({ section, memberName, id, changed = false }: { section: SectionModel; memberName: string; id: string; changed?: boolean }) {
  return (
    <section
      className={`section-card section-card--${section.state}${changed ? ' section-card--changed' : ''}`}
      aria-labelledby={`${id}-title`}
      data-department={section.department}
      data-state={section.state}
      data-changed={changed ? 'true' : undefined}
      tabIndex={changed ? -1 : undefined}
    >
      {changed && <strong className="section-card__changed">{CHANGED_LABEL}（異動通知の対象）</strong>}
      <header className="section-card__head">
        <h4 id={`${id}-title`}>
          {section.label}
          <span className="visually-hidden">（{memberName}）</span>
        </h4>
        <span className={`state state--${section.state}`}>
          <span aria-hidden="true">{STATE_MARK[section.state]} </span>
          {STATE_LABEL[section.state]}
        </span>
      </header>
      {section.state === 'record' && section.lines.length > 0 ? (
        <dl className="section-card__lines">
          {section.lines.map((line, i) => (
            <div key={i} className="section-card__line">
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="section-card__empty">{section.state === 'record' ? '記録あり（表示項目なし）' : emptySectionText(section)}</p>
      )}
      <footer className="section-card__foot small muted">
        {section.findingCount > 0 && <span>要確認 {section.findingCount} 件・</span>}
        基準日時 {section.asOf ? formatDateTime(section.asOf) : '—（取得できず）'}
      </footer>
    </section>
  );
}
