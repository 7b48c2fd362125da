import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  campaignKeys,
  createCampaign,
  moveCampaign,
  removeCampaignAsset,
  updateCampaign,
  uploadCampaignAsset,
  type Campaign,
  type CampaignStatus,
  type NewCampaign,
} from './campaigns.api';

export function useSaveCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ campaign, input }: { campaign?: Campaign; input: NewCampaign }) =>
      campaign ? updateCampaign(campaign, input) : createCampaign(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useMoveCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ campaign, status }: { campaign: Campaign; status: CampaignStatus }) =>
      moveCampaign(campaign, status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useCampaignAssets(campaignId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadCampaignAsset(campaignId, file),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: removeCampaignAsset, onSettled: refresh });
  return { upload, remove };
}
