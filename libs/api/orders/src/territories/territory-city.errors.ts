import { NotFoundError } from '@zhanggui/api-platform';

export class TerritoryCityNotFoundError extends NotFoundError {
  constructor(cityCode: string) {
    super('TERRITORY_CITY_NOT_FOUND', `City ${cityCode} is not mapped to a territory.`);
  }
}
