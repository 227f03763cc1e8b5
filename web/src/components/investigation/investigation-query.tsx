/**
 * The investigation list's ONE query: the household and, for every member, every department's
 * section (each department's fragment lives with its section). The page and the exports both
 * load through here, so the file carries the same rows as the screen.
 */
import { graphql } from '@/gql';
import { queryGateway } from '@/lib/gateway';
import { describeError } from '@/lib/graphql-errors';
import { signedInStaff } from '@/lib/identity';
import { buildInvestigationList, type InvestigationListModel } from '@/lib/investigation-list';
import type { Purpose } from '@/lib/purposes';
import { referenceToday } from '@/lib/today';

export const InvestigationListQuery = graphql(`
  query InvestigationList($householdNo: ID!) {
    household(householdNo: $householdNo) {
      householdNo
      address
      head { atenaNo name }
      members {
        atenaNo
        name
        nameKana
        birthDate
        sex
        relationship
        status
        welfare { ...WelfareSection }
        tax { ...TaxSection }
        healthInsurance { ...InsuranceSection }
        pension { ...PensionSection }
        childBenefits { ...ChildBenefitsSection }
        longTermCare { ...CareSection }
        disability { ...DisabilitySection }
      }
    }
  }
`);

export type InvestigationLoad =
  | { kind: 'ok'; list: InvestigationListModel }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

export async function loadInvestigationList(householdNo: string, purpose: Purpose): Promise<InvestigationLoad> {
  const result = await queryGateway(InvestigationListQuery, { householdNo }, purpose);
  const household = result.data?.household;
  if (!household) return result.error ? { kind: 'error', message: describeError(result.error) } : { kind: 'not-found' };
  const list = buildInvestigationList({
    household,
    errors: result.error?.graphQLErrors ?? [],
    purpose,
    requestedBy: await signedInStaff(),
    generatedAt: new Date().toISOString(),
    today: referenceToday(),
  });
  return { kind: 'ok', list };
}
