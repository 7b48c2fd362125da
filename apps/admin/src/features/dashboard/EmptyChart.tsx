import { Empty } from 'antd';

/** A chart with nothing to draw: antd's Empty, with its illustration. */
export default function EmptyChart({ description }: { description: string }) {
  return <Empty description={description} />;
}
