import { registerDecorator, ValidationOptions } from 'class-validator';

/** SKU attributes: up to 20 pairs of short strings ({颜色: 黑色}). */
export function IsAttributeMap(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAttributeMap',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be up to 20 name → value pairs of text, each up to 50 characters`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          return (
            entries.length <= 20 &&
            entries.every(
              ([name, text]) =>
                name.length > 0 && name.length <= 50 && typeof text === 'string' && text.length <= 50,
            )
          );
        },
      },
    });
}
