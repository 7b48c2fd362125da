import type { ProductContent, ProductContentInput } from './products.api';

export interface ContentFormValues {
  title: string;
  /** One selling point per line. */
  sellingPoints: string;
  descriptionHtml: string;
}

export function contentFormValuesOf(content: ProductContent | undefined): ContentFormValues {
  return {
    title: content?.title ?? '',
    sellingPoints: content?.sellingPoints.join('\n') ?? '',
    descriptionHtml: content?.descriptionHtml ?? '',
  };
}

export function contentInputOf(values: ContentFormValues): ProductContentInput {
  return {
    title: values.title.trim(),
    sellingPoints: values.sellingPoints
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
    descriptionHtml: values.descriptionHtml,
  };
}

/**
 * Whether the API stored something other than what was sent: it strips scripts, event handlers, styles and
 * unsafe links, and a person should see that it did. Whitespace differences do not count.
 */
export function wasSanitised(sent: string, stored: string): boolean {
  const squeeze = (html: string) => html.replace(/\s+/g, ' ').trim();
  return squeeze(sent) !== squeeze(stored);
}
