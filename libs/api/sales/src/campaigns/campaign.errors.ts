import { BusinessRuleError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class CampaignNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CAMPAIGN_NOT_FOUND', `There is no campaign ${id}.`);
  }
}

export class CampaignAssetNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CAMPAIGN_ASSET_NOT_FOUND', `There is no campaign asset ${id}.`);
  }
}

export class CampaignStatusInvalidError extends BusinessRuleError {
  constructor(from: string, to: string, allowed: readonly string[]) {
    super('CAMPAIGN_STATUS_INVALID', `A ${from} campaign cannot become ${to}.`, [
      { field: 'status', message: `must be one of: ${allowed.join(', ') || 'none'}` },
    ]);
  }
}

export class CampaignClosedError extends BusinessRuleError {
  constructor(status: string) {
    super('CAMPAIGN_CLOSED', `A ${status} campaign can no longer be changed.`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
}

/** Well-formed but not fitting the campaign: a date outside its period, an unknown promotion, ends before starts. */
export class CampaignFieldInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('CAMPAIGN_FIELD_INVALID', `${field}: ${message}.`, [{ field, message }]);
  }
}

export class CampaignAssetRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('IMAGE_REFUSED', `The upload is refused: ${reason}.`, [{ field: 'file', message: reason }]);
  }
}
