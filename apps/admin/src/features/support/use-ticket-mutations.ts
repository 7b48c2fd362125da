import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { supportProblemMessage } from './support-problems';
import { supportKeys, type Ticket } from './support.api';

/**
 * A change to a ticket: the answer replaces the cached ticket, and the thread, history and queue lists are
 * read again. Refusals are shown as a toast in our words for the code.
 */
export function useTicketMutation<Input>(
  ticketId: string,
  change: (input: Input) => Promise<Ticket | { ticket: Ticket }>,
  success?: (ticket: Ticket) => string,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (answer) => {
      const ticket = 'ticket' in answer ? answer.ticket : answer;
      queryClient.setQueryData(supportKeys.ticket(ticketId), ticket);
      void queryClient.invalidateQueries({ queryKey: supportKeys.ticket(ticketId), exact: false });
      void queryClient.invalidateQueries({ queryKey: [...supportKeys.tickets(), 'list'] });
      const text = success?.(ticket);
      if (text) void message.success(text);
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });
}
