import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  getMetadataStorage,
  IsInt,
  IsString,
  Min,
  registerDecorator,
  validateSync,
  ValidateNested,
} from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Line {
  @IsString()
  skuId!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

class Cart {
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

class ExpressCart extends Cart {
  @IsString()
  courier!: string;
}

const options = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
const failures = (type: new () => object, body: object) =>
  validateSync(plainToInstance(type, body), options).map((e) => [
    e.property,
    ...(e.children ?? []).flatMap((c) => (c.children ?? []).map((g) => `${c.property}.${g.property}`)),
  ]);

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('validates as class-validator does, twice over (own, nested and inherited rules)', () => {
    for (let round = 0; round < 2; round++) {
      expect(failures(Cart, { lines: [{ skuId: 'a', quantity: 1 }] })).toEqual([]);
      expect(failures(Cart, { lines: [{ skuId: 'a', quantity: 0 }] })).toEqual([['lines', '0.quantity']]);
      expect(failures(ExpressCart, { lines: [{ skuId: 'a', quantity: 1 }] })).toEqual([['courier']]);
      expect(failures(ExpressCart, { courier: 'sf', lines: [{ skuId: 1, quantity: 1 }] })).toEqual([
        ['lines', '0.skuId'],
      ]);
      expect(failures(Line, { skuId: 'a', quantity: 1, price: 5 })).toEqual([['price']]);
    }
  });

  it('answers repeated lookups from the cache', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Line, '', false, false);
    expect(storage.getTargetValidationMetadatas(Line, '', false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
  });

  it('sees a rule registered after a lookup', () => {
    expect(failures(Line, { skuId: 'forbidden', quantity: 1 })).toEqual([]);
    registerDecorator({
      target: Line,
      propertyName: 'skuId',
      validator: { validate: (value: unknown) => value !== 'forbidden' },
    });
    expect(failures(Line, { skuId: 'forbidden', quantity: 1 })).toEqual([['skuId']]);
  });
});
