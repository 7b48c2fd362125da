import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { eventTypeDescription } from './event-type-label';
import { KNOWN_EVENT_TYPES } from './event-types';

interface EventTypeSelectProps {
  // Injected by Form.Item:
  id?: string;
  value?: string[];
  onChange?(value: string[]): void;
}

/** The known event types as suggestions; any other name can be typed (a module's new event), then Enter. */
export function EventTypeSelect({ id, value, onChange }: EventTypeSelectProps) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      onChange={onChange}
      tokenSeparators={[',', ' ']}
      options={KNOWN_EVENT_TYPES.map((type) => ({ value: type, label: type }))}
      optionRender={(option) => (
        <Flex justify="space-between" gap="middle">
          <span>{option.value}</span>
          <Typography.Text type="secondary">
            {eventTypeDescription(t, i18n, String(option.value))}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
