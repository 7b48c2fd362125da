import type { zhCN } from './zh-CN';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** The shape every language must have: exactly zh-CN's keys, any strings. */
export type Translation = SameKeys<typeof zhCN>;
