import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FileStorage, StoredFile, TransactionalConnection } from '@zhanggui/api-platform';
import { campaignEditable } from './campaign-statuses';
import { CampaignAsset } from './campaign.entities';
import {
  CampaignAssetNotFoundError,
  CampaignAssetRefusedError,
  CampaignClosedError,
} from './campaign.errors';
import { CampaignsService } from './campaigns.service';

/** What the bytes are, whatever the file is called: creatives are served to browsers as what they claim. */
export function sniffImage(bytes: Buffer): { contentType: string; extension: string } | null {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return { contentType: 'image/png', extension: 'png' };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { contentType: 'image/jpeg', extension: 'jpg' };
  if (bytes.length >= 6 && ['GIF87a', 'GIF89a'].includes(bytes.subarray(0, 6).toString('latin1')))
    return { contentType: 'image/gif', extension: 'gif' };
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return { contentType: 'image/webp', extension: 'webp' };
  return null;
}

/** Campaign creatives: the file is stored before the row, and removed from storage only after commit. */
@Injectable()
export class CampaignAssetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly campaigns: CampaignsService,
  ) {}

  private get assets() {
    return this.connection.getRepository(CampaignAsset);
  }

  async upload(campaignId: string, bytes: Buffer, fileName: string | null): Promise<CampaignAsset> {
    const campaign = await this.campaigns.writable(campaignId);
    if (!campaignEditable(campaign.status)) throw new CampaignClosedError(campaign.status);
    const kind = sniffImage(bytes);
    if (!kind) throw new CampaignAssetRefusedError('not a JPEG, PNG, GIF or WebP image');
    const key = `campaign-assets/${campaignId}/${randomUUID()}.${kind.extension}`;
    await this.storage.put(key, bytes);
    return this.assets.save(
      this.assets.create({
        campaignId,
        storageKey: key,
        contentType: kind.contentType,
        bytes: bytes.length,
        fileName: fileName ? fileName.slice(0, 200) : null,
      }),
    );
  }

  list(campaignId: string): Promise<CampaignAsset[]> {
    return this.assets.find({ where: { campaignId }, order: { id: 'ASC' } });
  }

  async file(id: string): Promise<{ file: StoredFile; contentType: string }> {
    const asset = await this.assets.findOneBy({ id });
    const file =
      asset && (await this.reachable(asset, 'campaigns:read')) && (await this.storage.read(asset.storageKey));
    if (!asset || !file) throw new CampaignAssetNotFoundError(id);
    return { file, contentType: asset.contentType };
  }

  async remove(id: string): Promise<void> {
    const asset = await this.assets.findOneBy({ id });
    if (!asset || !(await this.reachable(asset, 'campaigns:write'))) throw new CampaignAssetNotFoundError(id);
    await this.assets.delete({ id });
    this.connection.afterCommit(() => this.storage.delete(asset.storageKey));
  }

  /** A creative is as visible as its campaign: outside the caller's territories it does not exist. */
  private async reachable(asset: CampaignAsset, permission: string): Promise<boolean> {
    return this.campaigns.reaches(permission, await this.campaigns.get(asset.campaignId));
  }
}
