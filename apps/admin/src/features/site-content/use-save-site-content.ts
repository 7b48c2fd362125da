import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createSiteContent,
  siteContentKeys,
  updateSiteContent,
  type NewSiteContent,
  type SiteContent,
} from './site-content.api';

export function useSaveSiteContent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, input }: { item?: SiteContent; input: NewSiteContent }) => {
      if (!item) return createSiteContent(input);
      // Kind and language are what the item is; they do not change.
      const { kind: _kind, language: _language, ...changes } = input;
      return updateSiteContent(item, changes);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: siteContentKeys.all }),
  });
}
