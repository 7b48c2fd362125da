import { Injectable } from '@nestjs/common';
import { TerritoryCitiesService } from '../territories/territory-cities.service';
import { TerritoryFromAddressError } from './customer.errors';
import type { Customer } from './customer.entity';

/**
 * The rule for a customer's sales territory: the territory mapped to the default address's city when there
 * is one (managers then see the customers they serve without anyone filing them), otherwise whatever a
 * person set, or none. Changes the customer in memory; the caller saves it.
 */
@Injectable()
export class CustomerTerritory {
  constructor(private readonly territories: TerritoryCitiesService) {}

  /** `requested`: the territoryId of the request (undefined: not asked to change it; null: clear it). */
  async apply(customer: Customer, defaultCityCode: string | null, requested?: string | null): Promise<void> {
    const mapped = defaultCityCode ? await this.territories.territoryOf(defaultCityCode) : null;
    if (mapped) {
      if (requested !== undefined && requested !== mapped) throw new TerritoryFromAddressError();
      customer.territoryId = mapped;
      customer.territorySource = 'address';
    } else if (requested !== undefined) {
      if (requested) await this.territories.assertTerritory(requested, 'territoryId');
      customer.territoryId = requested;
      customer.territorySource = requested ? 'manual' : null;
    } else if (customer.territorySource === 'address') {
      // The default address moved to a city no territory serves: the old territory no longer holds.
      customer.territoryId = null;
      customer.territorySource = null;
    }
  }
}
