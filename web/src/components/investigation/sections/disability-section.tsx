/**
 * 障害福祉 in the investigation list: 障害者手帳, 障害福祉サービス and 手当 (障害者加算, other
 * benefits first).
 */
import { graphql } from '@/gql';
import type { DisabilitySectionFragment } from '@/gql/graphql';
import { date, line, parts, period, yen, type SectionLine } from './lines';

export const DisabilitySection = graphql(`
  fragment DisabilitySection on DisabilityRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    certificates { kind certificateNo grade impairment issuedOn reassessOn validUntil }
    services { serviceKind grantedFrom grantedTo grantedQuantity supportLevel copayCap }
    allowances { kind monthlyAmount paidFrom status }
  }
`);

export function disabilityLines(record: DisabilitySectionFragment): SectionLine[] {
  const certificates = record.certificates.map((c) =>
    line(
      `手帳（${c.kind}）`,
      parts(c.grade, c.impairment, `交付 ${date(c.issuedOn)}`, c.validUntil && `有効期限 ${date(c.validUntil)}`, c.reassessOn && `再認定 ${date(c.reassessOn)}`, `番号 ${c.certificateNo}`),
    ),
  );
  const services = record.services.map((s) =>
    line('障害福祉サービス', parts(s.serviceKind, period(s.grantedFrom, s.grantedTo), s.grantedQuantity, s.supportLevel, `負担上限月額 ${yen(s.copayCap)}`)),
  );
  const allowances = record.allowances.map((a) => line('手当', parts(a.kind, `月額 ${yen(a.monthlyAmount)}`, a.status, `${date(a.paidFrom)}から`)));
  return [...certificates, ...services, ...allowances];
}
