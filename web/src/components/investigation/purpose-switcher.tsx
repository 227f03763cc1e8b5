'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { PurposeSelect } from '@/components/common/purpose-select';
import type { Purpose } from '@/lib/purposes';

/** Changing the purpose asks the departments again, stating the new purpose (x-purpose). */
export function PurposeSwitcher({ purpose }: { purpose: Purpose }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  function change(next: Purpose) {
    const search = new URLSearchParams(params.toString());
    search.set('purpose', next);
    startTransition(() => router.replace(`${pathname}?${search.toString()}`, { scroll: false }));
  }

  return (
    <div className="purpose-switcher">
      <PurposeSelect id="list-purpose" value={purpose} onChange={change} disabled={pending} />
      {pending && (
        <span className="loading small" role="status">
          照会目的を変えて取得し直しています…
        </span>
      )}
    </div>
  );
}
