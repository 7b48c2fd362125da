import { StyleProvider, type CSSObject, type Transformer } from '@ant-design/cssinjs';
import type { ReactNode } from 'react';

/** What jsdom's computed style answers that a test can notice: whether an element is shown, and clickable. */
const OBSERVABLE = new Set(['display', 'visibility', 'pointerEvents']);

/** A value antd writes as an object although it is one declaration (several values, or one not to lint). */
function isDeclaration(value: object): boolean {
  return '_multi_value_' in value || '_skip_check_' in value || '_keyframe' in value;
}

/**
 * Drops every declaration of antd's styles but those that show or hide. Testing Library's role queries ask
 * jsdom for the computed style of every element they look at (is it hidden?), and jsdom answers by matching
 * the element against every rule in the document: with antd's full styles (thousands of rules for colours,
 * sizes and spacing, which jsdom does not lay out anyway) that was three quarters of the suite's time. The
 * selectors, their order and the declarations that hide things are antd's own, so what a query sees as
 * hidden is the same as before.
 */
const onlyWhatShowsOrHides: Transformer = {
  visit: (style) =>
    Object.fromEntries(
      Object.entries(style).filter(([key, value]) => {
        const nested = typeof value === 'object' && value !== null && !isDeclaration(value);
        return nested || OBSERVABLE.has(key);
      }),
    ) as CSSObject,
};

/** antd's components as in the console, with only the styles a test can observe (see above). */
export function TestStyles({ children }: { children: ReactNode }) {
  return <StyleProvider transformers={[onlyWhatShowsOrHides]}>{children}</StyleProvider>;
}
