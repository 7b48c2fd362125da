import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ledgerKeys } from '../finance-ledger/ledger.api';
import {
  assetKeys,
  disposeAsset,
  registerAsset,
  runDepreciation,
  transferAsset,
  type AssetDisposal,
  type AssetTransfer,
  type FixedAsset,
  type NewFixedAsset,
} from './assets.api';

/** Every asset step posts to the ledger (except a transfer): the ledger's views are read again too. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assetKeys.all }),
      queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
    ]);
}

export function useRegisterAsset() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (input: NewFixedAsset) => registerAsset(input), onSettled: invalidate });
}

export type AssetStep =
  { step: 'transfer'; input: AssetTransfer } | { step: 'dispose'; input: AssetDisposal };

export function useChangeAsset() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ asset, change }: { asset: FixedAsset; change: AssetStep }) =>
      change.step === 'transfer' ? transferAsset(asset, change.input) : disposeAsset(asset, change.input),
    onSuccess: (asset) => queryClient.setQueryData(assetKeys.asset(asset.id), asset),
    onSettled: invalidate,
  });
}

export function useRunDepreciation() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (period: string) => runDepreciation(period), onSettled: invalidate });
}
