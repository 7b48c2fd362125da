import { useState } from 'react';

interface Versioned {
  version: number;
}

export interface EditBase<T extends Versioned> {
  /** The version the form shows and saves against (sent as If-Match). */
  base: T;
  /** Call on every edit (a Form's onValuesChange). */
  markEdited(): void;
  /** Start over from this version: after saving, or after a 412 brought someone else's version. */
  restartFrom(record: T): void;
}

/**
 * Which version of a record an edit form works on. A newer version arriving from the cache (the user's own
 * change in another part of the page, a refetch) is taken over while the form is untouched; once the user has
 * edited, the form keeps the version they started from, so that a conflicting change is answered with 412
 * instead of being silently overwritten. Key the form by `base.version` so its fields follow.
 */
export function useEditBase<T extends Versioned>(latest: T): EditBase<T> {
  const [base, setBase] = useState(latest);
  const [edited, setEdited] = useState(false);
  if (latest.version > base.version && !edited) setBase(latest);
  return {
    base,
    markEdited: () => {
      if (!edited) setEdited(true);
    },
    restartFrom: (record) => {
      setBase(record);
      setEdited(false);
    },
  };
}
