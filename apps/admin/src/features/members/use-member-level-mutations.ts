import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerKeys } from '../customers/customers.api';
import {
  createMemberLevel,
  memberLevelKeys,
  recomputeMemberLevels,
  replaceMemberLevel,
  type MemberLevel,
  type MemberLevelInput,
} from './members.api';

export function useSaveMemberLevel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ level, input }: { level: MemberLevel | undefined; input: MemberLevelInput }) =>
      level ? replaceMemberLevel(level, input) : createMemberLevel(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberLevelKeys.all }),
  });
}

export function useRecomputeMemberLevels() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recomputeMemberLevels,
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
