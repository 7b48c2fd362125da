import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { eventTypeDescription } from './event-type-label';

/** A subscription's event types, each explained on hover where the console knows it. */
export function EventTypeTags({ eventTypes }: { eventTypes: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex gap={4} wrap style={{ maxWidth: 360 }}>
      {eventTypes.map((type) => (
        <Tag key={type} title={eventTypeDescription(t, i18n, type)} style={{ marginInlineEnd: 0 }}>
          {type === '*' ? `* ${t('webhooks.eventTypes.all')}` : type}
        </Tag>
      ))}
    </Flex>
  );
}
